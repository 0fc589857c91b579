import GSLKit

extension HAQOClaims {
    /// The display of Remark A.9 as printed.
    static let remarkA9Statement = "‖d^{π′} − d^π‖₁ ≤ 2γ/(1−γ) · α(π′, π), with α(π′, π) := sup_s TV(π′(·|s), π(·|s)) (36)."

    /// haqo Remark A.9, the distribution-mismatch bound (unnumbered display after (36)), as
    /// printed: "‖d^{π′} − d^π‖₁ ≤ 2γ/(1−γ)·α(π′,π)", d the normalised occupancy of (34). Left side
    /// from two occupancy solves, α computed per state. (The known result is
    /// ‖d^{π′} − d^π‖₁ ≤ 2γ/(1−γ)·E_{d^π} TV, Achiam et al. 2017, Lemma 3.)
    static let remarkA9 = Claim(
        id: "haqo.remA.9", paper: .haqo, source: "Remark A.9 (App. A.5), display after eq. (36)",
        statement: remarkA9Statement,
        reading: "d^π normalised as defined in eq. (34)",
        hypotheses: "random heterogeneous cooperative games (|S| ≤ 3, n ≤ 3, |A^i| ≤ 3, γ ∈ {0.5, 0.9}); full-support joint policies π = 'pi', π′ = 'piPrime'",
        kind: .upperBound,
        check: ClaimCheck(family: HAQOFamilies.jointPair) { x in
            let c = try PolicyPairComparison(x)
            let alpha = try c.maxTotalVariation
            return Evaluation(measurements: [Measurement(lhs: c.occupancyDistance, .lessOrEqual, rhs: 2 * c.gamma / (1 - c.gamma) * alpha,
                                                         tolerance: c.tolerance(what: "d^π, d^{π′}"), trivialBound: 2)],
                              quantities: [NamedValue("α(π′,π)", alpha), NamedValue("γ", c.gamma)])
        },
        defaultInstances: 128)

    /// The same display with both occupancies unnormalised, ρ^π = d^π/(1−γ) (eq. (143)'s
    /// convention); the text's "Lipschitz rate proportional to γ/(1−γ)²" is what this scaling gives.
    static let remarkA9Unnormalised = Claim(
        id: "haqo.remA.9.unnormalised", paper: .haqo, source: "Remark A.9 (App. A.5), display after eq. (36)",
        statement: remarkA9Statement,
        reading: "occupancies unnormalised, ρ^π = d^π/(1−γ) (the 'unnormalized occupancy' of eq. (143))",
        hypotheses: "random heterogeneous cooperative games; full-support joint policies π = 'pi', π′ = 'piPrime'",
        kind: .upperBound,
        check: ClaimCheck(family: HAQOFamilies.jointPair) { x in
            let c = try PolicyPairComparison(x)
            let alpha = try c.maxTotalVariation
            return Evaluation(measurements: [Measurement(lhs: c.occupancyDistance / (1 - c.gamma), .lessOrEqual, rhs: 2 * c.gamma / (1 - c.gamma) * alpha,
                                                         tolerance: c.tolerance(what: "d^π, d^{π′}"), trivialBound: 2 / (1 - c.gamma))],
                              quantities: [NamedValue("α(π′,π)", alpha), NamedValue("γ", c.gamma)])
        },
        defaultInstances: 512)
}
