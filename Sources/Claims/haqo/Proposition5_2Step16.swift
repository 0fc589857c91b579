import Foundation
import GSLKit
import MarkovGames

extension HAQOClaims {
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
