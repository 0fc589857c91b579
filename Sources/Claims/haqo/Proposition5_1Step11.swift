import Foundation
import GSLKit
import MarkovGames

extension HAQOClaims {
    /// haqo Prop. 5.1 proof, eq. (63), with the computable constant c_j = 1/min_s ρ^{π_old}(s).
    static let proposition51Step11 = Claim(
        id: "haqo.prop5.1/step11", paper: .haqo, source: "Proposition 5.1 proof (App. A.6), eq. (63)",
        statement: "Assumption A.3 and the finite state-support constant c_j tighten the expected-KL trust region into a max-KL bound: KL_max(π_old^{i_j}‖π_new^{i_j}) ≤ c_j δ_{i_j}.",
        reading: "c_j := 1/min_s ρ^{π_old}(s) (normalised ρ; c_j is not defined in the text) and δ_{i_j} = E_{s~ρ^{π_old}} KL(π_old^{i_j}‖π_new^{i_j})",
        hypotheses: stepHypotheses, kind: .upperBound,
        check: ClaimCheck(family: HAQOFamilies.sequentialPair) { x in
            try SequentialSweep.evaluate(x) { round in
                try perStep(round) { j in
                    let agent = round.order[j - 1], c = stateSupportConstant(round)
                    let delta = try round.radius(agent: agent, .expectedOldNew, visitation: .normalised)
                    return (Measurement(lhs: try round.radius(agent: agent, .maxOldNew, visitation: .normalised), .lessOrEqual, rhs: c * delta,
                                        tolerance: .roundoff(scale: c * delta, operations: 32, what: "the KL sums")),
                            [NamedValue("c_j", c), NamedValue("δ_{i_j}", delta)])
                }
            }
        },
        defaultInstances: 32)
}
