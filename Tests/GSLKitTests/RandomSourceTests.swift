import GSLKit
import PropertyBased
import Testing

@Suite struct RandomSourceTests {
    /// Same seed, same stream (uniform, normal, integer, Dirichlet, permutation); a different seed,
    /// a different stream.
    @Test func sameSeedSameStream() async {
        await propertyCheck(count: 30, input: Gen.uint64(in: 0...UInt64.max)) { seed in
            let a = RandomSource(seed: seed), b = RandomSource(seed: seed), c = RandomSource(seed: seed &+ 1)
            var differs = false
            for _ in 0..<50 {
                let u = a.uniform()
                #expect(u == b.uniform())
                if u != c.uniform() { differs = true }
                #expect(a.normal(mean: 1, standardDeviation: 2) == b.normal(mean: 1, standardDeviation: 2))
                #expect(a.integer(below: 17) == b.integer(below: 17))
            }
            #expect(a.dirichlet(dimension: 5) == b.dirichlet(dimension: 5))
            #expect(a.permutation(9) == b.permutation(9))
            #expect(differs)
            #expect(a.seed == seed)
        }
    }

    /// The generator is the standard MT19937 (GSL `gsl_rng_mt19937`, Matsumoto–Nishimura 2002
    /// initialisation) seeded with the low 32 bits of SplitMix64(seed), and `uniform()` is the
    /// 32-bit output divided by 2³². Seed S = 0xf65484b3d71cdb16 is the SplitMix64 preimage of
    /// 5489 (found by undoing z ^= z >> 31, the multiplication by 0x94D049BB133111EB (odd, hence
    /// invertible mod 2⁶⁴), z ^= z >> 27, the multiplication by 0xBF58476D1CE4E5B9, z ^= z >> 30,
    /// and the addition of 0x9E3779B97F4A7C15; the test re-checks the forward direction).
    /// MT19937 seeded with 5489 is C++'s default `std::mt19937`: its first output is 3499211612,
    /// and its 10000th output is 4123659995, the value ISO C++ [rand.predef] requires.
    @Test func streamIsStandardMT19937() {
        let s: UInt64 = 0xf654_84b3_d71c_db16
        #expect(SeedSequence.splitMix64(s) == 5489)
        let rng = RandomSource(seed: s)
        let twoTo32 = 4_294_967_296.0
        #expect(rng.uniform() * twoTo32 == 3_499_211_612)
        for _ in 2..<10_000 { _ = rng.uniform() }
        #expect(rng.uniform() * twoTo32 == 4_123_659_995)
    }

    /// A Dirichlet draw is a probability vector: positive entries summing to 1 within the rounding
    /// of k terms (k ε).
    @Test func dirichletSumsToOne() async {
        await propertyCheck(count: 50, input: Gen.int(in: 1...30), Gen.double(in: 0.05...5), Gen.uint64(in: 0...UInt64.max)) { k, alpha, seed in
            let theta = RandomSource(seed: seed).dirichlet(dimension: k, concentration: alpha)
            #expect(theta.count == k)
            #expect(theta.allSatisfy { $0 >= 0 })
            #expect(abs(theta.reduce(0, +) - 1) <= Double(k) * Double.ulpOfOne)
        }
    }

    /// Categorical frequencies: with N = 200 000 draws, the count of index i is Binomial(N, pᵢ) with
    /// standard deviation σᵢ = √(N pᵢ (1 − pᵢ)). The bound is |countᵢ − N pᵢ| ≤ 5σᵢ, which a correct
    /// sampler violates with probability below 6·10⁻⁷ per index (two-sided normal tail at 5σ); at
    /// the fixed seed the outcome is deterministic. A zero weight is never drawn, and unnormalised
    /// weights (×10) give the same distribution.
    @Test func categoricalFrequenciesWithinBinomialBound() {
        let weights = [1.0, 0, 2, 3, 4]
        let total = weights.reduce(0, +)
        let rng = RandomSource(seed: 20_240_601)
        let n = 200_000
        var counts = [Int](repeating: 0, count: weights.count)
        for _ in 0..<n { counts[rng.categorical(weights.map { $0 * 10 })] += 1 }
        #expect(counts[1] == 0)
        for (i, w) in weights.enumerated() where w > 0 {
            let p = w / total
            let sigma = (Double(n) * p * (1 - p)).squareRoot()
            #expect(abs(Double(counts[i]) - Double(n) * p) <= 5 * sigma, "index \(i): \(counts[i]) vs \(Double(n) * p) ± \(5 * sigma)")
        }
    }

