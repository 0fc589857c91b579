import Foundation
import GSLKit
import MarkovGames

extension HAQOClaims {
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

    /// haqo Prop. 5.2 proof, eqs. (92)–(93): Tweedie's identity for the Gaussian corruption.
    static let proposition52Step5 = Claim(
        id: "haqo.prop5.2/step5", paper: .haqo, source: "Proposition 5.2 proof (App. A.7), eqs. (92)–(93)",
        statement: "∇_z log p_t(z|s) = −(z − √ᾱ_t E[a^i | z, s])/(1 − ᾱ_t), and μ(z,s,t) := E[ε | z,s,t] = (z − √ᾱ_t E[a^i|z,s])/√(1−ᾱ_t) = −√(1−ᾱ_t) ∇_z log p_t(z|s).",
        reading: "p_t the marginal of z under π_old^i(·|s) (embedded discrete actions); ∇_z log p_t by central differences at 13 points per state and level",
        hypotheses: "random two-agent cooperative games; π_old = 'old'; every agent and state; six levels of the T = 50 schedule", kind: .identity,
        check: ClaimCheck(family: HAQOFamilies.haqoRound) { x in
            let setting = try HAQORoundSetting(x)
            var out: [Measurement] = []
            for m in 1...setting.round.agentCount {
                for s in 0..<setting.game.stateCount {
                    for a in NoiseSchedule.coarse.alphaBars {
                        let law = setting.noisedOld(m, state: s, alphaBar: a)
                        for z in probePoints(law) {
                            let post = law.posterior(z), fd = logDensitySlope(law, at: z)
                            let label = "agent \(setting.round.order[m - 1] + 1), s=\(s), ᾱ=\(shortNumber(a)), z=\(shortNumber(z))"
                            out.append(Measurement(label + ", (92)", lhs: -(z - law.scale * post.actionMean) / (1 - a), .equal, rhs: fd.value,
                                                   tolerance: Tolerance(4 * fd.error, "central difference: 4 × (Richardson estimate + round-off)")))
                            out.append(Measurement(label + ", (93)", lhs: post.noiseMean, .equal, rhs: -law.noise * fd.value,
                                                   tolerance: Tolerance(4 * law.noise * fd.error, "central difference: 4 × (Richardson estimate + round-off), times √(1−ᾱ)")))
                        }
                    }
                }
            }
            return Evaluation(measurements: out)
        })

    /// haqo Prop. 5.2 proof, eqs. (96)–(97): the denoiser error is the scaled score error.
    static let proposition52Step6 = Claim(
        id: "haqo.prop5.2/step6", paper: .haqo, source: "Proposition 5.2 proof (App. A.7), eqs. (96)–(97)",
        statement: "If we parameterize the model denoiser via a score network as ε_{θ^i}(z,s,t) = −√(1−ᾱ_t) s_{t,θ^i}(z|s), then ‖μ − ε_{θ^i}‖² = (1 − ᾱ_t) ‖s_t(z|s) − s_{t,θ^i}(z|s)‖².",
        reading: "θ^i the Bayes denoiser of π_new^i, whose score s_{t,θ} is that of the noised π_new^i; both scores by central differences",
        hypotheses: "random two-agent cooperative games; π_old = 'old'; idealised HAQO round; every agent and state; six levels; 13 points z", kind: .identity,
        check: ClaimCheck(family: HAQOFamilies.haqoRound) { x in
            let setting = try HAQORoundSetting(x)
            var out: [Measurement] = []
            for m in 1...setting.round.agentCount {
                for s in 0..<setting.game.stateCount {
                    for a in NoiseSchedule.coarse.alphaBars {
                        let data = setting.noisedOld(m, state: s, alphaBar: a), model = setting.noised(setting.newTable(m), m, state: s, alphaBar: a)
                        for z in probePoints(data) {
                            let mu = data.posterior(z).noiseMean, eps = model.posterior(z).noiseMean
                            let sd = logDensitySlope(data, at: z), sm = logDensitySlope(model, at: z)
                            let gap = sd.value - sm.value
                            out.append(Measurement("agent \(setting.round.order[m - 1] + 1), s=\(s), ᾱ=\(shortNumber(a)), z=\(shortNumber(z))",
                                                   lhs: (mu - eps) * (mu - eps), .equal, rhs: (1 - a) * gap * gap,
                                                   tolerance: Tolerance(4 * (1 - a) * (2 * abs(gap) + sd.error + sm.error) * (sd.error + sm.error),
                                                                        "propagated central-difference error of both scores, ×4")))
                        }
                    }
                }
            }
            return Evaluation(measurements: out)
        })

