import GSLKit

extension HAQOClaims {
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
        },
        defaultInstances: 128)
}
