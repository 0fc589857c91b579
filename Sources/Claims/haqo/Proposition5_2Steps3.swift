import Foundation
import GSLKit
import MarkovGames

extension HAQOClaims {
    /// E_{a ~ table(·|s)} f(Δ_m(s, b, a)) for a context.
    static func contextExpectation(_ setting: HAQORoundSetting, _ m: Int, _ c: HAQORoundSetting.Context, table: [Double], _ f: (Double) -> Double) -> Double {
        let k = setting.actions(m)
        var v = 0.0
        for a in 0..<k { v += table[c.state * k + a] * f(c.advantage[a]) }
        return v
    }

    static var exactSumTolerance: Tolerance { .roundoff(scale: 20, operations: 32, what: "sums of Δ_m values (|Δ_m| ≤ 2R_max/(1−γ) ≤ 20)") }

    /// haqo Prop. 5.2 proof, eq. (104).
    static let proposition52Step9 = Claim(
        id: "haqo.prop5.2/step9", paper: .haqo, source: "Proposition 5.2 proof (App. A.7), eq. (104)",
        statement: "Let σ_max² := sup_{s,t,z} Var(ε | z,s,t). Then E_{a^i,ε,t}[ω^i Var(ε | z,s,t)] ≤ σ_max² E_{a^i~π_old^i}[ω^i(s,a^i,a^{−i})].",
        reading: "σ_max² computed over the states ρ^{π_old} charges and the six levels (the sup over all t can only be larger); qadv",
        hypotheses: contextHypotheses, kind: .upperBound,
        check: ClaimCheck(family: HAQOFamilies.haqoRound) { x in
            let setting = try HAQORoundSetting(x)
            let sigmaMax = (1...setting.round.agentCount).map { maximalPosteriorNoiseVariance(setting, $0, schedule: .coarse) }
            return try perContext(x) { setting, m, c in
                let omega = setting.contextWeights(m, c, .qadv)
                let lhs = try levelAverage { a in try DenoisingRisk.weightedPosteriorVariance(data: setting.noisedOld(m, state: c.state, alphaBar: a), weights: omega) }
                let k = setting.actions(m), p = setting.oldTable(m)
                var mass = 0.0
                for a in 0..<k { mass += p[c.state * k + a] * omega[a] }
                return (Measurement(lhs: lhs.value, .lessOrEqual, rhs: sigmaMax[m - 1] * mass, tolerance: lhs.tolerance(what: "E[ω Var(ε|z)]")),
                        [NamedValue("σ_max²", sigmaMax[m - 1]), NamedValue("E_{π_old}[ω]", mass)])
            }
        })

    /// haqo Prop. 5.2 proof, "Where the constants come from": σ_max² ≤ 1.
    static let proposition52Step10 = Claim(
        id: "haqo.prop5.2/step10", paper: .haqo, source: "Proposition 5.2 proof (App. A.7), after eq. (113)",
        statement: "A canonical Gaussian schedule ensures that σ_max² ≤ 1, σ_max² := sup_{s,t,z} Var(ε | z,s,t).",
        reading: "the DDPM linear schedule with T = 50; the data law π_old^i(·|s) of each agent on its embedded actions; sup over z by grid and golden-section search (a value attained, so never above the supremum)",
        hypotheses: "random two-agent cooperative games; π_old = 'old'; every agent", kind: .upperBound,
        check: ClaimCheck(family: HAQOFamilies.haqoRound) { x in
            let setting = try HAQORoundSetting(x)
            let out = (1...setting.round.agentCount).map { m in
                Measurement("agent \(setting.round.order[m - 1] + 1)", lhs: maximalPosteriorNoiseVariance(setting, m, schedule: .paper), .lessOrEqual, rhs: 1,
                            tolerance: .roundoff(scale: 1, operations: 64, what: "the posterior variance"))
            }
            return Evaluation(measurements: out, notes: ["for two actions at ±1 with probability ½ each, Var(ε|z=0) = ᾱ/(1−ᾱ) (ε = −√ᾱ x₀/√(1−ᾱ) given z = 0), which is 9999 at t = 1"])
        })

    /// haqo Prop. 5.2 proof, eq. (105) (qadv).
    static let proposition52Step11 = Claim(
        id: "haqo.prop5.2/step11", paper: .haqo, source: "Proposition 5.2 proof (App. A.7), eq. (105)",
        statement: "Case A (qadv): E_{a^i~π_old^i}[ω^i] = E_{a^i~π_old^i}[(Δ_m − E Δ_m)^+] ≤ E_{a^i~π_old^i}[Δ_m^+] (since E Δ_m = 0).",
        reading: "Δ_m of π_(m−1) (zero mean under π_old^{i_m})",
        hypotheses: contextHypotheses, kind: .upperBound,
        check: ClaimCheck(family: HAQOFamilies.haqoRound) { x in
            try perContext(x) { setting, m, c in
                let omega = setting.contextWeights(m, c, .qadv), k = setting.actions(m), p = setting.oldTable(m)
                var mass = 0.0
                for a in 0..<k { mass += p[c.state * k + a] * omega[a] }
                return (Measurement(lhs: mass, .lessOrEqual, rhs: contextExpectation(setting, m, c, table: p) { max($0, 0) }, tolerance: exactSumTolerance), [])
            }
        })

