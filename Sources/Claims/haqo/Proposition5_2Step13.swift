import Foundation
import GSLKit
import MarkovGames

extension HAQOClaims {
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
}
