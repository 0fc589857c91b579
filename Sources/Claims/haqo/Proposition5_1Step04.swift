import Foundation
import GSLKit
import MarkovGames

extension HAQOClaims {
    /// haqo Prop. 5.1 proof (App. A.6, Step 2), eq. (54), as printed: the expected advantage of the
    /// micro-update equals agent i_m's increment Δ_m averaged over the updated predecessors, per state.
    /// Left side from the exact evaluation of π_(m−1); right side from the chain of the reading's critic.
    static func proposition51Step4(id: String, reading: String, critic: CriticReading) -> Claim {
        Claim(
            id: id, paper: .haqo, source: "Proposition 5.1 proof (App. A.6), eq. (54)",
            statement: "At step m only agent i_m changes between π_(m−1) and π_(m). Using Lemma A.6, for each s: E_{a~π_(m)}[A^{π_(m−1)}(s,a)] = E_{a^{−i_m}~π_(m)^{−i_m}, a^{i_m}~π_new^{i_m}}[Δ_m(s, a^{i_{1:m}})].",
            reading: reading,
            hypotheses: stepHypotheses + "; every state", kind: .identity,
            check: ClaimCheck(family: HAQOFamilies.sequentialPair) { x in
                try SequentialSweep.evaluate(x, steps: [1, 0.1, 0.01]) { round in
                    var out: [(Measurement, [NamedValue])] = []
                    for m in 1...round.agentCount {
                        let lhs = round.expectedAdvantage(step: m)
                        let chain = round.chain(forPosition: m, critic)
                        let abar = round.conditionalAdvantage(position: m, chain: chain)
                        let agent = round.order[m - 1], k = round.game.agents[agent].actionCount, table = round.new.tables[agent]
                        for s in 0..<round.game.stateCount {
                            var rhs = 0.0
                            for a in 0..<k { rhs += table[s * k + a] * abar[s * k + a] }
                            out.append((Measurement("m=\(m), s=\(s)", lhs: lhs[s], .equal, rhs: rhs, tolerance: round.tolerance(what: "Q, V of π_(m−1) and π_old")), []))
                        }
                    }
                    return out
                }
            },
            defaultInstances: 32)
    }

    static let proposition51Step4 = proposition51Step4(id: "haqo.prop5.1/step4", reading: "Δ_m from the chain of Q^{π_(m−1)} (the policy the advantage on the left belongs to)", critic: .current)

    static let proposition51Step4OldCritic = proposition51Step4(id: "haqo.prop5.1/step4.oldCritic", reading: "Δ_m from the chain of Q^{π_old} (one critic per iteration, Alg. 1)", critic: .old)
}
