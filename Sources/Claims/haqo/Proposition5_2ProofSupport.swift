import ExactSolvers
import Foundation
import GSLKit
import MarkovGames

extension HAQOClaims {
    /// The instance class of the per-context proof steps.
    static let contextHypotheses = "random two-agent cooperative games (|S| ≤ 3, |A^i| ≤ 3, r ∈ [−1,1], γ ∈ {0.5, 0.9}); π_old = 'old'; idealised HAQO round (qadv, α = 'alpha', δ = 'radius'); actions embedded evenly in [−1,1]; every context (s, a^{−i}) of every agent; E_t over six levels of the T = 50 linear schedule (t = 1, 5, 10, 20, 35, 50); exact critic"

    /// (1/T)Σ_t of `body(ᾱ_t)` over the coarse schedule.
    static func levelAverage(_ body: (Double) throws -> QuadratureSum) rethrows -> QuadratureSum {
        var sum = QuadratureSum()
        let levels = NoiseSchedule.coarse.alphaBars
        for a in levels { sum.add(try body(a), weight: 1 / Double(levels.count)) }
        return sum
    }

    /// Runs `body` on every context (s, a^{−i}) of every agent of the instance's HAQO round.
    static func perContext(_ x: ClaimInstance, _ body: (HAQORoundSetting, Int, HAQORoundSetting.Context) throws -> (Measurement, [NamedValue])) throws -> Evaluation {
        let setting = try HAQORoundSetting(x)
        var all: [(Measurement, [NamedValue])] = []
        for m in 1...setting.round.agentCount {
            for c in setting.contexts(m) {
                let (y, q) = try body(setting, m, c)
                all.append((Measurement("agent \(setting.round.order[m - 1] + 1), s=\(c.state), prefix \(c.prefix)" + (y.label.isEmpty ? "" : ", " + y.label),
                                        lhs: y.lhs, y.relation, rhs: y.rhs, tolerance: y.tolerance, trivialBound: y.trivialBound), q))
            }
        }
        return SequentialSweep.collect(all, notes: [])
    }

    /// J^QV(θ|s,a^{−i}) = base + E(θ) at one context (qadv weights, θ the Bayes denoiser of π_new^i),
    /// each a (1/T)Σ_t over the coarse schedule: J^QV and the excess risk E(θ) by `DenoisingRisk`, the
    /// base by `base` (E[ω‖ε − μ‖²] with the unweighted Bayes μ, eq. (82); inf J^QV, eq. (88); or E[ω Var(ε|z)], eq. (98)). `names` name J^QV, the base
    /// and E(θ) in the quantities and, with "and", in the tolerance.
    static func riskDecomposition(_ setting: HAQORoundSetting, _ m: Int, _ c: HAQORoundSetting.Context,
                                  base: (NoisedActionLaw, [Double]) throws -> QuadratureSum,
                                  names: (risk: String, base: String, excess: String),
                                  what: String) throws -> (Measurement, [NamedValue]) {
        let omega = setting.contextWeights(m, c, .qadv)
        var lhs = QuadratureSum(), baseSum = QuadratureSum(), excess = QuadratureSum()
        for a in NoiseSchedule.coarse.alphaBars {
            let data = setting.noisedOld(m, state: c.state, alphaBar: a), w = 1 / Double(NoiseSchedule.coarse.steps)
            let f = setting.noised(setting.newTable(m), m, state: c.state, alphaBar: a).bayesDenoiser
            lhs.add(try DenoisingRisk.weighted(data: data, weights: omega, denoiser: f), weight: w)
            baseSum.add(try base(data, omega), weight: w)
            excess.add(try DenoisingRisk.excessRisk(data: data, weights: omega, denoiser: f), weight: w)
        }
        var all = lhs
        all.add(baseSum)
        all.add(excess)
        return (Measurement(lhs: lhs.value, .equal, rhs: baseSum.value + excess.value, tolerance: all.tolerance(what: what)),
                [NamedValue(names.risk, lhs.value), NamedValue(names.base, baseSum.value), NamedValue(names.excess, excess.value)])
    }

