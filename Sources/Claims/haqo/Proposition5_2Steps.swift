import Foundation
import GSLKit
import MarkovGames

extension HAQOClaims {
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

    /// haqo Prop. 5.2 proof, eq. (78): the main-text surrogate equals the Δ_m form.
    static let proposition52Step1 = Claim(
        id: "haqo.prop5.2/step1", paper: .haqo, source: "Proposition 5.2 proof (App. A.7), eq. (78)",
        statement: "By the sequential decomposition (Lemma A.6) and the per-agent surrogate definition, for the update position m with i_m = i, L^i(π^i) = E_{s~ρ^{π_old}} E_{a^{−i}~π_new^{−i}} E_{a^i~π^i}[Δ_m(s, a^{i_{1:m}})].",
        reading: "left: L^i as defined in Sec. 5.1 with A^i the joint advantage A^{π_old}(s,a) (Table 2) and a^{−i} ~ π_new^{−i}; right: the Δ_m form with Δ_m of π_(m−1); ρ normalised",
        hypotheses: "random two-agent cooperative games; π_old = 'old'; idealised HAQO round; π^i ∈ {π_old^i, π_new^i}", kind: .identity,
        check: ClaimCheck(family: HAQOFamilies.haqoRound) { x in
            let setting = try HAQORoundSetting(x)
            var all: [(Measurement, [NamedValue])] = []
            for m in 1...setting.round.agentCount {
                for (name, table) in [("π_old", setting.oldTable(m)), ("π_new", setting.newTable(m))] {
                    let main = setting.round.jointAdvantageSurrogate(agent: setting.round.order[m - 1], table: table, rho: setting.rho(.normalised))
                    all.append((Measurement("agent \(setting.round.order[m - 1] + 1), π^i = \(name)", lhs: main, .equal, rhs: setting.surrogate(m, table: table),
                                            tolerance: setting.exactTolerance), [NamedValue("Sec. 5.1 L^i", main)]))
                }
            }
            return SequentialSweep.collect(all, notes: [])
        })

    /// haqo Prop. 5.2 proof, eq. (82): the weighted Pythagorean split with the unweighted Bayes
    /// estimator μ(z) = E[ε|z].
    static let proposition52Step2 = Claim(
        id: "haqo.prop5.2/step2", paper: .haqo, source: "Proposition 5.2 proof (App. A.7), eqs. (80)–(82)",
        statement: "Applying this identity to X = ε with weight ω^i gives J_i^QV(θ^i | s, a^{−i}) = E[ω^i ‖ε − μ(z)‖²] + E[ω^i ‖μ(z) − ε_{θ^i}(z,s,t)‖²], μ(z) := E[ε | z, s, t].",
        reading: "θ^i the Bayes denoiser of π_new^i; qadv weights; E over a^i ~ π_old^i, ε and t",
        hypotheses: contextHypotheses, kind: .identity,
        check: ClaimCheck(family: HAQOFamilies.haqoRound) { x in
            try perContext(x) { setting, m, c in
                let omega = setting.contextWeights(m, c, .qadv)
                var lhs = QuadratureSum(), first = QuadratureSum(), second = QuadratureSum()
                for a in NoiseSchedule.coarse.alphaBars {
                    let data = setting.noisedOld(m, state: c.state, alphaBar: a)
                    let f = setting.noised(setting.newTable(m), m, state: c.state, alphaBar: a).bayesDenoiser
                    let w = 1 / Double(NoiseSchedule.coarse.steps)
                    lhs.add(try DenoisingRisk.weighted(data: data, weights: omega, denoiser: f), weight: w)
                    first.add(try DenoisingRisk.weighted(data: data, weights: omega, denoiser: data.bayesDenoiser), weight: w)
                    second.add(try DenoisingRisk.excessRisk(data: data, weights: omega, denoiser: f), weight: w)
                }
                var all = lhs
                all.add(first)
                all.add(second)
                return (Measurement(lhs: lhs.value, .equal, rhs: first.value + second.value, tolerance: all.tolerance(what: "the three risks")),
                        [NamedValue("J^QV(θ|s,a^{−i})", lhs.value), NamedValue("E[ω‖ε−μ‖²]", first.value), NamedValue("E[ω‖μ−ε_θ‖²]", second.value)])
            }
        })

