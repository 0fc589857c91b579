import Foundation
import GSLKit
import MarkovGames

extension HAQOClaims {
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
}
