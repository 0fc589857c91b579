import Foundation

extension DDPLClaims {
    /// ddpl, Lemma B.2 (App. B.2.1), eq. (37), as printed, on the one-parameter class s^θ = θ g,
    /// g(x) = min(max(|x| − c_b, 0), 1), |θ| ≤ c₂ (`WeightedLossClass` with θ₂ = 0).
    ///
    /// With the footnote's cover (sup over τ and a in the support) every field of the class is 0 on A, so
    /// C(S_Θ, κ) = 1 and Assumption B.1(ii) holds with c₁ = 1 for κ ≤ 1 (for κ > c₁ its right side
    /// c₁ log(c₁/κ) is negative and no class satisfies it; the check uses κ ≤ c₁). The left side is bounded
    /// below by a packing: points of an 801-point grid of θ, pairwise more than 2κ apart in the sup
    /// distance of f^θ over 101 points of A (an underestimate of the true distance, so the packing is
    /// valid), cannot share a ball of radius κ: C(F_Θ, κ) ≥ packing size.
    static let lemmaB2 = Claim(
        id: "ddpl.lemB.2", paper: .ddpl, source: "Lemma B.2 (App. B.2.1), eq. (37); Assumption B.1(ii) and its footnote",
        statement: "Consider the setting of Theorem 4.1 and notations in Equation 25. The κ-covering number of F_Θ = {f^θ(·) = w(·)l^θ(·) : θ ∈ Θ}, denoted by C(F_Θ, κ), satisfies log C(F_Θ, κ) ≤ c_1 log(3(c' + c'')c_1c_2c_w(1 + c_b + 2√d) log H/κ) (37).",
        reading: "covers as in the footnote of Assumption B.1(ii) (sup over τ ∈ [H] and a in the support); c₁ = 1, the smallest constant for which B.1(ii) holds on κ ∈ (0, c₁] for this class; κ over a geometric grid of (0, 3(c'+c'')c₁c₂c_w(1+c_b+2√d) log H]",
        hypotheses: "d = 1; one-parameter class θ·g with |θ| ≤ c₂ (linear growth with c₂); ISSM problems and schedule (24) as in ddpl.lemB.2/step1",
        kind: .upperBound,
        check: ClaimCheck(family: coveringFamily) { x in
            let c = try weightedLossClass(x)
            let c1 = 1.0, k = c.factor * c1
            let grid = (0...800).map { -c.c2 + 2 * c.c2 * Double($0) / 800 }
            // f^θ on the points of A, one row per grid θ.
            let rows = grid.map { theta in c.loss.points.indices.map { c.loss.weights[$0] * c.loss.loss((theta, 0), at: $0) } }
            let distance = { (i: Int, j: Int) in zip(rows[i], rows[j]).reduce(0.0) { max($0, abs($1.0 - $1.1)) } }
            let diameter = distance(0, grid.count - 1)
            var measurements: [Measurement] = [], packings: [Double] = []
            var kappa = k
            // Down to the scale where a packing would need a finer grid of θ than 801 points.
            while packings.last.map({ $0 < Double(grid.count) / 8 }) ?? true {
                var chosen: [Int] = []
                for i in grid.indices where chosen.allSatisfy({ distance($0, i) > 2 * kappa }) { chosen.append(i) }
                packings.append(Double(chosen.count))
                measurements.append(Measurement("κ = \(shortNumber(kappa))", lhs: log(Double(chosen.count)), .lessOrEqual, rhs: c1 * log(k / kappa),
                                                tolerance: .roundoff(scale: log(k / kappa) + 1, operations: 8, what: "the logs")))
                kappa /= 4
            }
            return Evaluation(
                measurements: measurements,
                quantities: [NamedValue("c₁", c1), NamedValue("3(c'+c'')c₁c₂c_w(1+c_b+2√d) log H", k), NamedValue("diameter of F_Θ (sup distance)", diameter),
                             NamedValue("c_w", c.cw), NamedValue("c_b", c.bound), NamedValue("largest packing", packings.max() ?? 0)],
                notes: ["Assumption B.1(ii) as printed (all κ > 0) cannot hold for any class: for κ > c₁ its right side is negative"])
        })
}