    static func proposition52Step12(id: String, reading text: String, tvCorrected: Bool) -> Claim {
        Claim(
            id: id, paper: .haqo, source: "Proposition 5.2 proof (App. A.7), eqs. (106)–(107) and footnote 1",
            statement: tvCorrected
                ? "A fully rigorous statement replaces this monotonicity by E_{π_old^i}[Δ_m^+] ≤ E_{π^i}[Δ_m^+] + TV(π^i, π_old^i)·sup|Δ_m|."
                : "When agent i updates to increase the surrogate L^i, the new policy π^i places (weakly) more probability mass on improving regions {Δ_m > 0}, hence E_{a^i~π_old^i}[Δ_m^+] ≤ E_{a^i~π^i}[Δ_m^+].",
            reading: text,
            hypotheses: contextHypotheses + "; π^i = π_new^i, the idealised HAQO update (which increases L^i)", kind: .upperBound,
            check: ClaimCheck(family: HAQOFamilies.haqoRound) { x in
                try perContext(x) { setting, m, c in
                    let old = contextExpectation(setting, m, c, table: setting.oldTable(m)) { max($0, 0) }
                    let new = contextExpectation(setting, m, c, table: setting.newTable(m)) { max($0, 0) }
                    var slack = 0.0
                    if tvCorrected {
                        let k = setting.actions(m)
                        let tv = try PolicyDivergences.totalVariation(setting.newTable(m), setting.oldTable(m), width: k)[c.state]
                        slack = tv * Vector.infinityNorm(setting.chain(m).increment(m))
                    }
                    return (Measurement(lhs: old, .lessOrEqual, rhs: new + slack, tolerance: exactSumTolerance),
                            [NamedValue("E_{π_old}[Δ^+]", old), NamedValue("E_{π_new}[Δ^+]", new), NamedValue("TV·sup|Δ_m|", slack)])
                }
            })
    }

    static let proposition52Step12 = proposition52Step12(id: "haqo.prop5.2/step12", reading: "as printed in (106)", tvCorrected: false)
    static let proposition52Step12TV = proposition52Step12(id: "haqo.prop5.2/step12.tvCorrected", reading: "footnote 1's TV-corrected form; TV at the context's state, sup|Δ_m| over all contexts", tvCorrected: true)

    /// haqo Prop. 5.2 proof, eq. (108) (qcut).
    static let proposition52Step13 = Claim(
        id: "haqo.prop5.2/step13", paper: .haqo, source: "Proposition 5.2 proof (App. A.7), eq. (108)",
        statement: "With the boundedness 0 ≤ Δ_m ≤ M, M = 2R_max/(1−γ): on {A^i ≥ ε} we have A^i ≤ M and thus A_+^i 1{A^i ≥ ε} ≤ (1/ε)(A_+^i)² ≤ (M/ε) A_+^i.",
        reading: "pointwise, at every action of every context; A^i = Δ_m; ε = 'threshold'",
        hypotheses: contextHypotheses + "; qcut threshold 'threshold'", kind: .upperBound,
        check: ClaimCheck(family: HAQOFamilies.haqoRound) { x in
            let eps = try x.scalar("threshold")
            return try perContext(x) { setting, m, c in
                let bigM = 2 * HAQOGames.rewardBound(setting.game) / (1 - setting.game.gamma)
                var worst: Measurement?
                for a in c.advantage {
                    let plus = max(a, 0), cut = a >= eps ? plus : 0
                    for y in [Measurement("first", lhs: cut, .lessOrEqual, rhs: plus * plus / eps, tolerance: exactSumTolerance),
                              Measurement("second", lhs: plus * plus / eps, .lessOrEqual, rhs: bigM / eps * plus, tolerance: exactSumTolerance)]
                    where worst == nil || y.relativeSlack < worst!.relativeSlack { worst = y }
                }
                return (worst!, [NamedValue("ε", eps), NamedValue("M", bigM)])
            }
        })

