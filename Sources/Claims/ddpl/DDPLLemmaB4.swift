import Foundation

extension DDPLClaims {
    static let lemmaB4Statement = "Suppose H ≥ 3c'' log H. Then the schedule specified in eq. (24) satisfies Σ_{τ=1}^H β_τ/(α_τ(1 − ᾱ_τ)) ≤ (3/2)(c' + c'') log H."

    static func lemmaB4Evaluation(_ x: ClaimInstance) throws -> Evaluation {
        let (s, h, c1, c2) = try schedule(of: x)
        let rhs = 1.5 * (c1 + c2) * log(Double(h))
        return Evaluation(
            measurements: [Measurement("Σ β/(α(1−ᾱ))", lhs: s.lemmaB4Sum, .lessOrEqual, rhs: rhs,
                                       tolerance: .roundoff(scale: s.lemmaB4Sum, operations: 8 * h, what: "the H-term sum and the products ᾱ_τ"))],
            quantities: [NamedValue("Σ β/(α(1−ᾱ))", s.lemmaB4Sum), NamedValue("(3/2)(c'+c'') log H", rhs)]
                + scheduleQuantities(s, h: h, cPrime: c1, cDoublePrime: c2))
    }

    /// ddpl, Lemma B.4 (App. B.2.1), eq. (44), as printed: the only stated condition is H ≥ 3c'' log H; c',
    /// c'' are otherwise free ("sufficiently large" in the definition of the schedule, eq. 24, without a value).
    static let lemmaB4 = Claim(
        id: "ddpl.lemB.4", paper: .ddpl, source: "Lemma B.4 (App. B.2.1), eq. (44)",
        statement: lemmaB4Statement,
        reading: "as printed: c', c'' > 0 arbitrary, H ≥ 2 with H ≥ 3c'' log H",
        hypotheses: "schedule (24) exactly; c', c'', H as in the family; the sum in floating point",
        kind: .upperBound,
        check: ClaimCheck(family: scheduleFamily()) { x in try lemmaB4Evaluation(x) },
        defaultInstances: 24)

    /// ddpl, Lemma B.4 with the condition its proof uses in the last step, 1 ≤ ½c' log H, added.
    static let lemmaB4ProofCondition = Claim(
        id: "ddpl.lemB.4.proofCondition", paper: .ddpl, source: "Lemma B.4 (App. B.2.1), eqs. (44), (46)(ii)",
        statement: lemmaB4Statement,
        reading: "with the extra condition 1 ≤ ½c' log H that step (ii) of eq. (46) needs",
        hypotheses: "schedule (24) exactly; c', c'', H as in the family (both conditions)",
        kind: .upperBound,
        check: ClaimCheck(family: scheduleFamily(proofCondition: true)) { x in try lemmaB4Evaluation(x) },
        defaultInstances: 24)

    /// ddpl, Lemma B.4 with "sufficiently large constants c', c''" (eq. 24) read as c', c'' ≥ 1.
    static let lemmaB4UnitConstants = Claim(
        id: "ddpl.lemB.4.unitConstants", paper: .ddpl, source: "Lemma B.4 (App. B.2.1), eq. (44); schedule eq. (24)",
        statement: lemmaB4Statement,
        reading: "\"sufficiently large constants c', c''\" of eq. (24) read as c', c'' ≥ 1; otherwise as printed (H ≥ 3c'' log H)",
        hypotheses: "schedule (24) exactly; c', c'' log-uniform in [1, 8]; H ≥ 3c'' log H",
        kind: .upperBound,
        check: ClaimCheck(family: scheduleFamily(smallest: 1)) { x in try lemmaB4Evaluation(x) },
        defaultInstances: 24)
}
