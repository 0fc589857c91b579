import GSLKit

extension HAQOClaims {
    /// haqo Lemma A.10 proof, eq. (44): "‖d^{π′} − d^π‖₁ ≤ 2γ/(1−γ) sup_s TV(π′(·|s), π(·|s))"
    /// (the same inequality as Remark A.9's display, cited to Schulman et al. 2015).
    static let lemmaA10Step3 = Claim(
        id: "haqo.lemA.10/step3", paper: .haqo, source: "Lemma A.10 proof (App. A.5), eq. (44)",
        statement: "‖d^{π′} − d^π‖₁ ≤ 2γ/(1−γ) sup_s TV(π′(·|s), π(·|s)).",
        hypotheses: "random heterogeneous cooperative games; full-support joint policies π = 'pi', π′ = 'piPrime'; d normalised (34)",
        kind: .upperBound,
        check: ClaimCheck(family: HAQOFamilies.jointPair) { x in
            let c = try PolicyPairComparison(x)
            return Evaluation(measurements: [Measurement(lhs: c.occupancyDistance, .lessOrEqual, rhs: try 2 * c.gamma / (1 - c.gamma) * c.maxTotalVariation,
                                                         tolerance: c.tolerance(what: "d^π, d^{π′}"), trivialBound: 2)])
        },
        defaultInstances: 128)
}
