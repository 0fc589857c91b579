import Foundation
import GSLKit
import MarkovGames

/// One agent's diffusion policy on a one-dimensional action interval: a state-conditioned score
/// network, its Adam optimiser, the reverse sampler and the tabulation on the agent's action rule.
/// Shared by DDPL (ddpl Alg. 2) and the diffusion-actor HAQO (haqo Alg. 1).
public struct DiffusionActor: Sendable {
    public var network: ScoreNetwork
    public let sampler: ReverseSampler
    public let rule: ActionQuadrature
    public let scaling: ActionScaling
    /// The seed of the noise every tabulation pushes through the sampler (common random numbers), so
    /// that the tabulated policy is a fixed function of the network's parameters.
    public let tabulationSeed: UInt64
    /// Jeffreys-type smoothing of the tabulated frequencies: p_j = (count_j + c)/(M + c·|A_i|).
    public let pseudocount: Double
    private var optimiser: Adam

    public init(stateCount: Int, rule: ActionQuadrature, schedule: NoiseSchedule, hidden: [Int], activation: Activation,
                learningRate: Double, pseudocount: Double, rng: RandomSource) {
        network = ScoreNetwork(stateCount: stateCount, steps: schedule.steps, hidden: hidden, activation: activation, rng: rng)
        sampler = ReverseSampler(schedule: schedule)
        self.rule = rule
        scaling = ActionScaling(lower: rule.lowerBound, upper: rule.upperBound)
        tabulationSeed = SeedSequence.derive(rng.seed, "tabulation \(rng.integer(below: Int(Int32.max)))")
        self.pseudocount = pseudocount
        optimiser = Adam(parameterCount: network.network.parameterCount, learningRate: learningRate)
    }

    /// `steps` Adam steps on the weighted denoising loss over minibatches of `minibatch` samples drawn
    /// uniformly (with replacement) from `samples`; returns the mean loss of the last step.
    @discardableResult
    public mutating func train(on samples: [DenoisingLoss.Sample], loss: DenoisingLoss, steps: Int, minibatch: Int, rng: RandomSource) -> Double {
        var last = 0.0
        for _ in 0..<steps {
            let batch = samples.count <= minibatch ? samples : (0..<minibatch).map { _ in samples[rng.integer(below: samples.count)] }
            let (value, gradient) = loss.lossAndGradient(network, batch: batch, rng: rng)
            optimiser.step(&network.network.parameters, gradient: gradient)
            last = value
        }
        return last
    }

    /// The policy at every state, tabulated on the action rule from `count` samples per state (the
    /// same noise every time, from `tabulationSeed`), smoothed by `pseudocount`, with the samples
    /// themselves (actions in the interval), state by state.
    public func tabulate(states: Int, count: Int) -> (table: [Double], samples: [[Double]]) {
        let rng = RandomSource(seed: tabulationSeed)
        let k = Double(rule.pointCount), m = Double(count)
        var table: [Double] = [], samples: [[Double]] = []
        for s in 0..<states {
            let (row, draws) = sampler.tabulate(network, state: s, rule: rule, scaling: scaling, count: count, rng: rng)
            table += row.map { ($0 * m + pseudocount) / (m + pseudocount * k) }
            samples.append(draws)
        }
        return (table, samples)
    }

    /// Uniform draws on the interval (normalised coordinates), `perState` for every state, weight 1:
    /// the data of the initial fit (π⁰ ≈ uniform) and of haqo's entropy surrogate (9).
    public static func uniformSamples(states: Int, perState: Int, weight: Double = 1, rng: RandomSource) -> [DenoisingLoss.Sample] {
        (0..<states).flatMap { s in (0..<perState).map { _ in DenoisingLoss.Sample(x: rng.uniform(-1, 1), state: s, weight: weight) } }
    }
}

