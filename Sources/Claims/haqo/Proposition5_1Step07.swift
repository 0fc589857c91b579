import Foundation
import GSLKit
import MarkovGames

extension HAQOClaims {
    /// haqo Prop. 5.1 proof (App. A.6, Step 3), eq. (59), as printed: Hölder's bound on the state
    /// mismatch. Both sides exact; ρ^{π_old} under each reading (d^{(m−1)} is normalised in (55)).
    static func proposition51Step7(id: String, reading text: String, _ reading: VisitationReading) -> Claim {
        Claim(
            id: id, paper: .haqo, source: "Proposition 5.1 proof (App. A.6), eq. (59)",
            statement: "|Δ_mismatch^{(m)}| ≤ ‖d^{(m−1)} − ρ^{π_old}‖₁ · 2R_max/(1−γ).",
            reading: text, hypotheses: stepHypotheses, kind: .upperBound,
            check: ClaimCheck(family: HAQOFamilies.sequentialPair) { x in
                try SequentialSweep.evaluate(x) { round in
                    perStep(round) { m in
                        let d = mismatchDistance(round, m, reading), r = HAQOGames.rewardBound(round.game)
                        return (Measurement(lhs: abs(mismatch(round, m, reading)), .lessOrEqual, rhs: d * 2 * r / (1 - round.game.gamma),
                                            tolerance: round.tolerance(what: "Q, d of π_(m−1), d^{π_old}")),
                                [NamedValue("‖d^(m−1) − ρ^old‖₁", d)])
                    }
                }
            },
            defaultInstances: 32)
    }

    static let proposition51Step7 = proposition51Step7(id: "haqo.prop5.1/step7", reading: "ρ^{π_old} normalised", .normalised)

    static let proposition51Step7Unnormalised = proposition51Step7(id: "haqo.prop5.1/step7.unnormalised", reading: "ρ^{π_old} = d^{π_old}/(1−γ) (unnormalised), d^{(m−1)} normalised as in (55)", .unnormalised)
}
