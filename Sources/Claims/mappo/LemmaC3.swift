import ExactSolvers
import Foundation
import GSLKit

extension MAPPOClaims {
    /// mappo, Lemma C.3 and the sentence before it, as used in Thm. 5.5's proof: "at every iteration k
    /// of Algorithm 2, there exists a Markov game M_k whose multi-agent value function is exactly f_k^m,
    /// m ∈ N", with the dynamics of M and reward R_k. In one game M_k the localized values under π_k
    /// satisfy Q^{1:m} = E_{ã~π_k^{m+1:N}} Q^{1:N}, so f_k^m = E_{ã} f_k^N must hold for every m (R_k is then
    /// (I − γP^{π_k})f_k^N). Left side: max_m max_{(s,a^{1:m})} |f_k^m − E_{ã~π_k^{m+1:N}} f_k^N| after one
    /// iteration of Alg. 2 from a random π with n = 1000 samples per agent; right side 0.
    static let lemmaC3 = Claim(
        id: "mappo.lemC.3", paper: .mappo, source: "Lemma C.3 (App. C.2) and the sentence before it",
        statement: "In the following lemma, we show that at every iteration k of Algorithm 2, there exists a Markov game M_k whose multi-agent value function is exactly f_k^m, m ∈ N. Moreover, the transition dynamics of M_k are the same as those of the original M. Lemma C.3: At each iteration k, there exists a Markov game M_k that has the same dynamics as original M. Let the reward function of M_k be R_k, then ‖R_k^{1:m}(s,a^{1:m}) − R(s,a^{1:m})‖_{2,D^m} ≤ ε_r.",
        reading: "one game M_k for all m at once (as Term I of Thm. 5.5's proof uses it): f_k^m = E_{ã~π_k^{m+1:N}} f_k^N for every m",
        hypotheses: "Section5Instances; the pessimistic estimates f^1…f^N of one Alg. 2 iteration at π (n = 1000 per agent, λ = λ(n) of Thm. 5.5), each to a certified quadratic-program gap.",
        kind: .identity,
        check: ClaimCheck(family: Section5Instances.family()) { x in
            let s = try Section5Instances.Setup(x)
            let rng = RandomSource(seed: x.seed)
            let layout = PrefixLayout(game: s.game)
            let n = 1000, lambda = s.constants.lambda(n)
            let prefixes = s.policy.prefixProbabilities(layout)
            var estimates: [[Double]] = [], gap = 0.0
            for m in 1...layout.agentCount {
                let data = BellmanData.sample(game: s.game, policy: s.policy, prefix: m, states: s.muS, actions: s.muA, size: n, rng.child("m\(m)"))
                let p = PessimisticEvaluation(data: data, prefixPolicy: prefixes[m], gamma: s.game.gamma, initialState: s.s0, lambda: lambda)
                estimates.append(p.estimate)
                gap = max(gap, p.gap)
            }
            var ms: [Measurement] = []
            let full = estimates[layout.agentCount - 1]
            for m in 1..<layout.agentCount {
                let implied = LocalizedMarginal.average(full, policy: s.policy, layout: layout, prefix: m)
                let diff = Vector.infinityNorm(Vector.difference(estimates[m - 1], implied))
                ms.append(Measurement("m=\(m): max|f^m − E_ã f^N|", lhs: diff, .equal, rhs: 0,
                                      tolerance: Tolerance(2 * (gap / lambda).squareRoot() * 100,
                                                           "quadratic programs solved to a Frank–Wolfe gap ≤ \(shortNumber(gap)): 200·sqrt(gap/λ) bounds the estimates' error in sup norm generously")))
            }
            return Evaluation(measurements: ms, quantities: [NamedValue("λ", lambda), NamedValue("n", Double(n)), NamedValue("QP gap", gap)])
        })

    static let lemmaC3BoundStatement = "Lemma C.3. At each iteration k, there exists a Markov game M_k that has the same dynamics as original M. Let the reward function of M_k be R_k, then ‖R_k^{1:m}(s,a^{1:m}) − R(s,a^{1:m})‖_{2,D^m} ≤ ε_r. Proof: Set R_k = (I − γP)f_k … ‖R_k^{1:m}(s,a^{1:m}) − R(s,a^{1:m})‖_{2,D^m} = ‖f_k − T_{π_k} f_k‖_{2,D^m} ≤ ε_r."

    /// y(n) = 90% quantile over 40 data sets of ‖f − T_π f‖_{2,D^m} for the pessimistic f at λ(n).
    static func lemmaC3Residuals(_ x: ClaimInstance, scaleBy power: Double) throws -> Evaluation {
        let s = try Section5Instances.Setup(x)
        let rng = RandomSource(seed: x.seed)
        let ys = Section5Instances.sizes.map { n in
            let norms = (0..<40).map { r -> Double in
                let data = s.data(size: n, rng.child("n\(n) #\(r)"))
                let f = PessimisticEvaluation(data: data, prefixPolicy: s.prefixPolicy, gamma: s.game.gamma, initialState: s.s0,
                                              lambda: s.constants.lambda(n)).estimate
                return data.norm(Vector.difference(f, s.op.apply(f)))
            }
            return Section5Instances.quantile(norms, level: 0.9) / pow(s.constants.logFactor(n), power)
        }
        return Evaluation(rate: RateObservation(x: Section5Instances.sizes.map(Double.init), y: ys, claimedExponent: -power, kind: .atMost,
                                                xLabel: "n", yLabel: "q₀.₉ ‖f − T_π f‖_{2,D^m}"),
                          quantities: [NamedValue("d", Double(s.constants.dimension)), NamedValue("m", Double(s.m))])
    }

    /// mappo, Lemma C.3's bound as printed: ‖R_k^{1:m} − R‖_{2,D^m} = ‖f_k − T_{π_k} f_k‖_{2,D^m} ≤ ε_r = O(d log(nLR/δ)/((1−γ)²n)).
    /// Rate check with the hidden constant: the quantile divided by log(nLR/δ) against slope −1.
    static let lemmaC3Bound = Claim(
        id: "mappo.lemC.3.bound", paper: .mappo, source: "Lemma C.3 (App. C.2), bound",
        statement: lemmaC3BoundStatement,
        reading: "right side ε_r itself (as printed): the residual norm decays at least like log(n)/n",
        hypotheses: "Section5Instances; f the pessimistic estimate at λ(n) under π; 90% quantile over 40 data sets; n ∈ {100…10000}.",
        kind: .rate,
        check: ClaimCheck(family: Section5Instances.family()) { x in try lemmaC3Residuals(x, scaleBy: 1) })

    /// mappo, Lemma C.3's bound, second reading: right side √ε_r (the garbled right side read as the
    /// square-root scale Lemma C.2 gives for the same norm).
    static let lemmaC3BoundSqrt = Claim(
        id: "mappo.lemC.3.bound.sqrt", paper: .mappo, source: "Lemma C.3 (App. C.2), bound",
        statement: lemmaC3BoundStatement,
        reading: "right side √ε_r: the residual norm decays at least like sqrt(log(n)/n)",
        hypotheses: "As mappo.lemC.3.bound; the quantile divided by sqrt(log(nLR/δ)) against slope −1/2.",
        kind: .rate,
        check: ClaimCheck(family: Section5Instances.family()) { x in try lemmaC3Residuals(x, scaleBy: 0.5) })
}
