import ExactSolvers
import Foundation
import GSLKit
import MarkovGames

/// Decentralized diffusion policy learning (ddpl Alg. 2 with the per-state ISSM update of Sec. 4.1):
/// every agent's policy is a small diffusion model (`DiffusionActor`) trained by importance-sampling
/// score matching from its previous policy. At epoch k, for every agent i and state s:
///
/// 1. draw a^(1..N) ~ p̃ = π_i^{k−1}(·|s) from the previous model (the draws that tabulated it,
///    from the same noise every epoch: `DiffusionActor.tabulationSeed`);
/// 2. weight them by w_j = π_i^{⋆,k}(a^(j)|s)/p̃(a^(j)|s) = exp(λQ̂_i(s, a^(j)))/Z(s), λ = η/(1−γ),
///    with Q̂ on the cell of a^(j) (exact Q̄_i of the tabulated game, or rollouts) and
///    Z(s) = Σ_j π_i^{k−1}(a_j|s)exp(λQ̂_i(s,a_j)) exact from the table — or, as printed in Sec. 4.1
///    and Alg. 2, exp(λQ̂) without Z (`weights=unnormalized`, ddpl flag 4);
/// 3. minimise Σ_s (1/N) Σ_j w_j ℓ^θ(a^(j)) (ddpl (2); the network is shared across states), either
///    to convergence (`update=erm`, the argmin of Thm. 4.1) or by one Adam step (`update=alg2-single-step`,
///    Alg. 2 line 6);
/// 4. tabulate the new model on the action rule (`ReverseSampler.tabulate`) for exact evaluation.
///
/// The exact target π_i^{⋆,k} is the DecSPG update of the tabulated π^{k−1}; every iterate records
/// its TV/KL distance to it (the ε_is of Thm. C.2).
public final class DDPLLearner: IterativeLearner {
    public enum Update: String, Sendable { case erm, singleStep = "alg2-single-step" }

    let game: Game
    let eta: Double
    let qSource: DecSPGLearner.QSource
    let normalizeWeights: Bool
    let update: Update
    let loss: DenoisingLoss
    let sizes: DiffusionParameters.TrainingSizes
    let scheduleDiagnostics: [(name: String, value: Double)]
    private var actors: [DiffusionActor]
    private var tables: [[Double]] = []
    private var draws: [[[Double]]] = []
    private let rng: RandomSource

    init(context: LearnerContext, p: LearnerParameters) throws(ModelError) {
        let game = context.game
        let schedule = try ScheduleParameters.schedule(p)
        let sign = DenoisingLoss.TargetSign(rawValue: p.text("sign"))!
        self.game = game
        eta = try p.optionalReal("eta") ?? 0.01 * (1 - game.gamma)
        qSource = try DecSPGLearner.QSource(p)
        normalizeWeights = p.text("weights") == "normalized"
        update = Update(rawValue: p.text("update"))!
        loss = DenoisingLoss(schedule: schedule, weighting: .ddpl, sign: sign)
        sizes = try DiffusionParameters.TrainingSizes(p)
        scheduleDiagnostics = ScheduleParameters.diagnostics(schedule, p)
        rng = context.random("ddpl")
        actors = try DiffusionParameters.actors(game, p, schedule: schedule, weighting: .ddpl, sign: sign, rng: context.random("initial"))
    }

    public var targetRule: TargetRule? { .decentralizedSoftmax(eta: eta) }

    private var policy: ProductPolicy { ProductPolicy(tables: tables) }

    private func tabulateAll() {
        tables = []
        draws = []
        for actor in actors {
            let (table, samples) = actor.tabulate(states: game.stateCount, count: sizes.tabulationSamples)
            tables.append(table)
            draws.append(samples)
        }
    }

    public func start() throws -> LearnerIterate {
        tabulateAll()
        return LearnerIterate(policy: .product(policy), diagnostics: scheduleDiagnostics)
    }

