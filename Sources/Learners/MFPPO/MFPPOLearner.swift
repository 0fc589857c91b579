import ExactSolvers
import Foundation
import GSLKit
import MarkovGames

/// Mean-field PPO (mfppo Alg. 1) on the meta-action MDP of a population game (`MetaActionMDP`), with
/// the schedule τ_{k+1} = v√K/(k+1), v_k = v√K and an exact actor: with ε' = 0 the regression (3.2)
/// gives F^A_{k+1}/τ_{k+1} = F^Q_k/v_k + F^A_k/τ_k, i.e. the logits of π_{k+1} ∝ exp(F^A_{k+1}/τ_{k+1}) move by
/// Q̂_k/(v√K) (mfppo.md §4 exact-tabular reduction; π_0 uniform). The critic Q̂_k is
///
///   `critic=exact`: the (1−γ)-normalised Q^{π_k} of the meta-action MDP — exact mirror descent;
///   `critic=neural`: `PermutationInvariantCritic` trained by mfppo Alg. 2 — T projected TD(0)
///     steps, η = T^{−1/2}, on samples (x, ā) ~ σ_k (stationary ν_k as printed, or the discounted
///     occupancy), x' ~ P(·|x, ā), ā' ~ π_k(·|x'), the ball 𝔹(θ_0, R), output the average θ̄_T.
///
/// The finite game has no separate representative agent: x is the whole profile, so Alg. 2's
/// "s' vs s" flag on the TD target does not arise, and the N samples of d_S are the N agents
/// themselves. Iterates are the game's joint policies induced by the meta policies.
public final class MFPPOLearner: IterativeLearner {
    let meta: MetaActionMDP
    let stepSize: Double
    let neural: Bool
    let tdSteps: Int
    let radius: Double
    let law: StationarySampler.StateLaw
    private var logits: [Double]
    private var critic: PermutationInvariantCritic?
    private let rng: RandomSource

    init(context: LearnerContext, p: LearnerParameters) throws(ModelError) {
        meta = try MetaActionMDP(game: context.game)
        stepSize = 1 / (try p.positive("v") * Double(context.iterations).squareRoot())
        neural = p.text("critic") == "neural"
        tdSteps = try p.integer("tdSteps", in: 1...100_000_000)
        radius = try p.positive("radius")
        law = StationarySampler.StateLaw(rawValue: p.text("sampling"))!
        logits = [Double](repeating: 0, count: context.game.stateCount * meta.metaActionCount)
        if neural {
            critic = PermutationInvariantCritic(localStates: meta.localStateCount, metaActions: meta.metaActionCount,
                                                width: try p.integer("width", in: 1...100_000), agents: context.game.agentCount,
                                                meanPooling: p.text("pooling") == "mean", rng: context.random("critic"))
        }
        rng = context.random("td")
    }

    public var targetRule: TargetRule? { nil }

    private var metaPolicy: [Double] { PolicyRows.softmax(logits, width: meta.metaActionCount) }

    public func start() throws -> LearnerIterate { LearnerIterate(policy: .joint(meta.jointPolicy(metaPolicy))) }

    public func step() throws -> LearnerIterate {
        let pi = metaPolicy
        let exactQ = try meta.normalizedActionValues(pi)
        let qHat = neural ? try tdCritic(pi) : exactQ
        for k in logits.indices { logits[k] += stepSize * qHat[k] }
        let next = metaPolicy
        let exactNext = PolicyRows.softmax(zip(PolicyRows.logits(pi), exactQ).map { $0 + stepSize * $1 }, width: meta.metaActionCount)
        let distance = PolicyRows.maximumDistances(.joint(meta.jointPolicy(next)), .joint(meta.jointPolicy(exactNext)), game: meta.game)
        var estimates: QEstimates?
        var diagnostics: [(name: String, value: Double)] = []
        if neural, let critic {
            estimates = QEstimates(kind: .joint, scale: .normalized, of: .previous, tables: [meta.jointSummary(qHat)])
            diagnostics.append(("‖θ̄ − θ_0‖", Vector.twoNorm(zip(critic.network.parameters, critic.initial).map { $0 - $1 })))
            var maxError = 0.0
            for k in qHat.indices { maxError = max(maxError, abs(qHat[k] - exactQ[k])) }
            diagnostics.append(("max_{x,ā} |F^Q − Q| (meta actions)", maxError))
        }
        return LearnerIterate(policy: .joint(meta.jointPolicy(next)), qEstimates: estimates, targetDistance: distance,
                              diagnostics: diagnostics)
    }

