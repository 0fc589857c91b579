import Foundation
import GSLKit

extension MAPPOClaims {
    /// mappo, Lemma D.4, as printed (schematic OCR): E^{1:m}(f_π^{1:m}, π) ≤ O(log(|F||Π|/δ)/(n(1−γ)²)) + C_F
    /// w.p. ≥ 1 − δ. Checked on a finite class that is realizable and complete (C_F = 0) with 32
    /// members: y(n) = 90% quantile over 40 data sets of E(f_π, π); log(|F||Π|/δ) is constant in n;
    /// claimed slope ≤ −1.
    static let lemmaD4 = Claim(
        id: "mappo.lemD.4", paper: .mappo, source: "Lemma D.4 (App. D), after Xie et al. 2021",
        statement: "For any m ∈ N, π ∈ Π^m, let f_π^{1:m} = argmin_{f∈F^m} sup_{admissible ν} ‖f − T_π^{1:m}f‖²_{2,ν}; with probability at least 1 − δ, it holds E^{1:m}(f_π^{1:m}, π) ≤ O(log(|F||Π^m|/δ)/(n(1−γ)²)) + C_F, where we note that |Π^m| ≤ |F^m|^K from (17).",
        reading: "hidden constant, C_F = 0 (a realizable and complete finite class): the (1−δ)-quantile decays at least like 1/n",
        hypotheses: "Section5Instances; F^m = {Q_π^{1:m}} ∪ {Q_π^{1:m} + c_j h_j : j = 1…31} with Σ_b π^{1:m}(b|s)h_j(s,b) = 0 (T_π maps every member to Q_π, so C_F = 0), |f| ≤ 1/(1−γ); δ = 0.1; n ∈ {100…10000}, 40 data sets each.",
        kind: .rate,
        check: ClaimCheck(family: Section5Instances.finiteClassFamily) { x in
            let s = try Section5Instances.Setup(x)
            let rng = RandomSource(seed: x.seed)
            let fClass = FiniteFunctionClass(setup: s, offset: 0, count: 31, rng.child("class"))
            let ys = Section5Instances.sizes.map { n in
                Section5Instances.quantile((0..<40).map { r in
                    fClass.bellmanError(fClass.members[fClass.best], data: s.data(size: n, rng.child("n\(n) #\(r)")), prefixPolicy: s.prefixPolicy, gamma: s.game.gamma)
                }, level: 0.9)
            }
            return Evaluation(rate: RateObservation(x: Section5Instances.sizes.map(Double.init), y: ys, claimedExponent: -1, kind: .atMost,
                                                    xLabel: "n", yLabel: "q₀.₉ E(f_π, π)"),
                              quantities: [NamedValue("C_F", fClass.constant), NamedValue("|F|", Double(fClass.members.count))])
        })

    /// mappo, Lemma D.5, as printed (schematic OCR): if E^{1:m}(f, π) ≤ ε then w.p. ≥ 1 − δ
    /// ‖f − T_π^{1:m} f‖_{2,μ} ≤ O((1/(1−γ))sqrt(K log(|F|/δ)/n)) + sqrt(C_F) + √ε. On the realizable and
    /// complete class (C_F = 0), uniformly over its members with ε = E(f, π): y(n) = 90% quantile over 40
    /// data sets of max_f (‖f − Tf‖_{2,μ} − √E(f)); claimed slope ≤ −1/2.
    static let lemmaD5 = Claim(
        id: "mappo.lemD.5", paper: .mappo, source: "Lemma D.5 (App. D), after Xie et al. 2021",
        statement: "For any m ∈ N, π ∈ Π^m, f ∈ F^m, if E^{1:m}(f, π) ≤ ε, with probability at least 1 − δ it holds ‖f − T_π^{1:m} f‖_{2,μ} ≤ O((1/(1−γ)) sqrt(K log(|F|/δ)/n)) + sqrt(C_F) + √ε.",
        reading: "hidden constant, C_F = 0, ε = E(f, π), worst member of F: the excess decays at least like n^{−1/2}",
        hypotheses: "As mappo.lemD.4.",
        kind: .rate,
        check: ClaimCheck(family: Section5Instances.finiteClassFamily) { x in
            let s = try Section5Instances.Setup(x)
            let rng = RandomSource(seed: x.seed)
            let fClass = FiniteFunctionClass(setup: s, offset: 0, count: 31, rng.child("class"))
            let population = s.population
            let residuals = fClass.members.map { population.norm(Vector.difference($0, fClass.image)) }
            let ys = Section5Instances.sizes.map { n in
                Section5Instances.quantile((0..<40).map { r in
                    let data = s.data(size: n, rng.child("n\(n) #\(r)"))
                    return fClass.members.indices.map { i in
                        residuals[i] - fClass.bellmanError(fClass.members[i], data: data, prefixPolicy: s.prefixPolicy, gamma: s.game.gamma).squareRoot()
                    }.max()!
                }, level: 0.9)
            }
            return Evaluation(rate: RateObservation(x: Section5Instances.sizes.map(Double.init), y: ys, claimedExponent: -0.5, kind: .atMost,
                                                    xLabel: "n", yLabel: "q₀.₉ max_f(‖f−Tf‖_{2,μ} − √E(f))"),
                              quantities: [NamedValue("C_F", fClass.constant), NamedValue("|F|", Double(fClass.members.count))])
        })

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

    /// mappo, Theorem D.7: registered, not checkable as a whole (reason below).
    static let theoremD7 = Claim(
        notCheckable: "mappo.thmD.7", paper: .mappo, source: "Theorem D.7 (App. D)",
        statement: "Recall the definition of ε_r (18), for the output policy π̄ attained by Algorithm 4 in a fully cooperative Markov game, set η = (1−γ)sqrt(log|A|/K) and λ = (1−γ)⁻¹ε_r^{−2/3}. After K iterations, w.p. at least 1 − δ we have J(π*) − J(π̄) ≤ O((N/(1−γ)²)sqrt(log|A|/K) + (sqrt(C_μ^{d_{π*}})/(1−γ))(ε_r^{1/3} + sqrt(K log(|F|/δ)/n)/(1−γ) + sqrt(C_F)) + sqrt(C_F)/(1−γ)).",
        reason: "The O(·) bound carries the realizability/completeness constant C_F of Assumptions D.2–D.3, a supremum over the policy class Π^m of (17), which Algorithm 4 generates from the class F itself over K iterations (|Π^m| ≤ |F|^K). A finite F closed under T_π for every such π cannot be written down in advance, so C_F > 0 puts a floor with an unknown constant under the bound: neither its value (hidden constants) nor its slope in K or n can be compared with a run. Its parts are checked elsewhere: the optimisation term by mappo.thm5.5/step3 and step3.population (Term I, the same Lemma C.6 argument), the statistical lemmas by mappo.lemD.4, mappo.lemD.5 (rates on a closed finite class, C_F = 0) and mappo.lemD.6 (the pessimism inequality with C_F > 0), and the end-to-end shape by mappo.thm5.5 (linear F, C_F = 0).")
}
