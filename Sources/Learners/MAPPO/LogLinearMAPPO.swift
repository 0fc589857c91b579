import ExactSolvers
import Foundation
import GSLKit
import MarkovGames

/// Multi-agent PPO with log-linear conditional policies (mappo Alg. 1 with the policy-improvement
/// solver Alg. 3): at iteration k, for every agent m (all from the same π_k),
///
/// 1. draw T samples (s, a^{1:m−1}, a^m) ~ σ_k = ν_k·π_k^{1:m} (`StationarySampler`);
/// 2. query the oracle Q̂^{1:m} (Assumption 4.3): the exact Q_{π_k}^{1:m} plus N(0, qNoise²) per entry,
///    drawn once per iteration, so ε'^m_k is the σ_k-weighted RMS of that noise;
/// 3. run projected SGD on the MSE (4) (`ProjectionProblem`, Alg. 3), θ(t+½) = θ(t) − 2ηϕ((θ(t) − θ_k^m)ᵀϕ − Q̂/β_k),
///    θ(t+1) = Π_{‖θ‖≤R}θ(t+½), η = R/(G√T) with G = 2(2R + B/β_k) (‖ϕ‖ ≤ 1, |Q̂| ≤ B), and return the
///    average θ̄ = (1/T)Σ_{t=1}^T θ(t). Alg. 3 line 1 prints θ(0) = 0; `sgdStart=previous` starts at θ_k^m.
///
/// Each iterate records its distance to the ideal update of Prop. 4.2 (exact Q, no projection), the
/// oracle's table as its Q estimate, and the exact σ_k-weighted projection loss L(θ_{k+1}^m) of (4).
public final class LogLinearMAPPO: IterativeLearner {
    let game: Game
    let beta: Double
    let radius: Double
    let sgdSteps: Int
    let startAtZero: Bool
    let law: StationarySampler.StateLaw
    let qNoise: Double
    let features: [LocalizedFeatures]
    private var thetas: [[Double]]
    private let order: [Int]
    private let rng: RandomSource

    init(context: LearnerContext, p: LearnerParameters) throws(ModelError) {
        let game = context.game
        self.game = game
        order = Array(0..<game.agentCount)
        beta = p.text("step") == "none" ? try p.positive("beta") * Double(context.iterations).squareRoot() : 1 / (try p.positive("step"))
        radius = try p.positive("radius")
        sgdSteps = try p.integer("sgdSteps", in: 1...100_000_000)
        startAtZero = p.text("sgdStart") == "zero"
        law = StationarySampler.StateLaw(rawValue: p.text("sampling"))!
        qNoise = try p.nonNegative("qNoise")
        features = try FeatureParameters.features(game: game, order: order, p, rng: context.random("features"))
        thetas = features.map { [Double](repeating: 0, count: $0.dimension) }
        rng = context.random("sgd")
    }

    public var targetRule: TargetRule? { .mirrorDescent(beta: beta) }

    private var policy: ConditionalPolicy {
        ConditionalPolicy(order: order, tables: (0..<order.count).map { m in
            PolicyRows.softmax(features[m].logits(thetas[m]), width: game.agents[order[m]].actionCount)
        })
    }

    public func start() throws -> LearnerIterate { LearnerIterate(policy: .conditional(policy)) }

    public func step() throws -> LearnerIterate {
        let pi = policy
        let exactQ = Array(try LocalizedActionValues(game: game, policy: pi).tables.dropFirst())
        let oracle = exactQ.map { t in t.map { $0 + (qNoise > 0 ? rng.normal(standardDeviation: qNoise) : 0) } }
        let nu = try StationarySampler.stateDistribution(game: game, policy: pi, law: law)
        let prefixes = pi.prefixProbabilities(in: game)
        var next = thetas
        var diagnostics: [(name: String, value: Double)] = []
        for m in 0..<order.count {
            let bound = oracle[m].reduce(0) { max($0, abs($1)) }
            let g = 2 * (2 * radius + bound / beta)
            let eta = radius / (g * Double(sgdSteps).squareRoot())
            let old = thetas[m]
            // σ_k(s, b, a) = ν_k(s)·π_k^{1:m}(b, a|s), flat like position m's table.
            let prefix = prefixes[m + 1], perState = prefix.count / game.stateCount
            let problem = ProjectionProblem(features: features[m].vectors, dimension: features[m].dimension,
                                            weights: prefix.indices.map { nu[$0 / perState] * prefix[$0] },
                                            thetaK: old, qHat: oracle[m], beta: beta, radius: radius)
            let draws = (0..<sgdSteps).map { _ in StationarySampler.draw(policy: pi, states: nu, position: m, game: game, rng: rng).index }
            let average = problem.stochasticGradientDescent(steps: sgdSteps, stepSize: eta, draws: draws, start: startAtZero ? nil : old)
            next[m] = average
            diagnostics.append(("projection loss L(θ_{k+1}^\(m + 1)) of (4)", problem.loss(average)))
            diagnostics.append(("‖θ_{k+1}^\(m + 1)‖", Vector.twoNorm(average)))
        }
        thetas = next
        let updated = policy
        let ideal = try MirrorDescentStep.next(game: game, policy: pi, beta: beta)
        return LearnerIterate(policy: .conditional(updated), qEstimates: QEstimates(kind: .localized, of: .previous, tables: oracle),
                              targetDistance: PolicyRows.maximumDistances(.conditional(updated), .conditional(ideal), game: game),
                              diagnostics: diagnostics)
    }
}

extension LearnerCatalog {
    static let mappoSGD = LearnerSpec(
        name: "mappo-sgd",
        summary: "multi-agent PPO with log-linear policies and the projected-SGD sub-problem (mappo Alg. 1 + Alg. 3)",
        citation: "mappo Alg. 1, eq. (4), Alg. 3, Assumption 4.3",
        parameters: [
            .init("beta", default: "1", "β of Alg. 1 line 3, β_k = β√K (ignored when step is set)"),
            .init("step", default: "none", "a constant 1/β_k instead"),
            .init("radius", default: "1000", "R: Θ = {‖θ‖ ≤ R}"),
            .init("sgdSteps", default: "2000", "T: SGD iterations (and samples) per agent and iteration"),
            .init("sgdStart", default: "zero", "θ(0) of Alg. 3: zero as printed (line 1), or previous = θ_k^m", choices: ["zero", "previous"]),
            .init("sampling", default: "stationary", "state law of σ_k: stationary ν_k as printed, or the discounted occupancy from ρ₀", choices: StationarySampler.StateLaw.allCases.map(\.rawValue)),
            .init("qNoise", default: "0", "standard deviation of the oracle's error per entry (Assumption 4.3's ε')"),
        ] + FeatureParameters.declared
    ) { context, p throws(ModelError) in
        try LogLinearMAPPO(context: context, p: p)
    }
}
