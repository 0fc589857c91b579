import Foundation
import GSLKit
import MarkovGames

/// Instances of mappo Thm. 4.5.
enum Theorem45Instances {
    /// The exact tabular case: a random cooperative game (|S| ≤ 4, N ≤ 3, |A| ≤ 3, γ ∈ {0.5, 0.9},
    /// r ∈ [0,1]); nothing else is free.
    static let exact = InstanceFamily(
        description: "random cooperative games (|S| ≤ 4, N ≤ 3, |A| ≤ 3, γ ∈ {0.5, 0.9}, r ∈ [0,1]), exact tabular Algorithm 1",
        searchSpace: .game(rewardRange: 0...1),
        admissible: { x in
            guard let g = x.game else { return "no game" }
            let (lo, hi) = g.rewards.range
            return lo >= 0 && hi <= 1 ? nil : "Thm. 4.5 takes r ∈ [0,1] (B = 1/(1−γ))"
        }
    ) { rng in
        ClaimInstance(game: try RandomInstances.cooperativeGame(rng, states: 2...4, agents: 2...3, actions: 2...3, gammas: [0.5, 0.9]))
    }

    /// The exact case at γ = 0.5 (the rate check's asymptotic regime).
    static let exactRate = InstanceFamily(
        description: "random cooperative games with γ = 0.5 (|S| ≤ 4, N ≤ 3, |A| ≤ 3, r ∈ [0,1]), exact tabular Algorithm 1"
    ) { rng in
        ClaimInstance(game: try RandomInstances.cooperativeGame(rng, states: 2...4, agents: 2...3, actions: 2...3, gammas: [0.5]))
    }

    /// The inexact case: a random cooperative game (|S| ≤ 3, N = 2, |A| ≤ 3), random log-linear
    /// features of dimension d ∈ {2, 3} (`phi1`, `phi2`), R ∈ [1, 4], T ∈ {50…200}, critic noise
    /// sd ∈ [0, 0.3]·B, K ∈ {5, 10, 20}; the seed drives the critic and the SGD samples.
    static let inexact = InstanceFamily(
        description: "random cooperative games (|S| ≤ 3, N = 2, |A| ≤ 3), log-linear features d ≤ 3, Alg. 1 with Alg. 3 (T ≤ 200), noisy critic, K ≤ 20",
        searchSpace: SearchSpace(scalars: ["noise": .interval(0, 1)], vectors: ["phi1": false, "phi2": false])
    ) { rng in
        let g = try RandomInstances.cooperativeGame(rng, states: 2...3, agents: 2...2, actions: 2...3, gammas: [0.5, 0.9])
        let layout = PrefixLayout(game: g)
        let d = rng.integer(in: 2...3)
        var vectors: [String: [Double]] = [:]
        for (i, raw) in LogLinearFeatures.randomRaw(layout, dimension: d, rng).enumerated() { vectors["phi\(i + 1)"] = raw }
        return ClaimInstance(game: g, scalars: ["radius": rng.uniform(1, 4), "noise": rng.uniform(0, 0.3)],
                             integers: ["dimension": d, "steps": rng.integer(in: 50...200), "iterations": [5, 10, 20][rng.integer(below: 3)]],
                             vectors: vectors, seed: SeedSequence.derive(rng.seed, "run"))
    }

    /// The features and settings of an inexact instance.
    static func inexactSetup(_ x: ClaimInstance) throws -> (game: Game, reference: OptimalReference, features: LogLinearFeatures, settings: Algorithm1Run.Settings) {
        let g = try x.requireGame()
        let layout = PrefixLayout(game: g)
        let d = try x.integer("dimension")
        let features = LogLinearFeatures(layout: layout, dimensions: [Int](repeating: d, count: layout.agentCount),
                                         raw: try (1...layout.agentCount).map { try x.vector("phi\($0)") })
        let settings = Algorithm1Run.Settings(iterations: try x.integer("iterations"), beta: 1, steps: try x.integer("steps"),
                                              radius: try x.scalar("radius"), noise: try x.scalar("noise"), seed: x.seed)
        return (g, try OptimalReference(game: g), features, settings)
    }

    /// The run at the theorem's β (fixed point) for an inexact instance.
    static func inexactRun(_ x: ClaimInstance) throws -> (run: Algorithm1Run, residual: Double, game: Game) {
        let s = try inexactSetup(x)
        let (run, residual) = try Algorithm1Run.atTheoremBeta(game: s.game, reference: s.reference, features: s.features, settings: s.settings)
        return (run, residual, s.game)
    }

    /// Tolerance of averages of K objectives from exact evaluations and ν*.
    static func objectiveTolerance(_ g: Game, iterations: Int, law: StationaryLaw) -> Tolerance {
        PolicyInstances.tolerance(g, scale: 1 / (1 - g.gamma), solves: 2, stationary: law, what: "J(π*) and each J(π_k)")
    }
}
