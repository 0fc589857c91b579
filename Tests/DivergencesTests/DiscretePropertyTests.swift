import Divergences
import Foundation
import GSLKit
import PropertyBased
import Testing

/// A pair of distributions on `size` points drawn from `seed`: Dirichlet(c·1) with c ∈ {0.2, 1, 5}
/// (c = 0.2 gives masses down to ~1e-30, c = 5 nearly uniform ones). With `zeros`, a random
/// subset of q's entries is set to 0 (then renormalised), so that supp p ⊄ supp q happens.
private func randomPair(size: Int, seed: UInt64, zeros: Bool = false) -> (p: DiscreteDistribution, q: DiscreteDistribution) {
    let rng = RandomSource(seed: seed)
    let concentration = [0.2, 1, 5][rng.integer(below: 3)]
    let p = rng.dirichlet(dimension: size, concentration: concentration)
    var q = rng.dirichlet(dimension: size, concentration: concentration)
    if zeros {
        for i in 0..<size where rng.uniform() < 0.3 { q[i] = 0 }
        if q.allSatisfy({ $0 == 0 }) { q[rng.integer(below: size)] = 1 }
        let s = q.reduce(0, +)
        q = q.map { $0 / s }
    }
    return (try! DiscreteDistribution(probabilities: p), try! DiscreteDistribution(probabilities: q))
}

/// Var_p[ln(p/q)], the second cumulant of the log-ratio under p (supp p ⊆ supp q assumed).
private func logRatioVariance(_ p: DiscreteDistribution, _ q: DiscreteDistribution) -> Double {
    let w = p.probabilities
    let l = zip(p.logProbabilities, q.logProbabilities).map { $0.0 == -.infinity ? 0 : $0.0 - $0.1 }
    let mean = zip(w, l).reduce(0) { $0 + $1.0 * $1.1 }
    return zip(w, l).reduce(0) { $0 + $1.0 * ($1.1 - mean) * ($1.1 - mean) }
}

private let sizes = Gen.int(in: 2...12)
private let seeds = Gen.uint64(in: 0...UInt64.max)

/// Rounding allowance for comparing two divergences of size ≤ 12 computed by different sums:
/// 1e-12 relative to the larger magnitude plus 1e-14 absolute (the sums carry errors of a few
/// ε·n·(sum of |terms|), and the terms are at most a few times the value).
private func roundingTolerance(_ a: Double, _ b: Double) -> Double { 1e-12 * max(abs(a), abs(b), 1) + 1e-14 }

@Suite struct DiscretePropertyTests {
    /// KL ≥ 0 always (Gibbs), and it equals the textbook Σ p ln(p/q) to rounding: the naive sum
    /// errs by about nε Σ|p ln(p/q)|, the stable one by about nε (it relies on Σq − Σp = 0, true of
    /// the stored, renormalised masses only to nε); the allowance is 4nε(Σ|terms| + 1).
    @Test func klIsNonNegativeAndMatchesDefinition() async {
        await propertyCheck(count: 300, input: sizes, seeds) { n, seed in
            let (p, q) = randomPair(size: n, seed: seed)
            let kl = DiscreteDivergence.kullbackLeibler(p, q)
            #expect(kl >= 0)
            var naive = 0.0, scale = 0.0
            for i in 0..<n where p.logProbabilities[i] > -.infinity {
                let t = exp(p.logProbabilities[i]) * (p.logProbabilities[i] - q.logProbabilities[i])
                naive += t
                scale += abs(t)
            }
            #expect(abs(kl - naive) <= 4 * Double(n) * Double.ulpOfOne * (scale + 1))
        }
    }

    /// D_α is non-decreasing in α (van Erven & Harremoës 2014, Thm 3), over orders across (0, 1),
    /// 1 and (1, ∞), including ∞, also for supports that do not nest.
    @Test func renyiIsNonDecreasingInOrder() async {
        let orders = [0.01, 0.1, 0.3, 0.5, 0.7, 0.9, 0.99, 0.9999, 1, 1.0001, 1.01, 1.1, 1.5, 2, 3, 4, 8, 20, 100, .infinity]
        await propertyCheck(count: 300, input: sizes, seeds, Gen.bool) { n, seed, zeros in
            let (p, q) = randomPair(size: n, seed: seed, zeros: zeros)
            let d = orders.map { DiscreteDivergence.renyi(p, q, order: $0) }
            #expect(d.allSatisfy { !$0.isNaN })
            for k in 1..<orders.count {
                let check = DivergenceInequalities.renyiMonotonicity(lowerOrder: orders[k - 1], d[k - 1], higherOrder: orders[k], d[k])
                #expect(check.holds(tolerance: roundingTolerance(d[k - 1], d[k])), "\(check.statement): \(d[k - 1]) > \(d[k])")
            }
        }
    }

