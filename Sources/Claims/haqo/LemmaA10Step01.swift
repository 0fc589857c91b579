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
        },
        defaultInstances: 128)
}
