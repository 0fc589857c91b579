import ExactSolvers
import GSLKit
import MarkovGames

/// Random draws that many claims share: games of a given shape and policies on them.
public enum RandomInstances {
    /// A random identical-interest game (the `random-identical-interest` builder) with |S|, n,
    /// |A_i| drawn uniformly from the given ranges and γ from `gammas`.
    public static func cooperativeGame(_ rng: RandomSource, states: ClosedRange<Int>, agents: ClosedRange<Int>,
                                       actions: ClosedRange<Int>, gammas: [Double]) throws -> Game {
        let nS = rng.integer(in: states), n = rng.integer(in: agents), k = rng.integer(in: actions)
        let gamma = gammas[rng.integer(below: gammas.count)]
        let builder = try GameCatalog.builder(named: "random-identical-interest")
        return try builder.build(overrides: ["states": "\(nS)", "agents": "\(n)", "actions": "\(k)", "gamma": "\(gamma)"],
                                 seed: SeedSequence.derive(rng.seed, "game"))
    }

    /// A product policy with every row ~ Dirichlet(α·1) (α = 1: uniform on the simplex).
    public static func productPolicy(_ game: Game, _ rng: RandomSource, concentration alpha: Double = 1) -> ProductPolicy {
        ProductPolicy(tables: game.agents.map { agent in
            (0..<game.stateCount).flatMap { _ in rng.dirichlet(dimension: agent.actionCount, concentration: alpha) }
        })
    }

    /// A conditional policy for `order` with every row ~ Dirichlet(α·1).
    public static func conditionalPolicy(_ game: Game, _ rng: RandomSource, order: [Int]? = nil, concentration alpha: Double = 1) -> ConditionalPolicy {
        let uniform = ConditionalPolicy.uniform(game, order: order)
        return ConditionalPolicy(order: uniform.order, tables: uniform.tables.enumerated().map { m, t in
            let k = game.agents[uniform.order[m]].actionCount
            return (0..<(t.count / k)).flatMap { _ in rng.dirichlet(dimension: k, concentration: alpha) }
        })
    }

    /// A joint policy with every row ~ Dirichlet(α·1).
    public static func jointPolicy(_ game: Game, _ rng: RandomSource, concentration alpha: Double = 1) -> JointPolicy {
        JointPolicy(table: (0..<game.stateCount).flatMap { _ in rng.dirichlet(dimension: game.jointActionCount, concentration: alpha) })
    }
}

extension Tolerance {
    /// The forward-error bound of quantities obtained from exact policy evaluation on `game`
    /// (κ_∞ ≤ (1+γ)/(1−γ) times 8·|S|·ε times the value scale), times `solves` for quantities that
    /// combine several solves.
    public static func discounted(_ game: Game, scale: Double, solves: Int = 1, what: String) -> Tolerance {
        let one = DiscountedTolerance.forwardError(size: game.stateCount, gamma: game.gamma, scale: scale)
        return Tolerance(Double(solves) * one,
                         "\(solves) exact solve(s) of \(what): \(solves)·κ∞·8|S|ε·scale with κ∞ ≤ (1+γ)/(1−γ) = \(String(format: "%.3g", DiscountedTolerance.conditionBound(gamma: game.gamma))), |S| = \(game.stateCount), scale = \(String(format: "%.3g", scale))")
    }
}

import Foundation
