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
            let prefixes = s.policy.prefixProbabilities(in: s.game)
            var estimates: [[Double]] = [], error = 0.0
            for m in 1...layout.agentCount {
                let data = BellmanData.sample(game: s.game, policy: s.policy, prefix: m, states: s.muS, actions: s.muA, size: n, rng.child("m\(m)"))
                let p = RangeConstrainedPessimisticEvaluation(data: data, prefixPolicy: prefixes[m], gamma: s.game.gamma, initialState: s.s0, lambda: lambda)
                estimates.append(p.estimate)
                error = max(error, p.errorBound(data: data, gamma: s.game.gamma, lambda: lambda))
                guard error.isFinite else { throw ClaimError.outsideHypotheses("a cell of D^\(m) has no data, so its estimate is not determined") }
            }
            var ms: [Measurement] = []
            // E_{ã~π^{m+1:N}} f^N for every m: the localized recursion of Def. 3.1 from the given f^N.
            let implied = LocalizedActionValues(game: s.game, policy: s.policy, actionValues: estimates[layout.agentCount - 1])
            for m in 1..<layout.agentCount {
                let diff = Vector.infinityNorm(Vector.difference(estimates[m - 1], implied.tables[m]))
                ms.append(Measurement("m=\(m): max|f^m − E_ã f^N|", lhs: diff, .equal, rhs: 0,
                                      tolerance: Tolerance(2 * error,
                                                           "each estimate within sqrt(2·gap/μ) of its exact minimiser, μ = 2λ·min_c W_c·(1−γ)²/d ≤ the Hessian's smallest eigenvalue (‖Mx‖∞ ≥ (1−γ)‖x‖∞); twice the largest: \(shortNumber(2 * error))")))
            }
            return Evaluation(measurements: ms, quantities: [NamedValue("λ", lambda), NamedValue("n", Double(n)), NamedValue("QP error bound", error)])
        })
}