    /// Uniform draws lie in [0, 1), (0, 1) and [a, b); integers in their range; a permutation is
    /// a permutation.
    @Test func rangesOfDraws() {
        let rng = RandomSource(seed: 3)
        for _ in 0..<10_000 {
            let u = rng.uniform()
            #expect(u >= 0 && u < 1)
            let v = rng.uniformPositive()
            #expect(v > 0 && v < 1)
            let w = rng.uniform(-2, 5)
            #expect(w >= -2 && w < 5)
            #expect((0..<7).contains(rng.integer(below: 7)))
            #expect((-3...3).contains(rng.integer(in: -3...3)))
        }
        #expect(rng.permutation(20).sorted() == Array(0..<20))
    }

    /// Sample mean and variance of N = 100 000 normal draws N(μ = 2, σ = 3): the mean is within
    /// 5σ/√N of μ, and the variance within 5·σ²√(2/(N−1)) of σ² (the standard deviation of the
    /// sample variance of normal data).
    @Test func normalMomentsWithinSamplingError() {
        let rng = RandomSource(seed: 99)
        let n = 100_000
        let xs = (0..<n).map { _ in rng.normal(mean: 2, standardDeviation: 3) }
        let mean = xs.reduce(0, +) / Double(n)
        let variance = xs.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(n - 1)
        #expect(abs(mean - 2) <= 5 * 3 / Double(n).squareRoot())
        #expect(abs(variance - 9) <= 5 * 9 * (2 / Double(n - 1)).squareRoot())
    }

    /// A child is seeded by `SeedSequence.derive(parent seed, label)`: the same label gives the
    /// same child stream, different labels different streams.
    @Test func childStreamsByLabel() {
        let parent = RandomSource(seed: 12)
        let a = parent.child("learner"), b = RandomSource(seed: 12).child("learner"), c = parent.child("game")
        #expect(a.seed == SeedSequence.derive(12, "learner"))
        #expect(a.seed == b.seed && a.seed != c.seed)
        let xa = (0..<10).map { _ in a.uniform() }, xb = (0..<10).map { _ in b.uniform() }, xc = (0..<10).map { _ in c.uniform() }
        #expect(xa == xb && xa != xc)
    }
}

@Suite struct SeedSequenceTests {
    /// SplitMix64 (Steele, Lea & Flood 2014; Vigna's splitmix64.c): the published reference
    /// outputs for state 1234567 are 6457827717110365317 and 3203168211198807973 (Rosetta Code,
    /// "Pseudo-random numbers/Splitmix64"); the first output for state 0 is 0xe220a8397b1dcdaf.
    /// `splitMix64(x)` is the first output from state x, and the second is splitMix64(x + γ) with
    /// γ = 0x9E3779B97F4A7C15.
    @Test func splitMix64MatchesReference() {
        #expect(SeedSequence.splitMix64(1_234_567) == 6_457_827_717_110_365_317)
        #expect(SeedSequence.splitMix64(1_234_567 &+ 0x9E37_79B9_7F4A_7C15) == 3_203_168_211_198_807_973)
        #expect(SeedSequence.splitMix64(0) == 0xe220_a839_7b1d_cdaf)
    }

    /// FNV-1a 64-bit reference values (Fowler–Noll–Vo test vectors): "" → the offset basis
    /// 0xcbf29ce484222325, "a" → 0xaf63dc4c8601ec8c, "foobar" → 0x85944171f73967e8.
    @Test func fnv1aMatchesReference() {
        #expect(SeedSequence.fnv1a("") == 0xcbf2_9ce4_8422_2325)
        #expect(SeedSequence.fnv1a("a") == 0xaf63_dc4c_8601_ec8c)
        #expect(SeedSequence.fnv1a("foobar") == 0x8594_4171_f739_67e8)
    }

    /// derive(s, label) = SplitMix64(s XOR FNV-1a(label)). Golden values built from the two
    /// published references above: with s = 1234567 XOR 0xaf63dc4c8601ec8c = 0xaf63dc4c86133a0b,
    /// derive(s, "a") = SplitMix64(1234567) = 6457827717110365317; with s = the FNV offset basis,
    /// derive(s, "") = SplitMix64(0) = 0xe220a8397b1dcdaf. These values are fixed across runs and
    /// machines (unlike Swift's per-process randomised `Hasher`).
    @Test func childSeedsAreStableAndDifferByLabel() {
        #expect(SeedSequence.derive(0xaf63_dc4c_8613_3a0b, "a") == 6_457_827_717_110_365_317)
        #expect(SeedSequence.derive(0xcbf2_9ce4_8422_2325, "") == 0xe220_a839_7b1d_cdaf)
        let labels = ["a", "b", "game", "learner", "learner/0", "learner/1", ""]
        let children = labels.map { SeedSequence.derive(42, $0) }
        #expect(Set(children).count == labels.count)
        #expect(SeedSequence.derive(42, "game") != SeedSequence.derive(43, "game"))
    }
}
