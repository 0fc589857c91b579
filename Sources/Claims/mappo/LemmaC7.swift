import Foundation
import GSLKit

extension MAPPOClaims {
    /// mappo, Lemma C.7 (pessimism), as printed: Q_π^{1:m}(s₀,π^{1:m}) ≥ min_{f∈F^m}(f(s₀,π^{1:m}) + λE^{1:m}(f,π)) − λε_r.
    /// ε_r is Lemma C.1's bound, whose constant is hidden; the check takes the smallest ε_r for which
    /// C.1's event holds on the data set, ε_r := E^{1:m}(Q_π^{1:m}, π), and any λ. The minimum over F^m is
    /// the certified quadratic program (its gap is the tolerance).
    static let lemmaC7 = Claim(
        id: "mappo.lemC.7", paper: .mappo, source: "Lemma C.7 (App. C.2)",
        statement: "For any conditional policy π: S × A^{m−1} → Δ(A), Q_π^{1:m}(s₀, π^{1:m}) ≥ min_{f∈F^m}(f(s₀, π^{1:m}) + λE^{1:m}(f, π)) − λε_r.",
        reading: "on the event of Lemma C.1 with ε_r := E^{1:m}(Q_π^{1:m}, π) on the same data set",
        hypotheses: "Section5Instances; one data set of n ∈ {100, 1000} samples; λ log-uniform in [0.1, 100]; one-hot F^m with the range box.",
        kind: .lowerBound,
        check: ClaimCheck(family: Section5Instances.family()) { x in
            let s = try Section5Instances.Setup(x)
            let rng = RandomSource(seed: x.seed)
            var ms: [Measurement] = [], qs: [NamedValue] = []
            for (i, n) in [100, 1000].enumerated() {
                let lambda = exp(rng.uniform(log(0.1), log(100)))
                let data = s.data(size: n, rng.child("data\(i)"))
                let p = RangeConstrainedPessimisticEvaluation(data: data, prefixPolicy: s.prefixPolicy, gamma: s.game.gamma, initialState: s.s0, lambda: lambda)
                let epsilonR = s.trueBellmanError(data)
                let value = s.op.localizedMDP.stateValues(actionValues: s.q.tables[s.m], policy: s.prefixPolicy)[s.s0]
                ms.append(Measurement("n=\(n) λ=\(shortNumber(lambda))", lhs: value, .greaterOrEqual, rhs: p.objective - lambda * epsilonR,
                                      tolerance: Tolerance(p.gap, "Frank–Wolfe gap of the quadratic program") + .roundoff(scale: value + lambda * epsilonR, operations: 200, what: "E and Φ")))
                let pessimistic = s.op.localizedMDP.stateValues(actionValues: p.estimate, policy: s.prefixPolicy)[s.s0]
                qs += [NamedValue("f̂(s₀,π) − J(π), n=\(n)", pessimistic - value), NamedValue("ε_r = E(Q_π), n=\(n)", epsilonR)]
            }
            return Evaluation(measurements: ms, quantities: qs)
        })
}
