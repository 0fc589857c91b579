import ExactSolvers
import Foundation
import GSLKit
import MarkovGames

/// LTDE-Neural-AC (ltde Alg. 2 with the neural TD critic of Alg. 1) on a networked population game.
///
/// Actor (4.4): for every local state x a two-layer ReLU network f(·; θ_x) on ζ_x = (µ(x), h(x)) and the
/// Gibbs team law Π_x(h(x)|µ(x)) ∝ exp(τ f((µ(x), h(x)); θ_x)) over the splits of the n_x agents in x
/// over the actions; the agents of team x then play a uniformly random assignment of that split, so
/// the game's joint policy is π(a|s) = ∏_{x: n_x>0} Π_x(h_x(s,a)|µ(x)) / (n_x!/∏_b c_{x,b}!).
///
/// Critic (Alg. 1): for every x a two-layer ReLU network Q_x(ζ_x^κ; ω_x) on the κ-hop truncation
/// ζ_x^κ = (µ(N_x^κ), h(N_x^κ)), trained by T_critic semi-gradient TD(0) steps on the local reward r_x
/// (`LocalRewards`) with (s, a) ~ ν_θ, s' ~ P, a' ~ π(·|s'), each entry of ω_x clipped to
/// ω_x(0) ± R/√M (4.12), Polyak-averaged (4.13), η_critic = min{(1−γ)/8, T_critic^{−1/2}}.
///
/// Actor step (4.14): B samples (s, a) ~ σ_θ (the discounted visitation from ρ₀), and for every x
/// ĝ_x = τ/((1−γ)B) Σ_l [Σ_{y∈N_x^κ} Q_y(ζ_y^κ)] Φ̂(θ, x, µ_l, h_l), Φ̂ = φ_{θ_x}(ζ_x) − E_{h'~Π_x}φ_{θ_x}(µ(x), h')
/// with φ = ∇_θ f (4.6)–(4.7), then θ_x ← clip(θ_x + η_actor ĝ_x) to θ_x(0) ± R/√M, η_actor = K^{−1/2}.
public final class LTDEActorCritic: IterativeLearner {
    let teams: NetworkedTeams
    let rewards: LocalRewards
    let tau: Double
    let radius: Double
    let criticSteps: Int
    let criticStep: Double
    let actorStep: Double
    let batch: Int
    let law: StationarySampler.StateLaw
    private var actors: [MLP]
    private let actorInit: [[Double]]
    private let criticInit: [MLP]
    private var critics: [MLP]
    /// The splits of n agents over the actions, for n = 0…N, and their index.
    private let splits: [[[Int]]]
    private let splitIndex: [[[Int]: Int]]
    private let rng: RandomSource

    init(context: LearnerContext, p: LearnerParameters) throws(ModelError) {
        let game = context.game
        teams = try NetworkedTeams(game: game, hops: try p.integer("hops", in: 0...1000))
        rewards = LocalRewards(teams: teams, weighted: p.text("teamReward") == "weighted")
        tau = try p.positive("tau")
        radius = try p.positive("radius")
        criticSteps = try p.integer("criticSteps", in: 1...100_000_000)
        criticStep = try p.optionalReal("criticStep") ?? min((1 - game.gamma) / 8, 1 / Double(criticSteps).squareRoot())
        actorStep = try p.optionalReal("actorStep") ?? 1 / Double(context.iterations).squareRoot()
        batch = try p.integer("batch", in: 1...100_000_000)
        law = StationarySampler.StateLaw(rawValue: p.text("sampling"))!
        let width = try p.integer("width", in: 1...100_000)
        let draws = context.random("networks")
        let ones = p.text("secondLayer") == "ones"
        let m = teams.actionCount
        actors = (0..<teams.localStateCount).map { _ in
            MLP.twoLayerReLU(inputs: 1 + m, signs: ones ? [Double](repeating: 1, count: width) : MLP.randomSigns(width, rng: draws), rng: draws)
        }
        actorInit = actors.map(\.parameters)
        critics = teams.neighbourhoods.map { hood in
            MLP.twoLayerReLU(inputs: hood.count * (1 + m), signs: ones ? [Double](repeating: 1, count: width) : MLP.randomSigns(width, rng: draws), rng: draws)
        }
        criticInit = critics
        splits = (0...game.agentCount).map { Compositions.all(total: $0, parts: m) }
        splitIndex = splits.map { list in Dictionary(uniqueKeysWithValues: list.enumerated().map { ($0.element, $0.offset) }) }
        rng = context.random("samples")
    }

