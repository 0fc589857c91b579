import Foundation
import GSLKit
import MarkovGames

extension HAQOClaims {
    /// haqo Prop. 5.1 proof, eq. (74): the AM–GM inequality √δ ≤ 1/(2η) + (η/2)δ.
    static let proposition51Step18 = Claim(
        id: "haqo.prop5.1/step18", paper: .haqo, source: "Proposition 5.1 proof (App. A.6), eq. (74)",
        statement: "√δ ≤ 1/(2η) + (η/2) δ, for any η > 0.",
        hypotheses: "δ log-uniform in [1e-8, 1], η log-uniform in [1e-3, 1e3]",
        kind: .upperBound,
        check: ClaimCheck(family: InstanceFamily(
            description: "δ ∈ [1e-8, 1], η ∈ [1e-3, 1e3]",
            searchSpace: SearchSpace(scalars: ["delta": .interval(1e-8, 1), "eta": .positive])
        ) { rng in
            ClaimInstance(scalars: ["delta": exp(rng.uniform(log(1e-8), 0)), "eta": exp(rng.uniform(log(1e-3), log(1e3)))])
        }) { x in
            let delta = try x.scalar("delta"), eta = try x.scalar("eta")
            let rhs = 1 / (2 * eta) + eta / 2 * delta
            return Evaluation(measurements: [Measurement(lhs: delta.squareRoot(), .lessOrEqual, rhs: rhs,
                                                         tolerance: .roundoff(scale: rhs, operations: 4, what: "√δ and the right side"))])
        })
}