    /// A central difference of ln p_t at z with its error: the step-h estimate, and
    /// |D(2h) − D(h)|/3 (the h² truncation term, Richardson) plus the round-off ε·|ln p|/h.
    static func logDensitySlope(_ law: NoisedActionLaw, at z: Double) -> (value: Double, error: Double) {
        let h = 1e-3 * law.noise
        let d1 = (law.logDensity(z + h) - law.logDensity(z - h)) / (2 * h)
        let d2 = (law.logDensity(z + 2 * h) - law.logDensity(z - 2 * h)) / (4 * h)
        return (d1, abs(d2 - d1) / 3 + 4 * Double.ulpOfOne * max(abs(law.logDensity(z)), 1) / h)
    }

    /// 13 points spread over the bulk of p_t (from the first to the last feature, widened by one
    /// noise standard deviation).
    static func probePoints(_ law: NoisedActionLaw) -> [Double] {
        let b = law.breakpoints
        let lo = b[1] - law.noise, hi = b[b.count - 2] + law.noise
        return (0...12).map { lo + (hi - lo) * Double($0) / 12 }
    }

    /// J^QV(θ) over the coarse schedule with opponent-averaged weights w̄, for a denoiser given per
    /// (state, ᾱ), and E_{s,a^{−i}} E[ω Var(ε|z)] (which is linear in ω, so w̄ enters).
    static func aggregatedRisks(_ setting: HAQORoundSetting, _ m: Int, denoiser: (Int, Double, NoisedActionLaw, [Double]) -> @Sendable (Double) -> Double) throws -> (risk: QuadratureSum, variance: QuadratureSum) {
        let wbar = setting.weights(m, .qadv), k = setting.actions(m), rho = setting.rho(.normalised)
        var risk = QuadratureSum(), variance = QuadratureSum()
        for s in rho.indices where rho[s] > 0 {
            let w = Array(wbar[(s * k)..<((s + 1) * k)])
            for a in NoiseSchedule.coarse.alphaBars {
                let data = setting.noisedOld(m, state: s, alphaBar: a), weight = rho[s] / Double(NoiseSchedule.coarse.steps)
                risk.add(try DenoisingRisk.weighted(data: data, weights: w, denoiser: denoiser(s, a, data, w)), weight: weight)
                variance.add(try DenoisingRisk.weightedPosteriorVariance(data: data, weights: w), weight: weight)
            }
        }
        return (risk, variance)
    }

    /// E_{a ~ table(·|s)} f(Δ_m(s, b, a)) for a context.
    static func contextExpectation(_ setting: HAQORoundSetting, _ m: Int, _ c: HAQORoundSetting.Context, table: [Double], _ f: (Double) -> Double) -> Double {
        let k = setting.actions(m)
        var v = 0.0
        for a in 0..<k { v += table[c.state * k + a] * f(c.advantage[a]) }
        return v
    }

    static var exactSumTolerance: Tolerance { .roundoff(scale: 20, operations: 32, what: "sums of Δ_m values (|Δ_m| ≤ 2R_max/(1−γ) ≤ 20)") }

    /// Critic biases ε_Q of the (115) checks.
    static let criticBiases: [Double] = [0.1, 0.01, 1e-3]

    /// The biased critic of Assumption A.4 for agent i_m: Q̂ = Q^{π_(m−1)} + ε_Q·ξ, ξ(s,a) ~ U[−1,1]
    /// drawn from the instance's seed (|Q̂ − Q| ≤ ε_Q, eq. (114)), and its chain.
    static func biasedChain(_ setting: HAQORoundSetting, _ m: Int, bias: Double, seed: UInt64) -> LocalizedActionValues {
        let rng = RandomSource(seed: SeedSequence.derive(seed, "critic bias agent \(m)"))
        let q = setting.round.evaluations[m - 1].actionValues.map { $0 + bias * rng.uniform(-1, 1) }
        return LocalizedActionValues(game: setting.game, policy: setting.round.policies[m - 1], order: setting.round.order, actionValues: q)
    }
}
