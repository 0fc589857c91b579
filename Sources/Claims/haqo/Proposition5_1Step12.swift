import Foundation
import GSLKit
import MarkovGames

extension HAQOClaims {
    /// haqo Prop. 5.1 proof (App. A.6, Step 3), eq. (64), as printed with its O(·) made explicit by
    /// the chain (60)–(63) the text combines.
    static func proposition51Step12(id: String, reading text: String, _ reading: VisitationReading) -> Claim {
        Claim(
            id: id, paper: .haqo, source: "Proposition 5.1 proof (App. A.6), eq. (64)",
            statement: "Combining the above, ‖d^{(m−1)} − ρ^{π_old}‖₁ = O(Σ_{j<m} √δ_{i_j}).",
            reading: text + "; the O(·) with the constant the combination of (60)–(63) gives: ‖d^{(m−1)} − ρ^{π_old}‖₁ ≤ 2γ/(1−γ)² Σ_{j<m} √(c_j δ_{i_j}/2), c_j = 1/min_s d^{π_old}(s)",
            hypotheses: stepHypotheses, kind: .upperBound,
            check: ClaimCheck(family: HAQOFamilies.sequentialPair) { x in
                try SequentialSweep.evaluate(x) { round in
                    try perStep(round) { m in
                        let g = round.game.gamma, c = stateSupportConstant(round)
                        let sum = try (1..<m).reduce(0) { acc, j in
                            try acc + (c * round.radius(agent: round.order[j - 1], .expectedOldNew, visitation: .normalised) / 2).squareRoot()
                        }
                        return (Measurement(lhs: mismatchDistance(round, m, reading), .lessOrEqual, rhs: 2 * g / ((1 - g) * (1 - g)) * sum,
                                            tolerance: round.tolerance(what: "d^{(m−1)}, d^{π_old}")),
                                [NamedValue("Σ_{j<m} √(c_j δ_j/2)", sum)])
                    }
                }
            },
            defaultInstances: 32)
    }

    static let proposition51Step12 = proposition51Step12(id: "haqo.prop5.1/step12", reading: "ρ^{π_old} normalised", .normalised)

    static let proposition51Step12Unnormalised = proposition51Step12(id: "haqo.prop5.1/step12.unnormalised", reading: "ρ^{π_old} = d^{π_old}/(1−γ) (unnormalised)", .unnormalised)
}