/// The network and training parameters shared by the diffusion learners.
enum DiffusionParameters {
    static let declared: [LearnerParameter] = [
        .init("hidden", default: "32,32", "hidden layer widths of the score network"),
        .init("activation", default: "tanh", "hidden activation", choices: Activation.allCases.filter { $0 != .identity }.map(\.rawValue)),
        .init("learningRate", default: "0.002", "Adam step size"),
        .init("trainSteps", default: "300", "Adam steps per update (update=erm)"),
        .init("minibatch", default: "128", "samples per Adam step"),
        .init("proposalSamples", default: "256", "draws a^(j) ~ p̃(·|s) per state for the weighted loss (N)"),
        .init("tabulationSamples", default: "4096", "sampler draws per state that tabulate the policy on the action rule"),
        .init("pretrainSteps", default: "1500", "Adam steps fitting π⁰ to the uniform law on the interval"),
        .init("pseudocount", default: "0.5", "c of the tabulation p_j = (count_j + c)/(M + c·|A_i|) (0 = raw frequencies)"),
    ] + ScheduleParameters.declared

    /// The sizes of one update of a diffusion learner: Adam steps and minibatch, and the proposal and
    /// tabulation draws per state (the proposals are the tabulation's draws, so N ≤ M).
    struct TrainingSizes: Sendable {
        let trainSteps: Int
        let minibatch: Int
        let proposalSamples: Int
        let tabulationSamples: Int

        init(_ p: LearnerParameters) throws(ModelError) {
            trainSteps = try p.integer("trainSteps", in: 1...10_000_000)
            minibatch = try p.integer("minibatch", in: 1...1_000_000)
            proposalSamples = try p.integer("proposalSamples", in: 1...10_000_000)
            tabulationSamples = try p.integer("tabulationSamples", in: 1...100_000_000)
            guard proposalSamples <= tabulationSamples else {
                throw ModelError(path: "--param proposalSamples", "\(proposalSamples) exceeds tabulationSamples = \(tabulationSamples) (the proposal draws are the tabulation's draws)")
            }
        }
    }

    static func hidden(_ p: LearnerParameters) throws(ModelError) -> [Int] {
        let parts = p.text("hidden").split(separator: ",")
        var widths: [Int] = []
        for part in parts {
            guard let w = Int(part.trimmingCharacters(in: .whitespaces)), (1...4096).contains(w) else {
                throw ModelError(path: "--param hidden", "'\(p.text("hidden"))' is not a comma-separated list of widths in 1…4096")
            }
            widths.append(w)
        }
        guard !widths.isEmpty else { throw ModelError(path: "--param hidden", "give at least one hidden width") }
        return widths
    }

    /// Checks that every agent has an action interval and returns the rules.
    static func rules(_ game: Game) throws(ModelError) -> [ActionQuadrature] {
        var rules: [ActionQuadrature] = []
        for (i, agent) in game.agents.enumerated() {
            guard let rule = agent.actionRule else {
                throw ModelError(path: "agents[\(i)]", "agent '\(agent.name)' has finite actions; a diffusion policy needs an action interval (\"interval\" in the game file)")
            }
            rules.append(rule)
        }
        return rules
    }

    /// One actor per agent, each fitted to the uniform law on its interval (π⁰).
    static func actors(_ game: Game, _ p: LearnerParameters, schedule: NoiseSchedule, weighting: DenoisingLoss.Weighting,
                       sign: DenoisingLoss.TargetSign, rng: RandomSource) throws(ModelError) -> [DiffusionActor] {
        let rules = try rules(game)
        let hidden = try hidden(p)
        let activation = Activation(rawValue: p.text("activation"))!
        let rate = try p.positive("learningRate")
        let steps = try p.integer("pretrainSteps", in: 0...10_000_000)
        let minibatch = try p.integer("minibatch", in: 1...1_000_000)
        let loss = DenoisingLoss(schedule: schedule, weighting: weighting, sign: sign)
        let pseudocount = try p.nonNegative("pseudocount")
        return rules.map { rule in
            var actor = DiffusionActor(stateCount: game.stateCount, rule: rule, schedule: schedule, hidden: hidden,
                                       activation: activation, learningRate: rate, pseudocount: pseudocount, rng: rng)
            let data = DiffusionActor.uniformSamples(states: game.stateCount, perState: 512, rng: rng)
            actor.train(on: data, loss: loss, steps: steps, minibatch: minibatch, rng: rng)
            return actor
        }
    }
}
