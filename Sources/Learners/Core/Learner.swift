import GSLKit
import MarkovGames

/// A learner's own estimates of Q (or of the values the exact Q is compared with in `validate`).
///
/// The kinds are the objects the five papers' critics estimate; `scale` says whether the values
/// are unnormalized (Σ_t γ^t r, ddpl, mappo, ltde) or (1−γ)-normalized (mfppo).
public struct QEstimates: Sendable, Equatable {
    public enum Kind: String, Sendable, CaseIterable {
        /// Q(s,a) over the game's joint index; `tables` = [[s][a]].
        case joint
        /// Agent i's averaged Q̄_i(s,a_i) = E_{a_{−i}~π_{−i}} Q(s,a) (ddpl Sec. 2.1); `tables[i]` = [s][a_i].
        case agentAveraged = "agent-averaged"
        /// The localized Q^{1:m}(s,a^{1:m}) of a conditional policy along its order (mappo Def. 3.1);
        /// `tables[m−1]` = [s][b_m], b_m the lexicographic index of the first m agents' actions.
        case localized
    }

    public enum Scale: String, Sendable, CaseIterable {
        case unnormalized
        /// (1−γ)·Q (mfppo Sec. 2).
        case normalized
    }

    /// Which iterate's Q the estimates are of.
    public enum Subject: String, Sendable, CaseIterable {
        /// Q of π^{k−1}: the estimate the update from π^{k−1} to π^k used (a critic before the step).
        case previous
        /// Q of π^k, the iterate on the same line.
        case current
    }

    public var kind: Kind
    public var scale: Scale
    public var subject: Subject
    /// Flat tables, layout per `kind`.
    public var tables: [[Double]]

    public init(kind: Kind, scale: Scale = .unnormalized, of subject: Subject, tables: [[Double]]) {
        self.kind = kind
        self.scale = scale
        self.subject = subject
        self.tables = tables
    }
}

/// Distances of an iterate to the exact update the learner approximates (ddpl Thm. C.2's
/// π̃^k: the exact step from the actual previous iterate), max over agents and states.
public struct TargetDistance: Sendable, Equatable {
    /// max_{i,s} D_TV(π_i^k(·|s), π̃_i^k(·|s)).
    public var totalVariation: Double
    /// max_{i,s} KL(π_i^k(·|s) ‖ π̃_i^k(·|s)) (+∞ when the support is not contained).
    public var kullbackLeibler: Double

    public init(totalVariation: Double, kullbackLeibler: Double) {
        self.totalVariation = totalVariation
        self.kullbackLeibler = kullbackLeibler
    }
}

/// The exact update a learner's iterates approximate, declared in the trace header so that
/// `validate` can recompute each iterate's distance to it from the previous iterate.
public enum TargetRule: Sendable, Equatable {
    /// Exact DecSPG (ddpl Alg. 1 with Q̂ = Q̄, Π_i all policies): π_i ∝ π_i · exp(η/(1−γ)·Q̄_i), product policies.
    case decentralizedSoftmax(eta: Double)
    /// Exact MA-PPO step (mappo Prop. 4.2 with exact Q): π^m ∝ π^m · exp(Q^{1:m}/β), conditional policies.
    case mirrorDescent(beta: Double)

    /// The rule's name in trace files.
    public var name: String {
        switch self {
        case .decentralizedSoftmax: "decspg"
        case .mirrorDescent: "mappo-mirror-descent"
        }
    }
}

/// One iterate of a learner: its policy and what it knows about itself.
public struct LearnerIterate: Sendable {
    public var policy: Policy
    public var qEstimates: QEstimates?
    /// Measured by the learner itself (validate recomputes it independently when the header
    /// declares a target rule).
    public var targetDistance: TargetDistance?
    /// Learner-specific named numbers (parameters of a Gaussian, SGD residuals, ‖θ‖, …).
    public var diagnostics: [(name: String, value: Double)]

    public init(policy: Policy, qEstimates: QEstimates? = nil, targetDistance: TargetDistance? = nil,
                diagnostics: [(name: String, value: Double)] = []) {
        self.policy = policy
        self.qEstimates = qEstimates
        self.targetDistance = targetDistance
        self.diagnostics = diagnostics
    }
}

/// A learner in the middle of a run: `start()` gives π^0, every `step()` the next iterate.
/// Learners are seeded at construction; the same game, parameters and seed give the same iterates.
public protocol IterativeLearner: AnyObject {
    /// The iterate before any update (k = 0).
    func start() throws -> LearnerIterate
    /// The next iterate (k = 1, 2, …).
    func step() throws -> LearnerIterate
    /// The exact update the iterates approximate, when there is one.
    var targetRule: TargetRule? { get }
}

/// What a learner is built from besides its parameters.
public struct LearnerContext: Sendable {
    public let game: Game
    /// The number of iterations K of the run (mappo's β_k = β√K and mfppo's v_k = v√K depend on it).
    public let iterations: Int
    public let seed: UInt64
    /// A given starting policy π⁰ (`run --initial`), for the learners that accept one.
    public let initialPolicy: Policy?

    public init(game: Game, iterations: Int, seed: UInt64, initialPolicy: Policy? = nil) {
        self.game = game
        self.iterations = iterations
        self.seed = seed
        self.initialPolicy = initialPolicy
    }

    /// A fresh seeded source for a named part of the learner.
    public func random(_ label: String) -> RandomSource { RandomSource(seed: SeedSequence.derive(seed, label)) }
}

/// One registered learner: name, citation, parameters and how to build it.
public struct LearnerSpec: Sendable {
    public let name: String
    public let summary: String
    public let citation: String
    public let parameters: [LearnerParameter]
    /// Whether the learner can start from a given policy (`run --initial`).
    public let acceptsInitialPolicy: Bool
    let make: @Sendable (LearnerContext, LearnerParameters) throws(ModelError) -> any IterativeLearner

    public init(name: String, summary: String, citation: String, parameters: [LearnerParameter], acceptsInitialPolicy: Bool = false,
                make: @escaping @Sendable (LearnerContext, LearnerParameters) throws(ModelError) -> any IterativeLearner) {
        self.name = name
        self.summary = summary
        self.citation = citation
        self.parameters = parameters
        self.acceptsInitialPolicy = acceptsInitialPolicy
        self.make = make
    }

    /// Resolves the parameters and builds the learner; refuses bad parameters and games outside
    /// the learner's class with `ModelError` before anything runs.
    public func prepare(game: Game, iterations: Int, seed: UInt64, overrides: [String: String], initial: Policy? = nil) throws(ModelError)
        -> (learner: any IterativeLearner, parameters: LearnerParameters) {
        guard iterations >= 1 else { throw ModelError(path: "--iterations", "must be at least 1, found \(iterations)") }
        if initial != nil, !acceptsInitialPolicy {
            throw ModelError(path: "--initial", "learner '\(name)' builds its own π⁰ (networks or a parameterised class) and does not take a policy file")
        }
        let p = try LearnerParameters(learner: name, declared: parameters, overrides: overrides)
        let learner = try make(LearnerContext(game: game, iterations: iterations, seed: seed, initialPolicy: initial), p)
        return (learner, p)
    }
}