    /// haqo Prop. 5.2 proof, eq. (83): the minimal weighted risk.
    static let proposition52Step3 = Claim(
        id: "haqo.prop5.2/step3", paper: .haqo, source: "Proposition 5.2 proof (App. A.7), eqs. (83)–(84)",
        statement: "Hence the minimal (best achievable) weighted risk is the weighted conditional variance: inf_{θ^i} J_i^QV(θ^i | s, a^{−i}) = E[ω^i Var(ε | z, s, t)].",
        reading: "the infimum over all measurable denoisers (infinite capacity), attained at μ_ω = E[ωε|z]/E[ω|z]; qadv weights",
        hypotheses: contextHypotheses, kind: .identity,
        check: ClaimCheck(family: HAQOFamilies.haqoRound) { x in
            try perContext(x) { setting, m, c in
                let omega = setting.contextWeights(m, c, .qadv)
                var inf = QuadratureSum(), rhs = QuadratureSum()
                for a in NoiseSchedule.coarse.alphaBars {
                    let data = setting.noisedOld(m, state: c.state, alphaBar: a), w = 1 / Double(NoiseSchedule.coarse.steps)
                    inf.add(try DenoisingRisk.weightedMinimum(data: data, weights: omega), weight: w)
                    rhs.add(try DenoisingRisk.weightedPosteriorVariance(data: data, weights: omega), weight: w)
                }
                var all = inf
                all.add(rhs)
                return (Measurement(lhs: inf.value, .equal, rhs: rhs.value, tolerance: all.tolerance(what: "inf J^QV and E[ω Var(ε|z)]")),
                        [NamedValue("inf_θ J^QV(θ|s,a^{−i})", inf.value), NamedValue("E[ω Var(ε|z)]", rhs.value)])
            }
        })

    /// haqo Prop. 5.2 proof, eqs. (87)–(88): the excess-risk decomposition.
    static let proposition52Step4 = Claim(
        id: "haqo.prop5.2/step4", paper: .haqo, source: "Proposition 5.2 proof (App. A.7), eqs. (87)–(88)",
        statement: "Any parametric approximation ε_{θ^i} incurs an excess risk E(θ^i) := E[ω^i ‖μ(z) − ε_{θ^i}(z,s,t)‖²], so that J_i^QV(θ^i | s, a^{−i}) = inf_{θ^i} J_i^QV(θ^i | s, a^{−i}) + E(θ^i).",
        reading: "θ^i the Bayes denoiser of π_new^i; the infimum over all measurable denoisers; qadv weights",
        hypotheses: contextHypotheses, kind: .identity,
        check: ClaimCheck(family: HAQOFamilies.haqoRound) { x in
            try perContext(x) { setting, m, c in
                let omega = setting.contextWeights(m, c, .qadv)
                var lhs = QuadratureSum(), inf = QuadratureSum(), excess = QuadratureSum()
                for a in NoiseSchedule.coarse.alphaBars {
                    let data = setting.noisedOld(m, state: c.state, alphaBar: a), w = 1 / Double(NoiseSchedule.coarse.steps)
                    let f = setting.noised(setting.newTable(m), m, state: c.state, alphaBar: a).bayesDenoiser
                    lhs.add(try DenoisingRisk.weighted(data: data, weights: omega, denoiser: f), weight: w)
                    inf.add(try DenoisingRisk.weightedMinimum(data: data, weights: omega), weight: w)
                    excess.add(try DenoisingRisk.excessRisk(data: data, weights: omega, denoiser: f), weight: w)
                }
                var all = lhs
                all.add(inf)
                all.add(excess)
                return (Measurement(lhs: lhs.value, .equal, rhs: inf.value + excess.value, tolerance: all.tolerance(what: "J^QV, inf J^QV and E(θ)")),
                        [NamedValue("J^QV(θ|s,a^{−i})", lhs.value), NamedValue("inf J^QV", inf.value), NamedValue("E(θ)", excess.value)])
            }
        })
}
