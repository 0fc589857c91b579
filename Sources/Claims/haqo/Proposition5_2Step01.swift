import Foundation
import GSLKit
import MarkovGames

extension HAQOClaims {
    /// haqo Prop. 5.2 proof, eq. (78): the main-text surrogate equals the Δ_m form.
    static let proposition52Step1 = Claim(
        id: "haqo.prop5.2/step1", paper: .haqo, source: "Proposition 5.2 proof (App. A.7), eq. (78)",
        statement: "By the sequential decomposition (Lemma A.6) and the per-agent surrogate definition, for the update position m with i_m = i, L^i(π^i) = E_{s~ρ^{π_old}} E_{a^{−i}~π_new^{−i}} E_{a^i~π^i}[Δ_m(s, a^{i_{1:m}})].",
        reading: "left: L^i as defined in Sec. 5.1 with A^i the joint advantage A^{π_old}(s,a) (Table 2) and a^{−i} ~ π_new^{−i}; right: the Δ_m form with Δ_m of π_(m−1); ρ normalised",
        hypotheses: "random two-agent cooperative games; π_old = 'old'; idealised HAQO round; π^i ∈ {π_old^i, π_new^i}", kind: .identity,
        check: ClaimCheck(family: HAQOFamilies.haqoRound) { x in
            let setting = try HAQORoundSetting(x)
            var all: [(Measurement, [NamedValue])] = []
            for m in 1...setting.round.agentCount {
                for (name, table) in [("π_old", setting.oldTable(m)), ("π_new", setting.newTable(m))] {
                    let main = setting.round.jointAdvantageSurrogate(agent: setting.round.order[m - 1], table: table, rho: setting.rho(.normalised))
                    all.append((Measurement("agent \(setting.round.order[m - 1] + 1), π^i = \(name)", lhs: main, .equal, rhs: setting.surrogate(m, table: table),
                                            tolerance: setting.exactTolerance), [NamedValue("Sec. 5.1 L^i", main)]))
                }
            }
            return SequentialSweep.collect(all, notes: [])
        })
}
