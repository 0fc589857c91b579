import GSLKit

extension HAQOClaims {
    /// haqo Remark A.9, eq. (37), as printed: "α(π′,π) ≤ √(½ KL_max(π‖π′))" (Pinsker), and the
    /// other KL direction; TV and KL per state of the joint tables.
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
            },
            defaultInstances: 128)
    }

    static let equation37 = equation37(id: "haqo.remA.9.eq37", reading: "KL_max(π‖π′) as printed (old policy first)", reverse: false)
    static let equation37Reverse = equation37(id: "haqo.remA.9.eq37.reverseKL", reading: "KL_max(π′‖π) (the direction of eq. (62)–(63) for the pair (π_old, π_new) read the other way)", reverse: true)
}