    public func step() throws -> LearnerIterate {
        let previous = policy
        let lambda = eta / (1 - game.gamma)
        let (qHat, estimates) = try qSource.averagedQ(game: game, policy: previous, rng: rng)
        var losses = 0.0, worstESS = 1.0
        for i in 0..<game.agentCount {
            let k = actors[i].rule.pointCount
            let cells = ActionCells(rule: actors[i].rule)
            var samples: [DenoisingLoss.Sample] = []
            for s in 0..<game.stateCount {
                let row = (s * k)..<((s + 1) * k)
                let z = normalizeWeights ? zip(previous.tables[i][row], qHat[i][row]).reduce(0) { $0 + $1.0 * exp(lambda * $1.1) } : 1
                var weights: [Double] = []
                for a in draws[i][s].prefix(sizes.proposalSamples) {
                    let w = exp(lambda * qHat[i][s * k + cells.cell(of: a)]) / z
                    guard w.isFinite else {
                        throw ModelError(path: "--param weights", "the importance weight exp(λQ̂) overflows at state \(game.stateNames[s]); use weights=normalized or a smaller eta")
                    }
                    weights.append(w)
                    samples.append(DenoisingLoss.Sample(x: actors[i].scaling.normalised(a), state: s, weight: w))
                }
                let sum = weights.reduce(0, +), squares = weights.reduce(0) { $0 + $1 * $1 }
                if squares > 0 { worstESS = min(worstESS, sum * sum / squares / Double(weights.count)) }
            }
            switch update {
            case .erm: losses += actors[i].train(on: samples, loss: loss, steps: sizes.trainSteps, minibatch: sizes.minibatch, rng: rng)
            case .singleStep: losses += actors[i].train(on: samples, loss: loss, steps: 1, minibatch: samples.count, rng: rng)
            }
        }
        tabulateAll()
        let exact = try DecentralizedSoftmaxStep.next(game: game, policy: previous, eta: eta)
        return LearnerIterate(policy: .product(policy), qEstimates: estimates,
                              targetDistance: PolicyRows.maximumDistances(.product(policy), .product(exact), game: game),
                              diagnostics: scheduleDiagnostics + [("ISSM loss (last step, summed over agents)", losses),
                                                                  ("effective sample size / N (min over agents and states)", worstESS)])
    }
}

extension LearnerCatalog {
    static let ddpl = LearnerSpec(
        name: "ddpl",
        summary: "decentralized diffusion policies trained by importance-sampling score matching (ddpl Alg. 2)",
        citation: "ddpl Alg. 2 and the per-state ISSM update of Sec. 4.1 (Eq. (2))",
        parameters: [
            .init("eta", default: "auto", "step η (λ = η/(1−γ)); auto = 0.01(1−γ), i.e. λ = 0.01 as in ddpl's toy examples"),
            .init("q", default: "exact", "Q̂_i: exact Q̄_i of the tabulated policy, or sampled from rollouts", choices: ["exact", "sampled"]),
            .init("batch", default: "32", "rollouts per (agent, state, action) when q=sampled"),
            .init("horizon", default: "100", "rollout length H when q=sampled"),
            .init("weights", default: "normalized", "importance weights exp(λQ̂)/Z(s), or exp(λQ̂) as printed (ddpl flag 4)", choices: ["normalized", "unnormalized"]),
            .init("sign", default: "sampler", "denoising target −ε/√(1−ᾱ) (sampler-consistent) or +ε/√(1−ᾱ) as printed (ddpl flag 1)", choices: ["sampler", "printed"]),
            .init("update", default: "erm", "minimise the ISSM loss (Thm. 4.1's argmin) or one Adam step (Alg. 2 line 6)", choices: ["erm", "alg2-single-step"]),
        ] + DiffusionParameters.declared
    ) { context, p throws(ModelError) in
        try DDPLLearner(context: context, p: p)
    }
}
