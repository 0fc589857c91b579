import Foundation
import GSLKit
import MarkovGames

extension HAQOClaims {
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
}
