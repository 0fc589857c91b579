import ExactSolvers
import GSLKit
import MarkovGames

/// Instances "a random cooperative game and a random autoregressive policy π" (mappo Sec. 3–4:
/// shared reward r ∈ [0,1], Dirichlet(1) transition rows so every chain has one closed class), with
/// the identity agent order. The search may move the whole game and π.
enum PolicyInstances {
    static let family = InstanceFamily(
        description: "random cooperative games (|S| ≤ 4, N ≤ 3, |A| ≤ 3, γ ∈ {0.5, 0.9}, r ∈ [0,1]) and a random autoregressive policy π (Dirichlet rows)",
        searchSpace: .game(rewardRange: 0...1, policies: ["pi"]),
        admissible: { x in
            guard let g = x.game else { return "no game" }
            let (lo, hi) = g.rewards.range
            return lo >= 0 && hi <= 1 ? nil : "mappo Sec. 3.1 takes r ∈ [0,1]"
        }
    ) { rng in
        let g = try RandomInstances.cooperativeGame(rng, states: 2...4, agents: 2...3, actions: 2...3, gammas: [0.5, 0.9])
        return ClaimInstance(game: g, policies: ["pi": .conditional(RandomInstances.conditionalPolicy(g, rng))])
    }

    /// The conditional policy "pi" of an instance (identity order).
    static func policy(_ x: ClaimInstance) throws -> ConditionalPolicy {
        guard case .conditional(let p) = try x.policy("pi"), p.order == Array(0..<p.order.count) else {
            throw ClaimError.missing("conditional policy 'pi' with the identity agent order")
        }
        return p
    }

    /// Tolerance of quantities built from one or more exact evaluations of size `scale` and, when
    /// `stationary` is given, an average under that stationary law.
    static func tolerance(_ g: Game, scale: Double, solves: Int, stationary: StationaryLaw? = nil, what: String) -> Tolerance {
        let base = Tolerance.discounted(g, scale: scale, solves: solves, what: what)
        guard let law = stationary else { return base }
        let extra = 2 * Double(g.stateCount) * law.errorBound * scale
        return base + Tolerance(extra, "stationary law: 2|S|·\(shortNumber(law.errorBound))·scale (κ of the bordered LU solve)")
    }
}
