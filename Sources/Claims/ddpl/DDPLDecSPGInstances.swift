import MarkovGames

extension DDPLClaims {
    /// The perturbation an instance names: integer "perturbation" (0 none, 1 mixing with uniform,
    /// 2 adversarial) of size scalar "epsilon".
    static func perturbation(of x: ClaimInstance) throws -> DecSPGTrajectory.Perturbation {
        switch x.integers["perturbation"] ?? 0 {
        case 0: .none
        case 1: .mixing(try x.scalar("epsilon"))
        default: .adversarial(try x.scalar("epsilon"))
        }
    }

    /// Random identical-interest games with a random initial product policy "pi0" and a horizon K;
    /// with `perturbed`, each update is perturbed in TV by a chosen ε (Theorem C.2): mixing with the
    /// uniform policy or moving ε to the worst action, ε ∈ {10⁻⁵, 10⁻⁴, 10⁻³, 10⁻²}, or not at all.
    static func decSPGFamily(epochs: Int, perturbed: Bool = false) -> InstanceFamily {
        InstanceFamily(
            description: "random identical-interest games (Dirichlet(1) transitions, U[0,1] rewards, ρ₀ ~ Dirichlet(1)), |S| ∈ 2…3, n ∈ 2…3, |A_i| ∈ 2…3, γ ∈ {0.5, 0.8}; π^0 uniform or with rows ~ Dirichlet(1) (even odds); K = \(epochs) epochs"
                + (perturbed ? "; updates exact, mixed with uniform, or with ε moved to argmin Q̄_i (one third each), ε ∈ {1e-5, 1e-4, 1e-3, 1e-2}" : ""),
            searchSpace: SearchSpace(transitions: true, rewards: 0...1, initial: true, policies: ["pi0"],
                                     scalars: perturbed ? ["epsilon": .interval(0, 0.05)] : [:]),
            shrinking: .game,
            admissible: { x in
                guard let g = x.game else { return "no game" }
                let (rMin, rMax) = g.rewards.range
                if !(rMax > rMin) { return "r_max = r_min: the step size η = (1−γ)²/(2n(r_max − r_min)) is undefined" }
                if g.initial.contains(where: { $0 <= 0 }) { return "ρ₀ must have full support for M < ∞" }
                guard case .product(let p)? = x.policies["pi0"] else { return "no product policy pi0" }
                if p.tables.joined().contains(where: { $0 <= 0 }) { return "π^0 must have full support (softmax iterates)" }
                if let e = x.scalars["epsilon"], !(e >= 0 && e <= 1) { return "ε must lie in [0, 1]" }
                return nil
            }
        ) { rng in
            let g = try RandomInstances.cooperativeGame(rng, states: 2...3, agents: 2...3, actions: 2...3, gammas: [0.5, 0.8])
            let pi0 = rng.uniform() < 0.5 ? ProductPolicy.uniform(g) : RandomInstances.productPolicy(g, rng)
            var x = ClaimInstance(game: g, policies: ["pi0": .product(pi0)], integers: ["epochs": epochs])
            if perturbed {
                x.integers["perturbation"] = rng.integer(below: 3)
                x.scalars["epsilon"] = [1e-5, 1e-4, 1e-3, 1e-2][rng.integer(below: 4)]
            }
            return x
        }
    }
}
