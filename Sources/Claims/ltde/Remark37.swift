import Foundation
import GSLKit

extension LTDEClaims {
    /// ltde, Remark 3.7, first sentence: in the discounted setting the exponential decay follows
    /// from γ < 1 and locality — at Lemma 3.5's rate ρ = √γ per hop. Checked as a slope: Δ_s(k)
    /// against x = γ^{−(k+1)/2} = ρ^{−(k+1)} for the end node s of a 9-node path, claimed
    /// Δ_s(k) = O(x^{−1}) (at most). γ ≤ 0.35 so that x spans more than 1.5 decades over k = 0 … 7.
    static let remark37 = Claim(
        id: "ltde.rem3.7", paper: .ltde, source: "Remark 3.7 (Sec. 3.3), first sentence",
        statement: "In a discounted reward setting (2.1), the exponential decay property follows directly from the fact that the discount factor γ ∈ (0, 1) and the local dependency structure in (3.2)–(3.7).",
        reading: "decay of Δ_s(k) in the hop distance k at Lemma 3.5's rate ρ = √γ: Δ_s(k) = O(ρ^{k+1}), fitted as the log–log slope of Δ_s(k) against ρ^{−(k+1)} (claimed ≤ −1); r_s as printed",
        hypotheses: "path with 9 nodes, N = 2, m = 2 (|Ξ| = 171), team s = 0 (an end node, ecc = 8), k = 0 … 7, γ ∈ [0.1, 0.35]; points with Δ_s(k) > 0 only",
        kind: .rate,
        check: ClaimCheck(family: InstanceFamily(
            description: "9-node paths, N = 2, m = 2, random tables and individual policy, γ ∈ [0.1, 0.35]",
            admissible: NetworkedInstance.admissible
        ) { rng in
            NetworkedInstance.sample(rng, graph: .path, nodes: 9, agents: 2, gammas: 0.1...0.35)
        }) { x in
            let problem = try TeamProblem(x)
            let rewards = problem.rewards(.printed)
            let q = try problem.chain.actionValues(reward: rewards.values[0]).values
            let rho = problem.gamma.squareRoot()
            let ks = Array(0..<OutsideSpread.eccentricity(of: 0, in: problem.graph))
            let delta = ks.map { OutsideSpread(actionValues: q, space: problem.space, team: 0, hops: $0).value }
            let xs = ks.map { pow(rho, -Double($0 + 1)) }
            return Evaluation(
                rate: RateObservation(x: xs, y: delta, claimedExponent: -1, kind: .atMost, xLabel: "ρ^{−(k+1)}, ρ = √γ", yLabel: "Δ_s(k)"),
                quantities: [NamedValue("γ", problem.gamma), NamedValue("ρ = √γ", rho)] + zip(ks, delta).map { NamedValue("Δ_0(\($0))", $1) },
                series: [PlotSeries(name: "Δ_0(k)", x: ks.map(Double.init), y: delta, xLabel: "k (hops)", yLabel: "Δ_s(k)")],
                notes: [problem.instance.description])
        },
        defaultInstances: 4)

    /// ltde, Remark 3.7, the finite-horizon and ergodic settings.
    static let remark37Ergodic = Claim(
        notCheckable: "ltde.rem3.7.ergodic", paper: .ltde, source: "Remark 3.7 (Sec. 3.3), second sentence",
        statement: "For problems of finite-time or infinite horizons with ergodic reward functions, this property can be established by imposing additional Lipschitz condition on the transition kernel. (See Qu et al. [44], Theorem 1 for network of heterogeneous agents and γ = 1).",
        reason: "a pointer to another paper's theorem (Qu et al. [44], Thm. 1) under Lipschitz conditions this paper does not state; no constant, rate or class of kernels is given to check against. The discounted case is checked by ltde.lem3.5.* and ltde.rem3.7.")
}
