import Foundation
import GSLKit
import MarkovGames

extension HAQOClaims {
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
}