    /// haqo Prop. 5.2 proof, eq. (109) (qadv, C_var = σ_max²).
    static let proposition52Step14 = Claim(
        id: "haqo.prop5.2/step14", paper: .haqo, source: "Proposition 5.2 proof (App. A.7), eq. (109)",
        statement: "inf_θ J_i^QV(θ) ≤ C_var E_{s~ρ^{π_old}} E_{a^{−i}~π_new^{−i}} E_{a^i~π^i}[Δ_m(s, a^{i_{1:m}})^+], with C_var = σ_max² for qadv.",
        reading: "π^i = π_new^i; the infimum over all ε_θ(z,s,t) (the w̄-weighted posterior mean); σ_max² over the states and the six levels; qadv",
        hypotheses: "random two-agent cooperative games; π_old = 'old'; idealised HAQO round; every agent; ρ normalised; six levels", kind: .upperBound,
        check: ClaimCheck(family: HAQOFamilies.haqoRound) { x in
            let setting = try HAQORoundSetting(x)
            var all: [(Measurement, [NamedValue])] = []
            for m in 1...setting.round.agentCount {
                let (inf, _) = try aggregatedRisks(setting, m) { _, _, data, w in DenoisingRisk.weightedBayesDenoiser(data: data, weights: w) }
                let sigmaMax = maximalPosteriorNoiseVariance(setting, m, schedule: .coarse)
                var plus = 0.0
                for c in setting.contexts(m) { plus += c.stateWeight * c.prefixProbability * contextExpectation(setting, m, c, table: setting.newTable(m)) { max($0, 0) } }
                all.append((Measurement("agent \(setting.round.order[m - 1] + 1)", lhs: inf.value, .lessOrEqual, rhs: sigmaMax * plus, tolerance: inf.tolerance(what: "inf J^QV")),
                            [NamedValue("inf J^QV", inf.value), NamedValue("σ_max²", sigmaMax), NamedValue("E[Δ^+]", plus)]))
            }
            return SequentialSweep.collect(all, notes: [])
        })

    /// haqo Prop. 5.2 proof, eq. (110).
    static let proposition52Step15 = Claim(
        id: "haqo.prop5.2/step15", paper: .haqo, source: "Proposition 5.2 proof (App. A.7), eq. (110)",
        statement: "Using Δ_m = Δ_m^+ − Δ_m^− with E_{a^i~π_old^i} Δ_m = 0 and the fact that π^i is chosen to increase E_{a^i~π^i} Δ_m, E_{a^i~π^i}[Δ_m^+] ≤ E_{a^i~π^i}[Δ_m] + E_{a^i~π^i}[Δ_m^−] ≤ E_{a^i~π^i}[Δ_m].",
        reading: "π^i = π_new^i (the idealised HAQO update, which increases the surrogate); the outer inequality",
        hypotheses: contextHypotheses, kind: .upperBound,
        check: ClaimCheck(family: HAQOFamilies.haqoRound) { x in
            try perContext(x) { setting, m, c in
                let t = setting.newTable(m)
                let plus = contextExpectation(setting, m, c, table: t) { max($0, 0) }, mean = contextExpectation(setting, m, c, table: t) { $0 }
                return (Measurement(lhs: plus, .lessOrEqual, rhs: mean, tolerance: exactSumTolerance),
                        [NamedValue("E_{π^i}[Δ^+]", plus), NamedValue("E_{π^i}[Δ]", mean)])
            }
        })

    /// haqo Prop. 5.2 proof, eq. (111).
    static let proposition52Step16 = Claim(
        id: "haqo.prop5.2/step16", paper: .haqo, source: "Proposition 5.2 proof (App. A.7), eq. (111)",
        statement: "Therefore, by the definition of the per-agent surrogate, E_{s,a^{−i}} E_{a^i~π^i}[Δ_m^+] ≤ L^i(π^i).",
        reading: "π^i = π_new^i; ρ^{π_old} normalised",
        hypotheses: "random two-agent cooperative games; π_old = 'old'; idealised HAQO round; every agent", kind: .upperBound,
        check: ClaimCheck(family: HAQOFamilies.haqoRound) { x in
            let setting = try HAQORoundSetting(x)
            var all: [(Measurement, [NamedValue])] = []
            for m in 1...setting.round.agentCount {
                var plus = 0.0
                for c in setting.contexts(m) { plus += c.stateWeight * c.prefixProbability * contextExpectation(setting, m, c, table: setting.newTable(m)) { max($0, 0) } }
                let l = setting.surrogate(m, table: setting.newTable(m))
                all.append((Measurement("agent \(setting.round.order[m - 1] + 1)", lhs: plus, .lessOrEqual, rhs: l, tolerance: setting.exactTolerance),
                            [NamedValue("E[Δ^+]", plus), NamedValue("L^i(π_new^i)", l)]))
            }
            return SequentialSweep.collect(all, notes: [])
        })
}
