import Foundation
import GSLKit
import MarkovGames

extension HAQOClaims {
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
}
