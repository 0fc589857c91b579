import Foundation
import GSLKit
import MarkovGames

extension HAQOClaims {
    /// haqo Prop. 5.1 proof, eq. (58): "sup|Δ_m| ≤ sup|Q^{π_(m−1)}| + sup|V^{π_(m−1)}| ≤ 2R_max/(1−γ)".
    static let proposition51Step6 = Claim(
        id: "haqo.prop5.1/step6", paper: .haqo, source: "Proposition 5.1 proof (App. A.6), eq. (58)",
        statement: "sup_{s, a^{i_{1:m}}} |Δ_m(s, a^{i_{1:m}})| ≤ sup_{s,a}|Q^{π_(m−1)}(s,a)| + sup_s|V^{π_(m−1)}(s)| ≤ 2R_max/(1−γ).",
        reading: "Δ_m from Q^{π_(m−1)}",
        hypotheses: stepHypotheses, kind: .upperBound,
        check: ClaimCheck(family: HAQOFamilies.sequentialPair) { x in
            try SequentialSweep.evaluate(x, steps: [1, 0.1]) { round in
                var out: [(Measurement, [NamedValue])] = []
                for m in 1...round.agentCount {
                    let sup = Vector.infinityNorm(round.chain(forPosition: m, .current).advantage(agentAt: m))
                    let e = round.evaluations[m - 1], mid = Vector.infinityNorm(e.actionValues) + Vector.infinityNorm(e.values)
                    let tol = round.tolerance(what: "Q, V of π_(m−1)")
                    out.append((Measurement("m=\(m), first", lhs: sup, .lessOrEqual, rhs: mid, tolerance: tol), []))
                    out.append((Measurement("m=\(m), second", lhs: mid, .lessOrEqual, rhs: 2 * HAQOGames.rewardBound(round.game) / (1 - round.game.gamma), tolerance: tol), []))
                }
                return out
            }
        },
        defaultInstances: 32)
}
