import Foundation
import GSLKit
import MarkovGames

extension HAQOClaims {
    /// haqo Thm. 5.4 proof, eq. (146): the zero baseline.
    static let theorem54Step6 = Claim(
        id: "haqo.thm5.4/step6", paper: .haqo, source: "Theorem 5.4 proof (App. A.9), eq. (146)",
        statement: "By construction of L^i (conditional increment has zero mean under the old π^i), L^i(π_(m−1)^i) = 0 for the step where only agent i moves.",
        reading: "L^{i_m} of (144) with ρ^{π_(m−1)} unnormalised",
        hypotheses: haqoStepHypotheses, kind: .identity,
        check: ClaimCheck(family: HAQOFamilies.haqoRound) { x in
            try haqoRadiusSweep(x) { setting, m in
                let round = setting.round
                return (Measurement(lhs: surrogate144(round, m, table: round.policies[m - 1].tables[round.order[m - 1]], .unnormalised), .equal, rhs: 0,
                                    tolerance: setting.exactTolerance), [])
            }
        })
}