    /// mfppo Alg. 2 from θ_0: projected TD(0) with the normalised target (1−γ)r + γF(x', ā'), averaged.
    private func tdCritic(_ pi: [Double]) throws -> [Double] {
        guard var c = critic else { return [] }
        let game = meta.game, nM = meta.metaActionCount
        c.network.parameters = c.initial
        let nu = try StationarySampler.stateDistribution(mdp: meta.mdp, policy: pi, law: law)
        let simulator = GameSimulator(game: game)
        let eta = 1 / Double(tdSteps).squareRoot()
        var average = [Double](repeating: 0, count: c.network.parameterCount)
        for _ in 0..<tdSteps {
            let x = simulator.sample(nu[...], rng: rng)
            let a = simulator.sample(pi[(x * nM)..<((x + 1) * nM)], rng: rng)
            let next = simulator.nextState(x, meta.jointAction[x * nM + a], rng: rng)
            let aNext = simulator.sample(pi[(next * nM)..<((next + 1) * nM)], rng: rng)
            let delta = c.value(profile: meta.profiles[x], meta: a) - (1 - game.gamma) * meta.mdp.rewards[x * nM + a]
                - game.gamma * c.value(profile: meta.profiles[next], meta: aNext)
            let g = c.gradient(profile: meta.profiles[x], meta: a)
            for k in g.indices { c.network.parameters[k] -= eta * delta * g[k] }
            ParameterProjection.euclideanBall(&c.network.parameters, centre: c.initial, radius: radius)
            for k in average.indices { average[k] += c.network.parameters[k] / Double(tdSteps) }
        }
        c.network.parameters = average
        critic = c
        return (0..<(game.stateCount * nM)).map { c.value(profile: meta.profiles[$0 / nM], meta: $0 % nM) }
    }
}

extension LearnerCatalog {
    static let mfppo = LearnerSpec(
        name: "mfppo",
        summary: "mean-field PPO on the meta-action MDP of a population game, exact or permutation-invariant neural critic (mfppo Alg. 1)",
        citation: "mfppo Alg. 1 (schedule τ_{k+1} = v√K/(k+1)), Alg. 2 (TD critic), Sec. 3–4 networks",
        parameters: [
            .init("v", default: "1", "proximity v (v_k = v√K): the logits move by Q̂/(v√K)"),
            .init("critic", default: "exact", "exact normalised Q, or the permutation-invariant neural critic trained by TD", choices: ["exact", "neural"]),
            .init("width", default: "64", "m: hidden width of the neural critic"),
            .init("pooling", default: "mean", "c_N: 1/N mean pooling (App. E) or 1/√N (Sec. 4 as printed)", choices: ["mean", "sqrt"]),
            .init("tdSteps", default: "5000", "T: TD iterations per policy evaluation (η = T^{−1/2})"),
            .init("radius", default: "10", "R: the critic stays in 𝔹(θ_0, R)"),
            .init("sampling", default: "stationary", "state law of σ_k: stationary ν_k as printed, or the discounted occupancy from ρ₀", choices: StationarySampler.StateLaw.allCases.map(\.rawValue)),
        ]
    ) { context, p throws(ModelError) in
        try MFPPOLearner(context: context, p: p)
    }
}
