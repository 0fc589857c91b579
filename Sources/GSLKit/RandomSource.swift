import CGSL

/// A seeded pseudo-random source: GSL's `gsl_rng_mt19937` and the draws the toolkit needs.
///
/// The same seed gives the same sequence on every machine. A `RandomSource` is a reference type
/// (it owns the C generator) and is not shared across threads.
public final class RandomSource {
    private let rng: UnsafeMutablePointer<gsl_rng>
    /// The seed this source was created with.
    public let seed: UInt64

    /// A Mersenne-Twister generator seeded with the low 32 bits of a SplitMix64 scramble of `seed`
    /// (mt19937 takes a 32-bit seed; the scramble keeps nearby seeds far apart).
    public init(seed: UInt64) {
        GSLRuntime.prepare()
        self.seed = seed
        rng = gsl_rng_alloc(marlcheck_rng_mt19937())!
        let folded = SeedSequence.splitMix64(seed)
        gsl_rng_set(rng, UInt(folded & 0xffff_ffff))
    }

    deinit { gsl_rng_free(rng) }

    /// An independent child source for a named sub-task: same parent seed and label, same child.
    public func child(_ label: String) -> RandomSource {
        RandomSource(seed: SeedSequence.derive(seed, label))
    }

    /// A uniform draw in [0, 1) (`gsl_rng_uniform`).
    public func uniform() -> Double { gsl_rng_uniform(rng) }

    /// A uniform draw in (0, 1) (`gsl_rng_uniform_pos`), safe to take logs of.
    public func uniformPositive() -> Double { gsl_rng_uniform_pos(rng) }

    /// A uniform draw in [a, b).
    public func uniform(_ a: Double, _ b: Double) -> Double { a + (b - a) * gsl_rng_uniform(rng) }

    /// A uniform integer in 0..<n (`gsl_rng_uniform_int`). Precondition: n ≥ 1.
    public func integer(below n: Int) -> Int {
        precondition(n >= 1, "RandomSource.integer(below:): n = \(n)")
        return Int(gsl_rng_uniform_int(rng, UInt(n)))
    }

    /// A uniform integer in `range`.
    public func integer(in range: ClosedRange<Int>) -> Int {
        range.lowerBound + integer(below: range.upperBound - range.lowerBound + 1)
    }

    /// A normal draw N(mean, sd²) (`gsl_ran_gaussian`, ziggurat-free polar method).
    public func normal(mean: Double = 0, standardDeviation: Double = 1) -> Double {
        mean + gsl_ran_gaussian(rng, standardDeviation)
    }

    /// A Dirichlet(α) draw (`gsl_ran_dirichlet`); every αᵢ > 0.
    public func dirichlet(_ alpha: [Double]) -> [Double] {
        precondition(!alpha.isEmpty && alpha.allSatisfy { $0 > 0 }, "RandomSource.dirichlet: α must be positive")
        var theta = [Double](repeating: 0, count: alpha.count)
        alpha.withUnsafeBufferPointer { a in
            theta.withUnsafeMutableBufferPointer { t in
                gsl_ran_dirichlet(rng, alpha.count, a.baseAddress, t.baseAddress)
            }
        }
        return theta
    }

    /// A symmetric Dirichlet(α·1) draw of dimension `k`.
    public func dirichlet(dimension k: Int, concentration alpha: Double = 1) -> [Double] {
        dirichlet([Double](repeating: alpha, count: k))
    }

    /// An index drawn with probabilities proportional to `weights` (non-negative, positive sum).
    public func categorical(_ weights: [Double]) -> Int {
        let total = weights.reduce(0, +)
        precondition(total > 0 && total.isFinite, "RandomSource.categorical: weights sum to \(total)")
        let u = uniform() * total
        var acc = 0.0
        for (i, w) in weights.enumerated() {
            acc += w
            if u < acc { return i }
        }
        return weights.lastIndex { $0 > 0 }!
    }

    /// A uniformly random permutation of 0..<n (Fisher–Yates).
    public func permutation(_ n: Int) -> [Int] {
        var p = Array(0..<n)
        var i = n - 1
        while i > 0 {
            let j = integer(below: i + 1)
            p.swapAt(i, j)
            i -= 1
        }
        return p
    }
}

/// Deterministic seed arithmetic: SplitMix64 and label hashing (FNV-1a), stable across runs and
/// machines (unlike `Hasher`, which is randomised per process).
public enum SeedSequence {
    /// One SplitMix64 step of `x`.
    public static func splitMix64(_ x: UInt64) -> UInt64 {
        var z = x &+ 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// FNV-1a of the UTF-8 bytes of `label`.
    public static func fnv1a(_ label: String) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in label.utf8 {
            h ^= UInt64(b)
            h = h &* 0x100_0000_01b3
        }
        return h
    }

    /// A child seed of `seed` for `label`.
    public static func derive(_ seed: UInt64, _ label: String) -> UInt64 {
        splitMix64(seed ^ fnv1a(label))
    }
}
