import GSLKit

extension HAQOClaims {
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
        },
        defaultInstances: 128)
}
