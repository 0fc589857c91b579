import Foundation
import GSLKit
import MarkovGames

extension HAQOClaims {
    /// haqo Prop. 5.1 proof (App. A.6, Step 5), eq. (73), as printed: the surrogate gain grows at least
    /// linearly in δ. κ is existential, so the check is the sign of ΔL.
    static func proposition51Step17(id: String, reading text: String, naturalGradient: Bool) -> Claim {
        Claim(
            id: id, paper: .haqo, source: "Proposition 5.1 proof (App. A.6), eqs. (72)–(73)",
            statement: "By convexity and smoothness assumptions (Assumption A.3), the surrogate gain grows at least linearly in δ_{i_m}: L^{i_m}(π_new^{i_m}) − L^{i_m}(π_old^{i_m}) ≥ κ_{i_m} δ_{i_m}, for some curvature constant κ_{i_m} > 0 depending on the natural gradient direction.",
            reading: text + "; κ > 0 is existential, so the check is ΔL ≥ 0 (with δ > 0, some κ > 0 works iff ΔL > 0; the ratio ΔL/δ, the largest admissible κ, is reported); ρ normalised, Δ_m from Q^{π_(m−1)}",
            hypotheses: commonHypotheses + (naturalGradient ? "sequential natural-gradient steps, η ∈ {3, …, 3e-4}" : "geometric update path towards 'target', t ∈ {1, …, 1e-4}") + "; every permutation and step m",
            kind: .lowerBound,
            check: ClaimCheck(family: naturalGradient ? HAQOFamilies.oldPolicy : HAQOFamilies.sequentialPair) { x in
                let body: (SequentialRound) throws -> [(Measurement, [NamedValue])] = { round in
                    try perStep(round) { m in
                        let delta = try round.radius(agent: round.order[m - 1], .expectedOldNew, visitation: .normalised)
                        let gain = round.surrogateGain(position: m, visitation: .normalised, critic: .current)
                        return (Measurement(lhs: gain, .greaterOrEqual, rhs: 0, tolerance: round.tolerance(what: "Δ_m")),
                                [NamedValue("ΔL", gain), NamedValue("δ", delta), NamedValue("ΔL/δ (the largest κ this step allows)", delta > 0 ? gain / delta : .infinity)])
                    }
                }
                return naturalGradient ? try SequentialSweep.evaluateNaturalGradient(x, body) : try SequentialSweep.evaluate(x, body)
            },
            defaultInstances: 32)
    }

    static let proposition51Step17 = proposition51Step17(id: "haqo.prop5.1/step17", reading: "the update along the natural-gradient direction the proof names", naturalGradient: true)

    static let proposition51Step17AnyStep = proposition51Step17(id: "haqo.prop5.1/step17.anyStep", reading: "any update inside the trust region (the proposition's hypothesis)", naturalGradient: false)
}
