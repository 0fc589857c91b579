import GSLKit

extension HAQOClaims {
    /// haqo Lemma A.8 proof, eqs. (34)–(35): d^{π′}(s) := (1−γ) Σ_t γ^t Pr(s_t = s | π′, d₀) is a
    /// probability measure and E_{τ~π′}[Σ_t γ^t f(s_t,a_t)] = 1/(1−γ) E_{s~d^{π′}} E_{a~π′}[f(s,a)]
    /// for every f. Checked on the indicators f = 1{(s,a)} (every f is a combination of them):
    /// the forward-propagated discounted visits against the LU occupancy, and Σ_s d^{π′}(s) = 1.
    static let lemmaA8Step3 = Claim(
        id: "haqo.lemA.8/step3", paper: .haqo, source: "Lemma A.8 proof (App. A.5), eqs. (34)–(35)",
        statement: "d^{π′}(s) := (1−γ) Σ_{t=0}^∞ γ^t Pr(s_t = s | π′, d₀) is a valid probability measure, and for any measurable f, E_{τ~π′}[Σ_{t≥0} γ^t f(s_t,a_t)] = 1/(1−γ) E_{s~d^{π′}} E_{a~π′(·|s)}[f(s,a)].",
        hypotheses: "random heterogeneous cooperative games; a full-support joint policy π′ = 'piPrime'; f ranges over the indicators of the state-action pairs",
        kind: .identity,
        check: ClaimCheck(family: HAQOFamilies.jointPair) { x in
            let c = try PolicyPairComparison(x)
            let g = c.game, nA = g.jointActionCount
            let path = DiscountedTrajectory(game: g, policy: c.new)
            let tol = Tolerance.discounted(g, scale: 1 / (1 - g.gamma), what: "d^{π′}")
                + Tolerance(path.tailWeight + Double(path.horizon) * 8 * Double.ulpOfOne / (1 - g.gamma),
                            "truncation after H = \(path.horizon) steps and round-off of the forward propagation")
            var out = [Measurement("Σ_s d^{π′}(s)", lhs: c.newOccupancy.reduce(0, +), .equal, rhs: 1,
                                   tolerance: .discounted(g, scale: 1, what: "d^{π′}"))]
            for s in 0..<g.stateCount {
                for a in 0..<nA {
                    out.append(Measurement("f = 1{s=\(s), a=\(a)}", lhs: path.discountedVisits[s] * c.new[s * nA + a], .equal,
                                           rhs: c.newOccupancy[s] * c.new[s * nA + a] / (1 - g.gamma), tolerance: tol))
                }
            }
            return Evaluation(measurements: out)
        },
        defaultInstances: 128)
}