    /// haqo Prop. 5.2 proof, eq. (98): the QV loss as variance plus κ_t-weighted Fisher terms.
    static let proposition52Step7 = Claim(
        id: "haqo.prop5.2/step7", paper: .haqo, source: "Proposition 5.2 proof (App. A.7), eq. (98)",
        statement: "J_i^QV(θ^i) = E[ω^i Var(ε | z,s,t)] + Σ_t κ_t E_{s~ρ^{π_old}} E_{a^{−i}~π_new^{−i}} E_{a^i,ε}[ω^i(s,a^i,a^{−i}) ‖s_t − s_{t,θ^i}‖²], κ_t := (1 − ᾱ_t).",
        reading: "per context (s, a^{−i}); Σ_t read as the average over t that J^QV's E_t is (the literal sum would be T times larger); the score terms with Tweedie's scores (checked by step5, step6); θ^i the Bayes denoiser of π_new^i; qadv",
        hypotheses: contextHypotheses, kind: .identity,
        check: ClaimCheck(family: HAQOFamilies.haqoRound) { x in
            try perContext(x) { setting, m, c in
                let omega = setting.contextWeights(m, c, .qadv)
                var lhs = QuadratureSum(), variance = QuadratureSum(), fisher = QuadratureSum()
                for a in NoiseSchedule.coarse.alphaBars {
                    let data = setting.noisedOld(m, state: c.state, alphaBar: a), w = 1 / Double(NoiseSchedule.coarse.steps)
                    let f = setting.noised(setting.newTable(m), m, state: c.state, alphaBar: a).bayesDenoiser
                    lhs.add(try DenoisingRisk.weighted(data: data, weights: omega, denoiser: f), weight: w)
                    variance.add(try DenoisingRisk.weightedPosteriorVariance(data: data, weights: omega), weight: w)
                    fisher.add(try DenoisingRisk.excessRisk(data: data, weights: omega, denoiser: f), weight: w)
                }
                var all = lhs
                all.add(variance)
                all.add(fisher)
                return (Measurement(lhs: lhs.value, .equal, rhs: variance.value + fisher.value, tolerance: all.tolerance(what: "J^QV, E[ω Var] and the Fisher term")),
                        [NamedValue("J^QV(θ|s,a^{−i})", lhs.value), NamedValue("E[ω Var(ε|z)]", variance.value), NamedValue("Σ_t κ_t E[ω‖s−s_θ‖²]", fisher.value)])
            }
        })

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

    /// haqo Prop. 5.2 proof, eqs. (102)–(103): the QV loss minorizes nothing below E[ω Var].
    static let proposition52Step8 = Claim(
        id: "haqo.prop5.2/step8", paper: .haqo, source: "Proposition 5.2 proof (App. A.7), eqs. (101)–(103)",
        statement: "Since ω^i ≥ 0, for every θ^i, J_i^QV(θ^i | s, a^{−i}) ≥ inf_θ J_i^QV(θ | s, a^{−i}) = E[ω^i Var(ε | z,s,t)]; averaging over (s, a^{−i}): J_i^QV(θ^i) ≥ inf_θ J_i^QV(θ) = E_{s,a^{−i}} E_{a^i,ε,t}[ω^i Var(ε | z,s,t)].",
        reading: "the averaged form (103), checked for three denoisers: the true minimiser over all ε_θ(z,s,t) (the w̄-weighted posterior mean), and the Bayes denoisers of π_old^i and of π_new^i; qadv; E_t over the six levels",
        hypotheses: "random two-agent cooperative games; π_old = 'old'; idealised HAQO round; every agent; ρ^{π_old} normalised", kind: .lowerBound,
        check: ClaimCheck(family: HAQOFamilies.haqoRound) { x in
            let setting = try HAQORoundSetting(x)
            var all: [(Measurement, [NamedValue])] = []
            for m in 1...setting.round.agentCount {
                let candidates: [(String, (Int, Double, NoisedActionLaw, [Double]) -> @Sendable (Double) -> Double)] = [
                    ("weighted posterior mean (the minimiser)", { _, _, data, w in DenoisingRisk.weightedBayesDenoiser(data: data, weights: w) }),
                    ("Bayes denoiser of π_old", { _, _, data, _ in data.bayesDenoiser }),
                    ("Bayes denoiser of π_new", { s, a, _, _ in setting.noised(setting.newTable(m), m, state: s, alphaBar: a).bayesDenoiser }),
                ]
                for (name, denoiser) in candidates {
                    let (risk, variance) = try aggregatedRisks(setting, m, denoiser: denoiser)
                    var sum = risk
                    sum.add(variance)
                    all.append((Measurement("agent \(setting.round.order[m - 1] + 1), θ = \(name)", lhs: risk.value, .greaterOrEqual, rhs: variance.value,
                                            tolerance: sum.tolerance(what: "J^QV(θ) and E[ω Var(ε|z)]")),
                                [NamedValue("J^QV(θ)", risk.value), NamedValue("E[ω Var(ε|z)]", variance.value)]))
                }
            }
            return SequentialSweep.collect(all, notes: [])
        })
}
