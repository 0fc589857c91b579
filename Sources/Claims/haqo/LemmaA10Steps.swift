import GSLKit

extension HAQOClaims {
    /// haqo Lemma A.10 proof, eqs. (40), (45): "J(π′) − J(π) = 1/(1−γ) E_{d^π}[A^π] + 1/(1−γ)(E_{d^{π′}}[A^π] − E_{d^π}[A^π])"
    /// (actions from π′), an insert-and-subtract identity on Lemma A.8.
    static let lemmaA10Step1 = Claim(
        id: "haqo.lemA.10/step1", paper: .haqo, source: "Lemma A.10 proof (App. A.5), eqs. (39)–(40), (45)",
        statement: "J(π′) − J(π) = 1/(1−γ) E_{d^π}[A^π] + 1/(1−γ) (E_{d^{π′}}[A^π] − E_{d^π}[A^π]).",
        hypotheses: "random heterogeneous cooperative games; full-support joint policies π = 'pi', π′ = 'piPrime'; a ~ π′ in every expectation",
        kind: .identity,
        check: ClaimCheck(family: HAQOFamilies.jointPair) { x in
            let c = try PolicyPairComparison(x)
            let base = c.expectedAdvantage(under: c.oldOccupancy), shifted = c.expectedAdvantage(under: c.newOccupancy)
            return Evaluation(measurements: [Measurement(lhs: c.returnGain, .equal, rhs: base / (1 - c.gamma) + (shifted - base) / (1 - c.gamma),
                                                         tolerance: c.tolerance(what: "V^π, V^{π′}, d^π, d^{π′}"))])
        })

    /// haqo Lemma A.10 proof, eqs. (42)–(43): "|E_{d^{π′}}[A^π] − E_{d^π}[A^π]| ≤ ‖d^{π′} − d^π‖₁ · ε" (Hölder).
    static let lemmaA10Step2 = Claim(
        id: "haqo.lemA.10/step2", paper: .haqo, source: "Lemma A.10 proof (App. A.5), eqs. (41)–(43)",
        statement: "|E_{d^{π′}}[A^π] − E_{d^π}[A^π]| ≤ ‖d^{π′} − d^π‖₁ · ε, ε = sup_{s,a}|A^π(s,a)|.",
        hypotheses: "random heterogeneous cooperative games; full-support joint policies π = 'pi', π′ = 'piPrime'",
        kind: .upperBound,
        check: ClaimCheck(family: HAQOFamilies.jointPair) { x in
            let c = try PolicyPairComparison(x)
            let diff = abs(c.expectedAdvantage(under: c.newOccupancy) - c.expectedAdvantage(under: c.oldOccupancy))
            return Evaluation(measurements: [Measurement(lhs: diff, .lessOrEqual, rhs: c.occupancyDistance * c.maxAbsoluteAdvantage,
                                                         tolerance: c.tolerance(what: "d^π, d^{π′}, A^π"))],
                              quantities: [NamedValue("‖d′ − d‖₁", c.occupancyDistance), NamedValue("ε", c.maxAbsoluteAdvantage)])
        })

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
        })

    /// haqo Lemma A.10 proof, eq. (46): "1/(1−γ)·|E_{d^{π′}}[A^π] − E_{d^π}[A^π]| ≤ 1/(1−γ)·ε·(2γ/(1−γ))·2α(π′,π)",
    /// the step that multiplies (44) by 2 again ("we used ‖p − q‖₁ = 2TV").
    static let lemmaA10Step4 = Claim(
        id: "haqo.lemA.10/step4", paper: .haqo, source: "Lemma A.10 proof (App. A.5), eqs. (46)–(47)",
        statement: "The second term is bounded in absolute value by 1/(1−γ) · ε · ‖d^{π′} − d^π‖₁ ≤ 1/(1−γ) · ε · 2γ/(1−γ) · 2α(π′,π), giving the penalty 4γ/(1−γ)² ε α(π′,π).",
        hypotheses: "random heterogeneous cooperative games; full-support joint policies π = 'pi', π′ = 'piPrime'",
        kind: .upperBound,
        check: ClaimCheck(family: HAQOFamilies.jointPair) { x in
            let c = try PolicyPairComparison(x)
            let second = abs(c.expectedAdvantage(under: c.newOccupancy) - c.expectedAdvantage(under: c.oldOccupancy)) / (1 - c.gamma)
            let bound = try 4 * c.gamma / ((1 - c.gamma) * (1 - c.gamma)) * c.maxAbsoluteAdvantage * c.maxTotalVariation
            return Evaluation(measurements: [Measurement(lhs: second, .lessOrEqual, rhs: bound, tolerance: c.tolerance(what: "d^π, d^{π′}, A^π"))],
                              quantities: [NamedValue("ε", c.maxAbsoluteAdvantage), NamedValue("α", try c.maxTotalVariation)])
        })
}
