import GSLKit
import MarkovGames

/// The class of instances a claim speaks about: how to draw one, how the counterexample search may
/// move within the class, and how to tell whether an instance is still inside it.
public struct InstanceFamily: Sendable {
    /// The hypotheses in words (shown with the claim).
    public let description: String
    /// Draws one instance.
    public let sample: @Sendable (RandomSource) throws -> ClaimInstance
    /// The coordinates the local search may move; `nil` when the class has no free real parameters.
    public let searchSpace: SearchSpace?
    /// Which reductions the shrinker may try.
    public let shrinking: Shrinking
    /// `nil` when `instance` satisfies the hypotheses; otherwise the reason it does not.
    public let admissible: @Sendable (ClaimInstance) -> String?

    public init(description: String, searchSpace: SearchSpace? = nil, shrinking: Shrinking = .none,
                admissible: @escaping @Sendable (ClaimInstance) -> String? = { _ in nil },
                sample: @escaping @Sendable (RandomSource) throws -> ClaimInstance) {
        self.description = description
        self.sample = sample
        self.searchSpace = searchSpace
        self.shrinking = shrinking
        self.admissible = admissible
    }

    /// A family with no randomness: the one instance `instance` (e.g. a paper's worked example).
    public static func fixed(_ description: String, _ instance: ClaimInstance, searchSpace: SearchSpace? = nil) -> InstanceFamily {
        InstanceFamily(description: description, searchSpace: searchSpace) { _ in instance }
    }
}

/// The reductions the shrinker may apply to a violating instance.
public struct Shrinking: Sendable, OptionSet {
    public let rawValue: Int
    public init(rawValue: Int) { self.rawValue = rawValue }
    /// Remove a state of the game (rows renormalised; needs no graph, population or action rule).
    public static let states = Shrinking(rawValue: 1)
    /// Remove an action of one agent (joint actions re-indexed; policies renormalised).
    public static let actions = Shrinking(rawValue: 2)
    /// Remove an agent left with a single action.
    public static let agents = Shrinking(rawValue: 4)
    /// Remove one coordinate of every vector (simplex vectors renormalised).
    public static let vectorEntries = Shrinking(rawValue: 8)
    public static let none: Shrinking = []
    /// States, actions and agents.
    public static let game: Shrinking = [.states, .actions, .agents]
}

/// Where a real parameter lives, and so how the search maps it to an unconstrained coordinate.
public enum ScalarDomain: Sendable, Equatable {
    /// Any real: the coordinate is the value.
    case real
    /// (0, ∞): the coordinate is the log.
    case positive
    /// (a, b): the coordinate is the logit of the position.
    case interval(Double, Double)
}

/// The parts of an instance the counterexample search may move, all mapped to ℝᵈ.
public struct SearchSpace: Sendable {
    /// Move every transition row of the game (through log-probabilities).
    public var transitions: Bool
    /// Move the rewards within this range (through logits); `nil` keeps them.
    public var rewards: ClosedRange<Double>?
    /// Move ρ₀ (through log-probabilities).
    public var initial: Bool
    /// The policies to move (every row, through log-probabilities).
    public var policies: [String]
    /// The reals to move, with their domains.
    public var scalars: [String: ScalarDomain]
    /// Vectors to move: `true` for probability vectors (log-probabilities), `false` for free reals.
    public var vectors: [String: Bool]

    public init(transitions: Bool = false, rewards: ClosedRange<Double>? = nil, initial: Bool = false,
                policies: [String] = [], scalars: [String: ScalarDomain] = [:], vectors: [String: Bool] = [:]) {
        self.transitions = transitions
        self.rewards = rewards
        self.initial = initial
        self.policies = policies
        self.scalars = scalars
        self.vectors = vectors
    }

    /// The whole game (transitions, rewards in `rewardRange`, ρ₀) and the named policies.
    public static func game(rewardRange: ClosedRange<Double>, policies: [String] = []) -> SearchSpace {
        SearchSpace(transitions: true, rewards: rewardRange, initial: true, policies: policies)
    }
}
