import Foundation
import GSLKit
import MarkovGames

extension HAQOClaims {
    /// haqo Prop. 5.1 proof (App. A.6, Step 3), eq. (60), as printed: the drift of the occupancy after
    /// m−1 micro-updates against the accumulated max-TV of the updated agents. Both occupancies by LU.
    static func proposition51Step8(id: String, reading text: String, _ reading: VisitationReading) -> Claim {
        Claim(
            id: id, paper: .haqo, source: "Proposition 5.1 proof (App. A.6), eq. (60)",
            statement: "‖d^{(m−1)} − ρ^{π_old}‖₁ ≤ 2γ/(1−γ)² Σ_{j<m} α(π_(j), π_(j−1)).",
            reading: text, hypotheses: stepHypotheses, kind: .upperBound,
            check: ClaimCheck(family: HAQOFamilies.sequentialPair) { x in
                try SequentialSweep.evaluate(x) { round in
                    try perStep(round) { m in
                        let g = round.game.gamma
                        let sum = try (1..<m).reduce(0) { try $0 + round.jointMaxTotalVariation(step: $1) }
                        return (Measurement(lhs: mismatchDistance(round, m, reading), .lessOrEqual, rhs: 2 * g / ((1 - g) * (1 - g)) * sum,
                                            tolerance: round.tolerance(what: "d^{(m−1)}, d^{π_old}"), trivialBound: reading == .normalised ? 2 : nil),
                                [NamedValue("Σ_{j<m} α_j", sum)])
                    }
                }
            },
            defaultInstances: 32)
    }

    static let proposition51Step8 = proposition51Step8(id: "haqo.prop5.1/step8", reading: "ρ^{π_old} normalised", .normalised)

    static let proposition51Step8Unnormalised = proposition51Step8(id: "haqo.prop5.1/step8.unnormalised", reading: "ρ^{π_old} = d^{π_old}/(1−γ) (unnormalised), d^{(m−1)} normalised", .unnormalised)
}
