extension HAQOClaims {
    /// haqo Lemma A.8 (Multi-agent performance difference), eq. (30), as printed:
    /// "For any joint policies π, π′, J(π′) − J(π) = 1/(1−γ) E_{s~d^{π′}, a~π′}[A^π(s,a)]",
    /// d^{π′} the normalised discounted occupancy of eq. (34). Both sides from exact evaluations
    /// and one occupancy solve. A mathematical truth (Kakade–Langford): a failure would be a bug.
    static let lemmaA8 = Claim(
        id: "haqo.lemA.8", paper: .haqo, source: "Lemma A.8 (App. A.5), eq. (30)",
        statement: "For any joint policies π, π′, J(π′) − J(π) = 1/(1−γ) E_{s~d^{π′}, a~π′}[A^π(s,a)].",
        hypotheses: "random heterogeneous cooperative games (|S| ≤ 3, n ≤ 3, |A^i| ≤ 3, r ∈ [−1,1], γ ∈ {0.5, 0.9}); full-support joint policies π = 'pi', π′ = 'piPrime'; d^{π′} normalised (eq. (34))",
        kind: .identity,
        check: ClaimCheck(family: HAQOFamilies.jointPair) { x in
            let c = try PolicyPairComparison(x)
            let rhs = c.expectedAdvantage(under: c.newOccupancy) / (1 - c.gamma)
            return Evaluation(measurements: [Measurement(lhs: c.returnGain, .equal, rhs: rhs, tolerance: c.tolerance(what: "V^π, V^{π′}, d^{π′}"))],
                              quantities: [NamedValue("J(π′) − J(π)", c.returnGain), NamedValue("γ", c.gamma)])
        },
        defaultInstances: 128)
}
