import Foundation
import GSLKit
import MarkovGames

extension HAQOClaims {
    /// haqo Thm. 5.4 proof (App. A.9), eq. (143), first equality, on the micro-updates of HAQO rounds.
    static let theorem54Step1 = Claim(
        id: "haqo.thm5.4/step1", paper: .haqo, source: "Theorem 5.4 proof (App. A.9), eq. (143), equality",
        statement: "For any two joint policies π′ and π, J(π′) − J(π) = 1/(1−γ) E_{s~d^{π′}} E_{a~π′}[A_π(s,a)], d^{π′} the (normalized) discounted occupancy of π′.",
        hypotheses: haqoStepHypotheses + "; (π, π′) = (π_(m−1), π_(m))", kind: .identity,
        check: ClaimCheck(family: HAQOFamilies.haqoRound) { x in
            try haqoRadiusSweep(x) { setting, m in
                let round = setting.round
                let rhs = PolicyDivergences.average(round.expectedAdvantage(step: m), under: round.occupancies[m]) / (1 - round.game.gamma)
                return (Measurement(lhs: stepGain(round, m), .equal, rhs: rhs, tolerance: setting.exactTolerance), [])
            }
        })
}
