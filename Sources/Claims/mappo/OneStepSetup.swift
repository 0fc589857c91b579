import Foundation
import GSLKit
import Learners
import MarkovGames

/// One policy-improvement step of mappo's Algorithm 1 on a random instance: a random cooperative
/// game, random log-linear features (eq. (2)), a current parameter θ_k ∈ Θ, a noisy bounded critic
/// Q̂ (Assumption 4.3 with B = 1/(1−γ)), and θ_{k+1} from Algorithm 3 run on T samples from σ_k with
/// η = R/(G√T) (Lemma B.1). The instance stores everything a re-check needs: the game, raw features
/// `phi1…phiN` (scaled into the unit ball), raw θ_k vectors `thetaK1…thetaKN` (projected onto Θ),
/// scalars β_k, R and the critic noise, the integers d and T, and the seed of the critic and SGD draws.
struct OneStepSetup {
    let game: Game
    let layout: PrefixLayout
    let features: LogLinearFeatures
    let reference: OptimalReference
    let state: PolicyState
    let thetaK: [[Double]]
    let thetaNext: [[Double]]
    let qHat: [[Double]]
    let beta: Double
    let radius: Double
    /// B of Assumption 4.3.
    let bound: Double
    /// The sub-problem (4) of every agent at iteration k.
    let problems: [ProjectionProblem]
    /// T of Algorithm 3.
    let steps: Int
    let step: ImprovementStep

    init(_ x: ClaimInstance) throws {
        let g = try x.requireGame()
        let layout = PrefixLayout(game: g)
        let d = try x.integer("dimension"), steps = try x.integer("steps")
        let beta = try x.scalar("beta"), radius = try x.scalar("radius"), noise = try x.scalar("noise")
        let features = LogLinearFeatures(layout: layout, dimensions: [Int](repeating: d, count: layout.agentCount),
                                         raw: try (1...layout.agentCount).map { try x.vector("phi\($0)") })
        let thetaK = try (1...layout.agentCount).map { ParameterProjection.euclideanBall(try x.vector("thetaK\($0)"), radius: radius) }
        let reference = try OptimalReference(game: g)
        let state = try PolicyState(game: g, policy: features.policy(thetaK))
        let bound = 1 / (1 - g.gamma)
        let rng = RandomSource(seed: x.seed)
        let qHat = NoisyCritic.estimate(state.actionValues, standardDeviation: noise * bound, bound: bound, rng.child("critic"))
        let problems = (1...layout.agentCount).map { m in
            ProjectionProblem(features: features.maps[m - 1].vectors, dimension: d, weights: state.law.prefixes[m],
                              thetaK: thetaK[m - 1], qHat: qHat[m - 1], beta: beta, radius: radius)
        }
        var next: [[Double]] = []
        for m in 1...layout.agentCount {
            let problem = problems[m - 1]
            let eta = radius / (problem.gradientBound * Double(steps).squareRoot())
            let draws = problem.sample(steps: steps, rng.child("sgd\(m)"))
            next.append(problem.stochasticGradientDescent(steps: steps, stepSize: eta, draws: draws))
        }
        self.game = g
        self.layout = layout
        self.features = features
        self.reference = reference
        self.state = state
        self.thetaK = thetaK
        thetaNext = next
        self.qHat = qHat
        self.beta = beta
        self.radius = radius
        self.bound = bound
        self.problems = problems
        self.steps = steps
        step = try ImprovementStep(game: g, reference: reference, features: features, state: state, thetaK: thetaK,
                               thetaNext: next, qHat: qHat, beta: beta)
    }

    /// The instance family: |S| ∈ 2…3, N ∈ 2…3, |A| ∈ `actions`, γ ∈ {0.5, 0.9}, d ∈ 2…4, T ∈ 20…200,
    /// β_k log-uniform in [0.1, 10]·B, R ∈ [0.5, 4], critic noise sd ∈ [0, 0.5]·B. The search may move
    /// the features, θ_k, β_k and the noise level.
    static func family(actions: ClosedRange<Int> = 2...3) -> InstanceFamily {
        InstanceFamily(
            description: "one Alg. 1 step: random cooperative games (|S| ≤ 3, N ≤ 3, |A| ∈ \(actions)), log-linear features d ≤ 4, θ_k ∈ Θ, noisy critic, Alg. 3 with T ≤ 200",
            searchSpace: SearchSpace(scalars: ["beta": .positive, "noise": .interval(0, 1)],
                                     vectors: Dictionary(uniqueKeysWithValues: (1...3).flatMap { ["phi\($0)", "thetaK\($0)"] }.map { ($0, false) })),
            admissible: { x in
                guard let b = x.scalars["beta"], b > 0, let r = x.scalars["radius"], r > 0 else { return "β_k and R must be positive" }
                return nil
            }
        ) { rng in
            let g = try RandomInstances.cooperativeGame(rng, states: 2...3, agents: 2...3, actions: actions, gammas: [0.5, 0.9])
            let layout = PrefixLayout(game: g)
            let d = rng.integer(in: 2...4)
            let bound = 1 / (1 - g.gamma)
            let radius = rng.uniform(0.5, 4)
            var vectors: [String: [Double]] = [:]
            for (m, raw) in LogLinearFeatures.randomRaw(layout, dimension: d, rng).enumerated() { vectors["phi\(m + 1)"] = raw }
            for m in 1...layout.agentCount {
                vectors["thetaK\(m)"] = (0..<d).map { _ in rng.normal(standardDeviation: radius / Double(d).squareRoot()) }
            }
            return ClaimInstance(
                game: g,
                scalars: ["beta": bound * exp(rng.uniform(log(0.1), log(10))), "radius": radius, "noise": rng.uniform(0, 0.5)],
                integers: ["dimension": d, "steps": rng.integer(in: 20...200)],
                vectors: vectors, seed: SeedSequence.derive(rng.seed, "draws"))
        }
    }
}