    /// Pinsker TV ≤ √(KL/2) and Bretagnolle–Huber TV ≤ √(1 − e^{−KL}), both directions of KL.
    @Test func pinskerAndBretagnolleHuber() async {
        await propertyCheck(count: 300, input: sizes, seeds, Gen.bool) { n, seed, zeros in
            let (p, q) = randomPair(size: n, seed: seed, zeros: zeros)
            for (a, b) in [(p, q), (q, p)] {
                for check in [DivergenceInequalities.pinsker(a, b), DivergenceInequalities.bretagnolleHuber(a, b)] {
                    #expect(check.holds(tolerance: roundingTolerance(check.lesser, check.greater)),
                            "\(check.statement): \(check.lesser) vs \(check.greater)")
                }
            }
        }
    }

    /// D_α → KL as α → 1: near α = 1, D_α = κ₁ + (α−1)κ₂/2 + O((α−1)²) with κ₁ = KL and
    /// κ₂ = Var_p[ln(p/q)] (the cumulant expansion of ln E_p e^{(α−1)L}). So
    /// |D_{1±h} − KL| ≤ h κ₂ (factor-2 headroom for the O(h²) rest at h ≤ 1e-3), and the central
    /// difference (D_{1+h} − D_{1−h})/(2h) at h = 1e-4 is κ₂/2 up to h² κ₄/24 (≤ 1e-4 relative for
    /// these distributions) plus rounding 1e-12·KL/h.
    @Test func renyiTendsToKLAtOrderOne() async {
        await propertyCheck(count: 300, input: sizes, seeds) { n, seed in
            let (p, q) = randomPair(size: n, seed: seed)
            let kl = DiscreteDivergence.kullbackLeibler(p, q)
            let kappa2 = logRatioVariance(p, q)
            for h in [1e-3, 1e-5, 1e-7] {
                for alpha in [1 - h, 1 + h] {
                    let d = DiscreteDivergence.renyi(p, q, order: alpha)
                    #expect(abs(d - kl) <= h * kappa2 + roundingTolerance(d, kl), "α = \(alpha): \(d) vs KL \(kl)")
                }
            }
            let h = 1e-4
            let slope = (DiscreteDivergence.renyi(p, q, order: 1 + h) - DiscreteDivergence.renyi(p, q, order: 1 - h)) / (2 * h)
            #expect(abs(slope - kappa2 / 2) <= 1e-4 * kappa2 / 2 + 1e-12 * max(kl, 1) / h)
        }
    }

    /// D_α → D_∞ = max ln(p/q) as α → ∞, with the exact sandwich
    /// D_∞ + ln(p_j)/(α−1) ≤ D_α ≤ D_∞ (j the index of the maximal ratio): Σ p (p/q)^{α−1} is at
    /// least its j-th term and at most (max p/q)^{α−1}.
    @Test func renyiTendsToMaxLogRatio() async {
        await propertyCheck(count: 300, input: sizes, seeds) { n, seed in
            let (p, q) = randomPair(size: n, seed: seed)
            let dInf = DiscreteDivergence.maxLogRatio(p, q)
            let j = (0..<n).max { p.logProbabilities[$0] - q.logProbabilities[$0] < p.logProbabilities[$1] - q.logProbabilities[$1] }!
            for alpha in [10.0, 100, 1e4, 1e6] {
                let d = DiscreteDivergence.renyi(p, q, order: alpha)
                let tol = roundingTolerance(d, dInf)
                #expect(d <= dInf + tol)
                #expect(d >= dInf + p.logProbabilities[j] / (alpha - 1) - tol)
            }
            #expect(DiscreteDivergence.renyi(p, q, order: .infinity) == dInf)
        }
    }

    /// JS is symmetric and lies in [0, ln 2]; TV and H² in [0, 1]; TV, H² symmetric.
    @Test func symmetricDivergencesAreBounded() async {
        await propertyCheck(count: 300, input: sizes, seeds, Gen.bool) { n, seed, zeros in
            let (p, q) = randomPair(size: n, seed: seed, zeros: zeros)
            let js = DiscreteDivergence.jensenShannon(p, q)
            #expect(js >= 0 && js <= log(2) + 1e-15)
            #expect(abs(js - DiscreteDivergence.jensenShannon(q, p)) <= roundingTolerance(js, js))
            let tv = DiscreteDivergence.totalVariation(p, q), h2 = DiscreteDivergence.hellingerSquared(p, q)
            #expect(tv >= 0 && tv <= 1 + 1e-15 && h2 >= 0 && h2 <= 1 + 1e-15)
            #expect(abs(tv - DiscreteDivergence.totalVariation(q, p)) <= 1e-15)
            #expect(abs(h2 - DiscreteDivergence.hellingerSquared(q, p)) <= 1e-15)
            // H² = 1 − exp(−½ D_½) and χ² = exp(D₂) − 1 (both from Σ p^α q^{1−α}).
            let dHalf = DiscreteDivergence.renyi(p, q, order: 0.5)
            #expect(abs(h2 + expm1(-0.5 * dHalf)) <= roundingTolerance(h2, h2))
            let chi2 = DiscreteDivergence.chiSquared(p, q), d2 = DiscreteDivergence.renyi(p, q, order: 2)
            if chi2.isFinite { #expect(abs(chi2 - expm1(d2)) <= 1e-12 * max(chi2, 1)) } else { #expect(d2 == .infinity) }
        }
    }

    /// Disjoint supports give +∞ for KL (both ways), χ² and every D_α, TV = H² = 1, JS = ln 2.
    @Test func disjointSupportsGiveInfinity() async {
        await propertyCheck(count: 200, input: Gen.int(in: 2...12), seeds) { n, seed in
            let rng = RandomSource(seed: seed)
            let cut = rng.integer(in: 1...(n - 1))
            let a = rng.dirichlet(dimension: n), b = rng.dirichlet(dimension: n)
            let pa = (0..<n).map { $0 < cut ? a[$0] : 0 }, qb = (0..<n).map { $0 >= cut ? b[$0] : 0 }
            let p = try DiscreteDistribution(probabilities: pa.map { $0 / pa.reduce(0, +) })
            let q = try DiscreteDistribution(probabilities: qb.map { $0 / qb.reduce(0, +) })
            #expect(DiscreteDivergence.kullbackLeibler(p, q) == .infinity && DiscreteDivergence.kullbackLeibler(q, p) == .infinity)
            #expect(DiscreteDivergence.chiSquared(p, q) == .infinity)
            for alpha in [0.05, 0.5, 1, 2, .infinity] { #expect(DiscreteDivergence.renyi(p, q, order: alpha) == .infinity) }
            #expect(abs(DiscreteDivergence.totalVariation(p, q) - 1) <= 1e-15)
            #expect(abs(DiscreteDivergence.hellingerSquared(p, q) - 1) <= 1e-15)
            #expect(abs(DiscreteDivergence.jensenShannon(p, q) - log(2)) <= 1e-15)
        }
    }

    /// The importance-weight norms against their definitions: √(Σ p²/q) and (Σ q (p/q)⁴)^{1/4}.
    @Test func importanceWeightNormsMatchDefinitions() async {
        await propertyCheck(count: 200, input: sizes, seeds) { n, seed in
            let (p, q) = randomPair(size: n, seed: seed)
            let pp = p.probabilities, qq = q.probabilities
            var second = 0.0, fourth = 0.0
            for i in 0..<n where qq[i] > 0 {
                second += pp[i] * pp[i] / qq[i]
                fourth += qq[i] * pow(pp[i] / qq[i], 4)
            }
            let c = ImportanceWeights.concentrability(p, q), f = ImportanceWeights.fourthMomentNorm(p, q)
            if second.isFinite { #expect(abs(c - second.squareRoot()) <= 1e-12 * c) }
            if fourth.isFinite { #expect(abs(f - pow(fourth, 0.25)) <= 1e-12 * f) }
            #expect(c <= f * (1 + 1e-12))
        }
    }
}
