import Foundation
import ExactSolvers
import GSLKit
import Learners
import MarkovGames

/// mappo's Algorithm 1 (Multi-Agent PPO) run exactly where the paper's quantities are exact:
/// log-linear policies (eq. (2)) with θ_0^m = 0, β_k = β√K, at iteration k for every agent m the
/// critic Q̂^{1:m} of the current policy π_{θ_k} (`NoisyCritic`, Assumption 4.3 with B = 1/(1−γ)),
/// T samples from σ_k = ν_k π_{θ_k}^{1:m}, and Algorithm 3 with η = R/(G√T) (Lemma B.1). Every
/// iteration keeps its `ImprovementStep` (ε, ε', φ, Δ, δ exact).
struct Algorithm1Run {
    struct Settings: Sendable {
        /// K.
        var iterations: Int
        /// β (so β_k = β√K).
        var beta: Double
        /// T of Algorithm 3.
        var steps: Int
        /// R of Θ.
        var radius: Double
        /// Critic noise standard deviation, as a fraction of B.
        var noise: Double
        var seed: UInt64
    }

    let settings: Settings
    let steps: [ImprovementStep]
    /// J(π_{θ_k}) for k = 0…K−1.
    let objectives: [Double]
    let optimalObjective: Double
    /// B = 1/(1−γ).
    let bound: Double

    init(game: Game, reference: OptimalReference, features: LogLinearFeatures, settings: Settings) throws {
        let layout = features.layout
        let betaK = settings.beta * Double(settings.iterations).squareRoot()
        let bound = 1 / (1 - game.gamma)
        let rng = RandomSource(seed: settings.seed)
        var theta = features.dimensions.map { [Double](repeating: 0, count: $0) }
        var steps: [ImprovementStep] = [], objectives: [Double] = []
        for k in 0..<settings.iterations {
            let state = try PolicyState(game: game, policy: features.policy(theta))
            let iteration = rng.child("k\(k)")
            let qHat = NoisyCritic.estimate(state.actionValues, standardDeviation: settings.noise * bound, bound: bound, iteration.child("critic"))
            let next = (1...layout.agentCount).map { m -> [Double] in
                let problem = ProjectionProblem(features: features.maps[m - 1].vectors, dimension: features.dimensions[m - 1],
                                                weights: state.law.prefixes[m], thetaK: theta[m - 1], qHat: qHat[m - 1],
                                                beta: betaK, radius: settings.radius)
                let eta = settings.radius / (problem.gradientBound * Double(settings.steps).squareRoot())
                return problem.stochasticGradientDescent(steps: settings.steps, stepSize: eta,
                                                         draws: problem.sample(steps: settings.steps, iteration.child("sgd\(m)")))
            }
            let step = try ImprovementStep(game: game, reference: reference, features: features, state: state,
                                       thetaK: theta, thetaNext: next, qHat: qHat, beta: betaK)
            steps.append(step)
            objectives.append(step.objective)
            theta = next
        }
        self.settings = settings
        self.steps = steps
        self.objectives = objectives
        optimalObjective = reference.optimalObjective
        self.bound = bound
    }

    /// Σ_m Σ_k (Δ_k^m + δ_k^m).
    var errorSum: Double { steps.reduce(0) { s, step in step.agents.reduce(s) { $0 + $1.bigDelta + $1.smallDelta } } }

    /// (1/K) Σ_k [J(π*) − J(π_{θ_k})]: the expected gap of the uniformly sampled output π̄.
    var averageGap: Double { objectives.reduce(0) { $0 + optimalObjective - $1 } / Double(objectives.count) }

    /// The theorem's β for this run's errors: sqrt((N B²/2) / (N log|A| + ΣΣ(Δ+δ))).
    func theoremBeta(agents n: Int, actions: Int) -> Double {
        (Double(n) * bound * bound / 2 / (Double(n) * log(Double(actions)) + errorSum)).squareRoot()
    }

    /// Runs Algorithm 1 at the β of Thm. 4.5, which depends on the run's own errors: the fixed point
    /// β = F(β) of F(β) = theorem β of the run with β, by iteration from the error-free value
    /// B/sqrt(2 log|A|) (F increases in β, so the iterates decrease to the largest fixed point).
    /// Stops when |β − F(β)| ≤ 10⁻⁹β or after 60 runs; returns the last run and the residual.
    static func atTheoremBeta(game: Game, reference: OptimalReference, features: LogLinearFeatures,
                              settings: Settings) throws -> (run: Algorithm1Run, residual: Double) {
        let n = game.agentCount, k = game.agents[0].actionCount
        var s = settings
        s.beta = 1 / (1 - game.gamma) / (2 * log(Double(k))).squareRoot()
        var run = try Algorithm1Run(game: game, reference: reference, features: features, settings: s)
        for _ in 0..<60 {
            let next = run.theoremBeta(agents: n, actions: k)
            if abs(next - s.beta) <= 1e-9 * s.beta { break }
            s.beta = next
            run = try Algorithm1Run(game: game, reference: reference, features: features, settings: s)
        }
        return (run, abs(run.theoremBeta(agents: n, actions: k) - s.beta))
    }
}

/// Algorithm 1 in the exact tabular case of Thm. 4.5 (one-hot features, exact Q, R large enough that
/// Π_Θ never binds, so ε = ε' = Δ = δ = 0): π_{k+1}^m ∝ π_k^m exp(Q_{π_k}^{1:m}/β_k) at every (s,a^{1:m−1}),
/// every agent from the same π_k (ExactSolvers' `MirrorDescentStep`).
enum ExactAlgorithm1 {
    /// V_{π_k} for k = 0…K−1 from π_0 = `initial` with a constant β_k = `beta`.
    static func values(game: Game, initial: ConditionalPolicy, beta: Double, iterations: Int) throws -> [[Double]] {
        var policy = initial
        var out: [[Double]] = []
        for _ in 0..<iterations {
            let q = try LocalizedActionValues(game: game, policy: policy)
            out.append(q.values)
            policy = MirrorDescentStep.next(policy: policy, localized: q, beta: beta)
        }
        return out
    }

    /// J(π_k) for k = 0…K−1 from the uniform π_0 with β_k = β√K.
    static func objectives(game: Game, reference: OptimalReference, iterations: Int, beta: Double) throws -> [Double] {
        try values(game: game, initial: ConditionalPolicy.uniform(game), beta: beta * Double(iterations).squareRoot(),
                   iterations: iterations).map(reference.objective)
    }
}