    public var targetRule: TargetRule? { nil }

    /// Π_x(·|µ(x)) over the splits of n agents (n ≥ 1).
    private func teamLaw(_ x: Int, agents n: Int) -> [Double] {
        let share = Double(n) / Double(teams.game.agentCount)
        return Special.softmax(splits[n].map { tau * actors[x](teams.teamFeature(share: share, counts: $0))[0] })
    }

    /// The game's joint policy.
    private var policy: JointPolicy {
        let game = teams.game, nA = game.jointActionCount, m = teams.actionCount
        var table = [Double](repeating: 0, count: game.stateCount * nA)
        for s in 0..<game.stateCount {
            let counts = teams.counts(state: s)
            let laws = (0..<teams.localStateCount).map { x in counts[x] > 0 ? teamLaw(x, agents: counts[x]) : [] }
            for a in 0..<nA {
                let c = teams.actionCounts(state: s, action: a)
                var prob = 1.0
                for x in 0..<teams.localStateCount where counts[x] > 0 {
                    let split = Array(c[(x * m)..<((x + 1) * m)])
                    prob *= laws[x][splitIndex[counts[x]][split]!] / TeamCompositions.multinomial(split)
                }
                table[s * nA + a] = prob
            }
        }
        return JointPolicy(table: table)
    }

    public func start() throws -> LearnerIterate { LearnerIterate(policy: .joint(policy)) }

    public func step() throws -> LearnerIterate {
        let game = teams.game, nA = game.jointActionCount
        let pi = policy
        let simulator = GameSimulator(game: game)
        // Critic (Alg. 1).
        let nu = try StationarySampler.stateDistribution(mdp: FiniteMDP(game: game), policy: pi.table, law: law)
        critics = criticInit
        var averages = critics.map(\.parameters)
        for t in 0..<criticSteps {
            let s = simulator.sample(nu[...], rng: rng)
            let a = simulator.jointAction(pi, state: s, rng: rng)
            let next = simulator.nextState(s, a, rng: rng)
            let aNext = simulator.jointAction(pi, state: next, rng: rng)
            for x in 0..<teams.localStateCount {
                let zeta = teams.truncatedFeature(x, state: s, action: a)
                let zetaNext = teams.truncatedFeature(x, state: next, action: aNext)
                let delta = critics[x](zeta)[0] - rewards.tables[x][s * nA + a] - game.gamma * critics[x](zetaNext)[0]
                let g = critics[x].gradient(at: zeta, outputGradient: [1]).parameters
                for k in g.indices { critics[x].parameters[k] -= criticStep * delta * g[k] }
                ParameterProjection.box(&critics[x].parameters, centre: criticInit[x].parameters, radius: radius / Double(critics[x].layers[0].outputs).squareRoot())
                let w = 1 / Double(t + 2)
                for k in averages[x].indices { averages[x][k] = (1 - w) * averages[x][k] + w * critics[x].parameters[k] }
            }
        }
        for x in critics.indices { critics[x].parameters = averages[x] }
        let localQ = (0..<teams.localStateCount).map { x in
            (0..<(game.stateCount * nA)).map { critics[x](teams.truncatedFeature(x, state: $0 / nA, action: $0 % nA))[0] }
        }
        // Actor (Alg. 2, (4.14)).
        let sigma = try FiniteMDP(game: game).discountedStateOccupancy(policy: pi.table)
        var gradients = actors.map { [Double](repeating: 0, count: $0.parameterCount) }
        for _ in 0..<batch {
            let s = simulator.sample(sigma[...], rng: rng)
            let a = simulator.jointAction(pi, state: s, rng: rng)
            let counts = teams.counts(state: s)
            for x in 0..<teams.localStateCount where counts[x] > 0 {
                let zeta = teams.localFeature(x, state: s, action: a)
                var phi = actors[x].gradient(at: zeta, outputGradient: [1]).parameters
                let lawX = teamLaw(x, agents: counts[x]), share = Double(counts[x]) / Double(game.agentCount)
                for (j, split) in splits[counts[x]].enumerated() where lawX[j] > 0 {
                    let g = actors[x].gradient(at: teams.teamFeature(share: share, counts: split), outputGradient: [1]).parameters
                    for k in phi.indices { phi[k] -= lawX[j] * g[k] }
                }
                let qSum = teams.neighbourhoods[x].reduce(0) { $0 + localQ[$1][s * nA + a] }
                let scale = tau * qSum / ((1 - game.gamma) * Double(batch))
                for k in phi.indices { gradients[x][k] += scale * phi[k] }
            }
        }
        for x in actors.indices {
            for k in actors[x].parameters.indices { actors[x].parameters[k] += actorStep * gradients[x][k] }
            ParameterProjection.box(&actors[x].parameters, centre: actorInit[x], radius: radius / Double(actors[x].layers[0].outputs).squareRoot())
        }
        var estimates: QEstimates?
        if rewards.weighted {
            estimates = QEstimates(kind: .joint, of: .previous, tables: [(0..<(game.stateCount * nA)).map { sa in localQ.reduce(0) { $0 + $1[sa] } }])
        }
        return LearnerIterate(policy: .joint(policy), qEstimates: estimates,
                              diagnostics: [("max_x |Σ_a Π_x(δ_a)^{1/n} − 1| (0 ⇔ Π in U, ltde F4)", membershipGap())])
    }

