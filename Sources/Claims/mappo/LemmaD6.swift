import Foundation
import GSLKit

extension MAPPOClaims {
    /// mappo, Lemma D.6, as printed: Q_π^{1:m}(s₀,π^{1:m}) ≥ min_{f∈F^m}(f(s₀,π^{1:m}) + λE^{1:m}(f,π)) − sqrt(C_F)/(1−γ) − λε_r,
    /// on the event of Lemma D.4 with its smallest ε_r, ε_r := E^{1:m}(f_π, π); a class with an offset e ≠ 0
    /// so that C_F > 0 and the sqrt(C_F) term matters. The minimum over the finite class is exact.
    static let lemmaD6 = Claim(
        id: "mappo.lemD.6", paper: .mappo, source: "Lemma D.6 (App. D)",
        statement: "For any conditional policy π: S × A^{m−1} → Δ(A), Q_π^{1:m}(s₀, π^{1:m}) ≥ min_{f∈F^m}(f(s₀, π^{1:m}) + λE^{1:m}(f, π)) − sqrt(C_F)/(1−γ) − λε_r.",
        reading: "on the event of Lemma D.4 with ε_r := E^{1:m}(f_π^{1:m}, π) on the same data set; C_F = max of the realizability and completeness constants of the class",
        hypotheses: "Section5Instances; F^m = {Q + e + c_j h_j} ∪ {Q + e}, e uniform in ±0.1/(1−γ), 32 members; one data set of n ∈ {100, 1000}; λ log-uniform in [0.1, 100].",
        kind: .lowerBound,
        check: ClaimCheck(family: Section5Instances.finiteClassFamily) { x in
            let s = try Section5Instances.Setup(x)
            let rng = RandomSource(seed: x.seed)
            let fClass = FiniteFunctionClass(setup: s, offset: 0.1, count: 31, rng.child("class"))
            let value = s.op.localizedMDP.stateValues(actionValues: s.q.tables[s.m], policy: s.prefixPolicy)[s.s0]
            var ms: [Measurement] = []
            for (i, n) in [100, 1000].enumerated() {
                let lambda = exp(rng.uniform(log(0.1), log(100)))
                let data = s.data(size: n, rng.child("data\(i)"))
                let objective = fClass.members.map { f in
                    s.op.localizedMDP.stateValues(actionValues: f, policy: s.prefixPolicy)[s.s0]
                        + lambda * fClass.bellmanError(f, data: data, prefixPolicy: s.prefixPolicy, gamma: s.game.gamma)
                }.min()!
                let epsilonR = fClass.bellmanError(fClass.members[fClass.best], data: data, prefixPolicy: s.prefixPolicy, gamma: s.game.gamma)
                let rhs = objective - fClass.constant.squareRoot() / (1 - s.game.gamma) - lambda * epsilonR
                ms.append(Measurement("n=\(n) λ=\(shortNumber(lambda))", lhs: value, .greaterOrEqual, rhs: rhs,
                                      tolerance: .discounted(s.game, scale: 1 / (1 - s.game.gamma), solves: 1, what: "Q_π^{1:m}")
                                        + .roundoff(scale: abs(objective) + lambda * epsilonR, operations: 200, what: "E over the class")))
            }
            return Evaluation(measurements: ms, quantities: [NamedValue("C_F", fClass.constant), NamedValue("realizability", fClass.realizability),
                                                             NamedValue("completeness", fClass.completeness)])
        })
}
