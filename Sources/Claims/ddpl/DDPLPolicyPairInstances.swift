import ExactSolvers
import GSLKit
import MarkovGames

extension DDPLClaims {
    /// A random identical-interest game with two product policies: "piTilde" with rows ~ Dirichlet(1),
    /// and "pi" either independent (rows ~ Dirichlet(1)), mixed with uniform, (1−ε)π̃ + ε·u, or with ε
    /// moved to argmin_a Q̄_i^{π̃} (the adversarial direction), ε ~ U[0, 0.3]; one third each.
    static let policyPairFamily = InstanceFamily(
        description: "random identical-interest games, |S| ∈ 2…4, n ∈ 2…3, |A_i| ∈ 2…3, γ ∈ {0.5, 0.9}; π̃ ~ Dirichlet(1) rows; π independent, mixed with uniform, or adversarially moved by ε ~ U[0, 0.3] (one third each)",
        searchSpace: .game(rewardRange: 0...1, policies: ["pi", "piTilde"]),
        shrinking: .game,
        admissible: { x in
            guard let g = x.game else { return "no game" }
            guard case .product? = x.policies["pi"], case .product? = x.policies["piTilde"] else { return "needs product policies pi and piTilde" }
            let (rMin, rMax) = g.rewards.range
            return rMax > rMin ? nil : "r_max = r_min"
        }
    ) { rng in
        let g = try RandomInstances.cooperativeGame(rng, states: 2...4, agents: 2...3, actions: 2...3, gammas: [0.5, 0.9])
        let piTilde = RandomInstances.productPolicy(g, rng)
        let epsilon = rng.uniform(0, 0.3)
        let pi: ProductPolicy
        switch rng.integer(below: 3) {
        case 0: pi = RandomInstances.productPolicy(g, rng)
        case 1: pi = DecSPGTrajectory.perturb(piTilde, views: [], game: g, .mixing(epsilon))
        default: pi = DecSPGTrajectory.perturb(piTilde, views: try ExactDecSPG.views(game: g, policy: piTilde), game: g, .adversarial(epsilon))
        }
        return ClaimInstance(game: g, policies: ["pi": .product(pi), "piTilde": .product(piTilde)])
    }
}
