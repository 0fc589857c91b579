import ExactSolvers
import GSLKit
import Learners
import MarkovGames

extension MAPPOClaims {
    /// mappo, Remark 5.2, as printed: "Under the definition [5.1], for any m ∈ N and policy π, there
    /// must exist a parameter w ∈ ℝ^d that satisfies Q_π^{1:m}(s,a^{1:m}) = ϕ(s,a^{1:m})ᵀw." Left side:
    /// the least-squares distance min_w ‖Φw − Q_π^{1:m}‖₂ over all (s,a^{1:m}) for features ϕ as Def. 5.1
    /// allows them (‖ϕ‖ ≤ 1, any d); right side 0. With d < |S|·|A|^m the remark is a premise, not a
    /// consequence of the definition; the check says whether generic features meet it.
    static let remark52 = Claim(
        id: "mappo.rem5.2", paper: .mappo, source: "Remark 5.2 (Sec. 5), after Definition 5.1",
        statement: "Under the definition, for any m ∈ N and policy π, there must exist a parameter w ∈ ℝ^d that satisfies Q_π^{1:m}(s,a^{1:m}) = ϕ(s,a^{1:m})ᵀw.",
        hypotheses: "PolicyInstances (random game, random π) with random Gaussian features of dimension d ∈ 1…|S|·P_m − 1 for a random agent m (‖ϕ‖ ≤ 1, Def. 5.1); the distance by GSL least squares.",
        kind: .identity,
        check: ClaimCheck(family: InstanceFamily(
            description: "random cooperative games, random autoregressive π, random features of dimension d < |S|·|A|^m for a random m"
        ) { rng in
            var x = try PolicyInstances.family.sample(rng)
            let g = try x.requireGame()
            let layout = PrefixLayout(game: g)
            let m = rng.integer(in: 1...layout.agentCount), n = layout.entries(prefix: m)
            let d = rng.integer(in: 1...(n - 1))
            x.integers = ["agent": m, "dimension": d]
            x.vectors = ["phi": (0..<(n * d)).map { _ in rng.normal() }]
            return x
        }) { x in
            let g = try x.requireGame(), pi = try PolicyInstances.policy(x)
            let layout = PrefixLayout(game: g)
            let m = try x.integer("agent"), d = try x.integer("dimension")
            var dims = [Int](repeating: 1, count: layout.agentCount), raw = (1...layout.agentCount).map { [Double](repeating: 0, count: layout.entries(prefix: $0)) }
            dims[m - 1] = d
            raw[m - 1] = try x.vector("phi")
            let features = LogLinearFeatures(layout: layout, dimensions: dims, raw: raw)
            let q = try LocalizedActionValues(game: g, policy: pi).tables[m]
            let fit = try LinearLeastSquares(design: Matrix(rows: q.count, columns: d, storage: features.maps[m - 1].vectors), y: q)
            let scale = Vector.twoNorm(q)
            return Evaluation(measurements: [Measurement("min_w ‖Φw − Q^{1:m}‖₂", lhs: fit.residualSumOfSquares.squareRoot(), .equal, rhs: 0,
                                                         tolerance: .roundoff(scale: scale, operations: 16 * q.count * d, what: "an SVD least-squares fit"))],
                              quantities: [NamedValue("d", Double(d)), NamedValue("|S|·|A|^m", Double(q.count)), NamedValue("‖Q^{1:m}‖₂", scale)])
        })
}