    /// ltde flag F4: Σ_a Π_x(δ_a|µ(x))^{1/(Nµ(x))} equals 1 for the laws (3.2) induced by individual
    /// policies; the largest deviation over x and n = 1…N.
    private func membershipGap() -> Double {
        var worst = 0.0
        for x in 0..<teams.localStateCount {
            for n in 1...teams.game.agentCount {
                let law = teamLaw(x, agents: n)
                var total = 0.0
                for b in 0..<teams.actionCount {
                    var dirac = [Int](repeating: 0, count: teams.actionCount)
                    dirac[b] = n
                    total += pow(law[splitIndex[n][dirac]!], 1 / Double(n))
                }
                worst = max(worst, abs(total - 1))
            }
        }
        return worst
    }
}

extension LearnerCatalog {
    static let ltde = LearnerSpec(
        name: "ltde-ac",
        summary: "LTDE-Neural-AC: localized actor-critic with κ-hop truncated neural critics on a networked game (ltde Alg. 2)",
        citation: "ltde Alg. 1 (neural TD critic) and Alg. 2 (actor-critic), eqs. (4.3)–(4.14)",
        parameters: [
            .init("hops", default: "1", "κ: critics see ζ_x^κ and the actor sums Q_y over N_x^κ"),
            .init("width", default: "16", "M: hidden width of every actor and critic"),
            .init("radius", default: "1", "R: every entry stays within R/√M of its initial value (R = 1 in Thm. 5.10)"),
            .init("tau", default: "1", "temperature τ of the Gibbs team law (τ = 1 in Thm. 5.10)"),
            .init("criticSteps", default: "2000", "T_critic: TD steps per policy evaluation"),
            .init("criticStep", default: "auto", "η_critic; auto = min{(1−γ)/8, T_critic^{−1/2}}"),
            .init("actorStep", default: "auto", "η_actor; auto = K^{−1/2} (Thm. 5.10)"),
            .init("batch", default: "64", "B: samples of σ_θ per actor step"),
            .init("teamReward", default: "weighted", "r_y with the µ(y) factor of the App. A proof (Σ_y r_y = r), or (3.6) as printed (ltde F1)", choices: ["weighted", "printed"]),
            .init("secondLayer", default: "random", "b_m ~ Unif{−1,+1} (Algs. 1–2) or b_m = 1 (text after (4.3))", choices: ["random", "ones"]),
            .init("sampling", default: "stationary", "critic samples from the stationary ν_θ (as printed) or the discounted visitation", choices: StationarySampler.StateLaw.allCases.map(\.rawValue)),
        ]
    ) { context, p throws(ModelError) in
        try LTDEActorCritic(context: context, p: p)
    }
}
