import Foundation
import GSLKit
import MarkovGames

/// The counting behind mfppo Proposition 3.1: permutation-equivalence classes of s ∈ S^N (App. D:
/// s ~ s' iff every value occurs equally often in both).
enum PopulationCounting {
    /// The number of classes, by enumerating all |S|^N tuples and collecting their histograms.
    static func enumeratedClasses(localStates k: Int, agents n: Int) -> Int {
        var seen = Set<[Int]>()
        var total = 1
        for _ in 0..<n { total *= k }
        for code in 0..<total {
            var h = [Int](repeating: 0, count: k), rest = code
            for _ in 0..<n { h[rest % k] += 1; rest /= k }
            seen.insert(h)
        }
        return seen.count
    }

    /// C(n, r) exactly (0 outside 0 ≤ r ≤ n), by the multiplicative formula in integers.
    static func binomial(_ n: Int, _ r: Int) -> Int {
        guard r >= 0, n >= 0, r <= n else { return 0 }
        var c = 1
        for i in 0..<min(r, n - r) { c = c * (n - i) / (i + 1) }
        return c
    }

    /// App. D's count Σ_{j=1}^{min(|S|, N)} C(N−1, j−1) C(|S|, j).
    static func printedClassCount(localStates k: Int, agents n: Int) -> Int {
        (1...max(1, min(k, n))).reduce(0) { $0 + binomial(n - 1, $1 - 1) * binomial(k, $1) }
    }

    /// The same sum in floating point through log-binomials (for N up to 10⁶).
    static func printedClassCountReal(localStates k: Int, agents n: Int) -> Double {
        func logChoose(_ a: Int, _ b: Int) -> Double {
            Special.logGamma(Double(a + 1)) - Special.logGamma(Double(b + 1)) - Special.logGamma(Double(a - b + 1))
        }
        return (1...min(k, n)).reduce(0.0) { $0 + exp(logChoose(n - 1, $1 - 1) + logChoose(k, $1)) }
    }
}
