import ExactSolvers
import GSLKit

extension MAPPOClaims {
    /// mappo, Def. 3.2: uniqueness of the fixed point, through the contraction ‖T f − T g‖∞ ≤ γ‖f − g‖∞
    /// (the "straightforward" argument, as for the single-agent operator), on random f, g.
    static let definition32Step1 = Claim(
        id: "mappo.def3.2/step1", paper: .mappo, source: "Definition 3.2 (Sec. 3.1), uniqueness",
        statement: "T_π^{1:m} is a γ-contraction in the sup-norm: ‖T_π^{1:m} f − T_π^{1:m} g‖∞ ≤ γ‖f − g‖∞ (hence its fixed point is unique).",
        hypotheses: "PolicyInstances; every m = 1…N; f, g with i.i.d. N(0, 1/(1−γ)²) entries drawn from the instance seed.",
        kind: .upperBound,
        check: ClaimCheck(family: PolicyInstances.family) { x in
            let g = try x.requireGame(), pi = try PolicyInstances.policy(x)
            let rng = RandomSource(seed: x.seed).child("f,g")
            let layout = PrefixLayout(game: g)
            var ms: [Measurement] = []
            for m in 1...g.agentCount {
                let t = MultiAgentBellmanOperator(game: g, policy: pi, prefixLength: m)
                let n = layout.entries(prefix: m), sd = 1 / (1 - g.gamma)
                let f = (0..<n).map { _ in rng.normal(standardDeviation: sd) }, h = (0..<n).map { _ in rng.normal(standardDeviation: sd) }
                let lhs = Vector.infinityNorm(Vector.difference(t.apply(f), t.apply(h)))
                let gap = Vector.infinityNorm(Vector.difference(f, h))
                ms.append(Measurement("m=\(m)", lhs: lhs, .lessOrEqual, rhs: g.gamma * gap,
                                      tolerance: .roundoff(scale: gap, operations: 4 * g.stateCount * layout.counts[m], what: "two applications of T")))
            }
            return Evaluation(measurements: ms)
        })
}
