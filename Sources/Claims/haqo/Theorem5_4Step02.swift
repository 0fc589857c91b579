import Foundation
import GSLKit
import MarkovGames

extension HAQOClaims {
    /// haqo Thm. 5.4 proof (App. A.9, Step 1), eq. (143), inequality, as printed: a TRPO bound with the
    /// expected TV under the unnormalised occupancy and C = 4γR_max/(1−γ)². Exact, on any pair of
    /// joint policies.
    static func theorem54Step2(id: String, reading text: String, _ reading: VisitationReading) -> Claim {
        Claim(
            id: id, paper: .haqo, source: "Theorem 5.4 proof (App. A.9), eq. (143), inequality",
            statement: "J(π′) − J(π) ≥ E_{s~ρ^π} E_{a~π′}[A_π(s,a)] − C·ε(π′,π), where ρ^π is the unnormalized occupancy of π and (by bounded rewards) one may take C = 4γR_max/(1−γ)², ε(π′,π) := E_{s~ρ^π}[D_TV(π′(·|s), π(·|s))].",
            reading: text,
            hypotheses: "random heterogeneous cooperative games (|S| ≤ 3, n ≤ 3, |A^i| ≤ 3, r ∈ [−1,1], γ ∈ {0.5, 0.9}); full-support joint policies π = 'pi', π′ = 'piPrime' at a random distance",
            kind: .lowerBound,
            check: ClaimCheck(family: HAQOFamilies.jointPair) { x in
                let c = try PolicyPairComparison(x)
                let rho = reading == .normalised ? c.oldOccupancy : c.oldOccupancy.map { $0 / (1 - c.gamma) }
                let first = c.expectedAdvantage(under: rho), eps = PolicyDivergences.average(try c.totalVariation, under: rho)
                let constant = constant143(c.game)
                return Evaluation(measurements: [Measurement(lhs: c.returnGain, .greaterOrEqual, rhs: first - constant * eps,
                                                             tolerance: c.tolerance(what: "V^π, V^{π′}, d^π"), trivialBound: -2 * c.rewardBound / (1 - c.gamma))],
                                  quantities: [NamedValue("J(π′) − J(π)", c.returnGain), NamedValue("E_ρ E_{π′} A_π", first),
                                               NamedValue("ε(π′,π)", eps), NamedValue("C", constant)])
            },
            defaultInstances: 32)
    }

    static let theorem54Step2 = theorem54Step2(id: "haqo.thm5.4/step2", reading: "ρ^π unnormalised, as printed", .unnormalised)

    static let theorem54Step2Normalised = theorem54Step2(id: "haqo.thm5.4/step2.normalised", reading: "ρ^π normalised (the main text's state visitation distribution)", .normalised)
}
