import GSLKit

extension HAQOClaims {
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
        })

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
        })

    static let equation37Statement = "By Pinsker's inequality, TV(p,q) ≤ √(½ KL(p‖q)), we obtain α(π′,π) ≤ √(½ KL_max(π‖π′)), with KL_max(π‖π′) := sup_s KL(π(·|s)‖π′(·|s))."

    static func equation37(id: String, reading: String, reverse: Bool) -> Claim {
        Claim(
            id: id, paper: .haqo, source: "Remark A.9 (App. A.5), eq. (37)",
            statement: equation37Statement, reading: reading,
            hypotheses: "random heterogeneous cooperative games; full-support joint policies π = 'pi', π′ = 'piPrime'",
            kind: .upperBound,
            check: ClaimCheck(family: HAQOFamilies.jointPair) { x in
                let c = try PolicyPairComparison(x)
                let nA = c.game.jointActionCount
                let kl = reverse ? try PolicyDivergences.kullbackLeibler(c.new, c.old, width: nA) : try PolicyDivergences.kullbackLeibler(c.old, c.new, width: nA)
                let klMax = kl.max()!
                return Evaluation(measurements: [Measurement(lhs: try c.maxTotalVariation, .lessOrEqual, rhs: (klMax / 2).squareRoot(),
                                                             tolerance: .roundoff(scale: 1, operations: 4 * nA, what: "TV and KL sums"), trivialBound: 1)],
                                  quantities: [NamedValue(reverse ? "KL_max(π′‖π)" : "KL_max(π‖π′)", klMax)])
            })
    }

    static let equation37 = equation37(id: "haqo.remA.9.eq37", reading: "KL_max(π‖π′) as printed (old policy first)", reverse: false)
    static let equation37Reverse = equation37(id: "haqo.remA.9.eq37.reverseKL", reading: "KL_max(π′‖π) (the direction of eq. (62)–(63) for the pair (π_old, π_new) read the other way)", reverse: true)
}
