import GSLKit

extension HAQOClaims {
    /// haqo Lemma A.8 proof, eq. (33): "J(π′) − J(π) = E_{τ~π′}[Σ_{t≥0} γ^t A^π(s_t,a_t)]". Right side
    /// by propagating π′'s state law forward (no linear solve), truncated where γ^H/(1−γ) < 1e-17;
    /// left side from the exact evaluations.
    static let lemmaA8Step2 = Claim(
        id: "haqo.lemA.8/step2", paper: .haqo, source: "Lemma A.8 proof (App. A.5), eqs. (32)–(33)",
        statement: "J(π′) − J(π) = E_{τ~π′}[Σ_{t≥0} γ^t A^π(s_t, a_t)].",
        hypotheses: "random heterogeneous cooperative games (|S| ≤ 3, n ≤ 3, |A^i| ≤ 3, r ∈ [−1,1], γ ∈ {0.5, 0.9}); full-support joint policies π = 'pi', π′ = 'piPrime'",
        kind: .identity,
        check: ClaimCheck(family: HAQOFamilies.jointPair) { x in
            let c = try PolicyPairComparison(x)
            let path = DiscountedTrajectory(game: c.game, policy: c.new)
            let rhs = path.discountedSum(of: c.oldAdvantage, policy: c.new, actions: c.game.jointActionCount)
            let eps = c.maxAbsoluteAdvantage
            let tol = c.tolerance(what: "V^π, V^{π′}")
                + Tolerance(path.tailWeight * eps + Double(path.horizon) * 8 * Double.ulpOfOne * eps / (1 - c.gamma),
                            "truncation after H = \(path.horizon) steps (γ^H/(1−γ)·sup|A^π|) and round-off of the forward propagation")
            return Evaluation(measurements: [Measurement(lhs: c.returnGain, .equal, rhs: rhs, tolerance: tol)],
                              quantities: [NamedValue("J(π′) − J(π)", c.returnGain), NamedValue("horizon H", Double(path.horizon))])
        },
        defaultInstances: 128)
}
