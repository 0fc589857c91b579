import ExactSolvers
import GSLKit
import MarkovGames

/// HAQO with small diffusion actors on continuous actions (haqo Alg. 1): the sequential loop of
/// `HAQOTabular` (random permutation, Δ_m from the chosen critic, ω by qadv/qcut averaged over the
/// predecessors' new policies), but each agent's new policy is a `DiffusionActor` trained on
///
///   J^QV + J^ent = E_{s~ρ} E_{a~π_old^i} E_t[ω̄‖ε − ε_θ‖²] + α_i E_{s~ρ} E_{ã~U(A^i)} E_t[‖ε − ε_θ‖²]
///
/// (haqo (5) with ᾱ_t (flag 5), (9)), ε_θ = −√(1−ᾱ_t)s_θ (haqo (96)–(97)), t uniform, states weighted by
/// ρ = d^{π_old} (normalised), actions a~π_old^i drawn from the old actor. The drift penalty is the
/// adaptive line search of haqo A.12.4: the parameter step Δθ of the training is scaled by
/// λ ∈ {1, ½, …} until E_ρ KL between the tabulated old and new policies is ≤ δ.
/// `objective=minimize` is the implementation reading of (11); `objective=maximize` follows (11)
/// literally and ascends the non-negative losses (haqo flag 6).
public final class HAQODiffusion: IterativeLearner {
    let game: Game
    let options: HAQOParameters.Options
    let sign: Double
    let loss: DenoisingLoss
    let sizes: DiffusionParameters.TrainingSizes
    private var actors: [DiffusionActor]
    private var tables: [[Double]] = []
    private var draws: [[[Double]]] = []
    private let rng: RandomSource

    init(context: LearnerContext, p: LearnerParameters) throws(ModelError) {
        game = context.game
        options = try HAQOParameters.Options(game: game, p)
        sign = p.text("objective") == "minimize" ? 1 : -1
        let schedule = try ScheduleParameters.schedule(p)
        loss = DenoisingLoss(schedule: schedule, weighting: .epsilonPrediction, sign: .sampler)
        sizes = try DiffusionParameters.TrainingSizes(p)
        actors = try DiffusionParameters.actors(game, p, schedule: schedule, weighting: .epsilonPrediction, sign: .sampler,
                                                rng: context.random("initial"))
        rng = context.random("haqo")
    }

    public var targetRule: TargetRule? { nil }

    private func tabulate(_ i: Int) {
        let (table, samples) = actors[i].tabulate(states: game.stateCount, count: sizes.tabulationSamples)
        tables[i] = table
        draws[i] = samples
    }

    public func start() throws -> LearnerIterate {
        tables = [[Double]](repeating: [], count: game.agentCount)
        draws = [[[Double]]](repeating: [], count: game.agentCount)
        for i in 0..<game.agentCount { tabulate(i) }
        return LearnerIterate(policy: .product(ProductPolicy(tables: tables)))
    }

    public func step() throws -> LearnerIterate {
        let old = ProductPolicy(tables: tables)
        let permutation = options.randomOrder ? rng.permutation(game.agentCount) : Array(0..<game.agentCount)
        let rho = try options.trustRegion.stateWeights(game: game, old: .product(old))
        let d = try FiniteMDP(game: game).discountedStateOccupancy(policy: old.joint(in: game).table)
        var diagnostics: [(name: String, value: Double)] = [("first agent of the permutation (1-based)", Double(permutation[0] + 1))]
        for m in 1...game.agentCount {
            let agent = permutation[m - 1]
            let k = game.agents[agent].actionCount
            let current = ProductPolicy(tables: tables)
            let delta = try SequentialAdvantage.delta(game: game, critic: options.sequentialCritic ? current : old, permutation: permutation, position: m)
            let omega = SequentialAdvantage.averagedWeights(game: game, delta: delta, weighting: options.weighting, permutation: permutation,
                                                            position: m, old: old, new: current)
            let cells = ActionCells(rule: actors[agent].rule)
            var data: [DenoisingLoss.Sample] = []
            for s in 0..<game.stateCount {
                let stateWeight = Double(game.stateCount) * d[s]
                for a in draws[agent][s].prefix(sizes.proposalSamples) {
                    data.append(.init(x: actors[agent].scaling.normalised(a), state: s, weight: sign * stateWeight * omega[s * k + cells.cell(of: a)]))
                }
                if options.entropyWeight > 0 {
                    for _ in 0..<sizes.proposalSamples {
                        data.append(.init(x: rng.uniform(-1, 1), state: s, weight: sign * stateWeight * options.entropyWeight))
                    }
                }
            }
            let before = actors[agent]
            var trained = before
            trained.train(on: data, loss: loss, steps: sizes.trainSteps, minibatch: sizes.minibatch, rng: rng)
            let step = zip(trained.network.network.parameters, before.network.network.parameters).map { $0 - $1 }
            var lambda = 1.0, kl = 0.0, accepted = false
            for _ in 0..<12 {
                var candidate = trained
                candidate.network.network.parameters = zip(before.network.network.parameters, step).map { $0 + lambda * $1 }
                let table = candidate.tabulate(states: game.stateCount, count: sizes.tabulationSamples).table
                kl = options.trustRegion.expectedKL(old: old.tables[agent], new: table, width: k, rho: rho)
                if options.trustRegion.radius.map({ kl <= $0 }) ?? true {
                    actors[agent] = candidate
                    accepted = true
                    break
                }
                lambda /= 2
            }
            if !accepted { lambda = 0; kl = 0 }
            tabulate(agent)
            diagnostics.append(("line-search λ of \(game.agents[agent].name)", lambda))
            diagnostics.append(("E_ρ KL of \(game.agents[agent].name)", kl))
        }
        return LearnerIterate(policy: .product(ProductPolicy(tables: tables)), diagnostics: diagnostics)
    }
}

extension LearnerCatalog {
    static let haqoDiffusion = LearnerSpec(
        name: "haqo-diffusion",
        summary: "HAQO with small diffusion actors: Q-weighted and entropy denoising losses, KL line search (haqo Alg. 1)",
        citation: "haqo Alg. 1, eqs. (5), (6)–(7), (9), (11), A.12.4",
        parameters: HAQOParameters.declared + [
            .init("objective", default: "minimize", "minimise J^QV + J^ent (implementation reading) or maximise them as (11) prints (haqo flag 6)", choices: ["minimize", "maximize"]),
        ] + DiffusionParameters.declared
    ) { context, p throws(ModelError) in
        try HAQODiffusion(context: context, p: p)
    }
}
