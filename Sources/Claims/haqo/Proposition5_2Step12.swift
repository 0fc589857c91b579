import Foundation
import GSLKit
import MarkovGames

extension HAQOClaims {
    /// haqo Prop. 5.2 proof (App. A.7, Step 4), eqs. (106)–(107) and footnote 1, as printed: the updated
    /// policy puts more mass on {Δ_m > 0}. Exact finite sums per context (s, a^{−i}).
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
                        slack = tv * Vector.infinityNorm(setting.chain(m).advantage(agentAt: m))
                    }
                    return (Measurement(lhs: old, .lessOrEqual, rhs: new + slack, tolerance: exactSumTolerance),
                            [NamedValue("E_{π_old}[Δ^+]", old), NamedValue("E_{π_new}[Δ^+]", new), NamedValue("TV·sup|Δ_m|", slack)])
                }
            })
    }

    static let proposition52Step12 = proposition52Step12(id: "haqo.prop5.2/step12", reading: "as printed in (106)", tvCorrected: false)

    static let proposition52Step12TV = proposition52Step12(id: "haqo.prop5.2/step12.tvCorrected", reading: "footnote 1's TV-corrected form; TV at the context's state, sup|Δ_m| over all contexts", tvCorrected: true)
}
