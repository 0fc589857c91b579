import Foundation
import GSLKit
import MarkovGames

extension HAQOClaims {
    /// haqo Prop. 5.1 proof, eq. (68), with c_m = 1/min_s ρ^{π_old}(s).
    static let proposition51Step15 = Claim(
        id: "haqo.prop5.1/step15", paper: .haqo, source: "Proposition 5.1 proof (App. A.6), eq. (68)",
        statement: "α(π_new^{i_m}, π_old^{i_m}) ≤ √(½ KL_max(π_old^{i_m}‖π_new^{i_m})) ≤ √(c_m δ_{i_m}/2).",
        reading: "c_m := 1/min_s ρ^{π_old}(s), δ = E_{s~ρ^{π_old}} KL(π_old‖π_new), ρ normalised",
        hypotheses: stepHypotheses, kind: .upperBound,
        check: ClaimCheck(family: HAQOFamilies.sequentialPair) { x in
            try SequentialSweep.evaluate(x) { round in
                var out: [(Measurement, [NamedValue])] = []
                for m in 1...round.agentCount {
                    let agent = round.order[m - 1], c = stateSupportConstant(round)
                    let klMax = try round.radius(agent: agent, .maxOldNew, visitation: .normalised)
                    let delta = try round.radius(agent: agent, .expectedOldNew, visitation: .normalised)
                    let tol = Tolerance.roundoff(scale: 1, operations: 32, what: "the TV and KL sums")
                    out.append((Measurement("m=\(m), Pinsker", lhs: try round.maxTotalVariation(agent: agent), .lessOrEqual, rhs: (klMax / 2).squareRoot(), tolerance: tol, trivialBound: 1), []))
                    out.append((Measurement("m=\(m), max-KL", lhs: (klMax / 2).squareRoot(), .lessOrEqual, rhs: (c * delta / 2).squareRoot(), tolerance: tol), []))
                }
                return out
            }
        },
        defaultInstances: 32)
}
