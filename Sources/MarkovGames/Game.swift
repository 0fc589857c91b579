/// A finite Markov game M = (S, {A_i}, P, r, γ, ρ₀).
///
/// Storage is flat: `transitions[(s·|A| + a)·|S| + s']` = P(s' | s, a) over the joint index a
/// (see `JointActionSpace` for the order), `rewards` row-major `[s][a]`. A `Game` is validated on
/// construction, so every `Game` value is a well-formed model.
public struct Game: Equatable, Sendable {
    public let name: String
    public let stateNames: [String]
    public let agents: [Agent]
    /// Discount γ ∈ [0, 1).
    public let gamma: Double
    /// ρ₀ ∈ Δ(S).
    public let initial: [Double]
    /// P(s' | s, a), flat `[s][a][s']`.
    public let transitions: [Double]
    public let rewards: Rewards
    /// The locality graph: on the local states when `population` is set (ltde's (S, E)),
    /// otherwise on the states.
    public let graph: StateGraph?
    public let population: PopulationStructure?
    /// Free-text provenance (builder, parameters, citation); carried through files unchanged.
    public let source: String?
    public let jointActions: JointActionSpace

    /// Games whose transition table would exceed this many entries are refused (2 GiB of doubles).
    public static let maximumTableEntries = 1 << 28

    public init(
        name: String, stateNames: [String], agents: [Agent], gamma: Double, initial: [Double],
        transitions: [Double], rewards: Rewards, graph: StateGraph? = nil,
        population: PopulationStructure? = nil, source: String? = nil
    ) throws(ModelError) {
        try Game.validateShape(stateNames: stateNames, agents: agents, gamma: gamma)
        let space = JointActionSpace(sizes: agents.map(\.actionCount))
        let nS = stateNames.count, nA = space.count
        guard initial.count == nS else {
            throw ModelError(path: "initial", "has \(initial.count) entries, the game has \(nS) states")
        }
        try validateDistribution(initial[...], path: "initial")
        guard transitions.count == nS * nA * nS else {
            throw ModelError(path: "transitions", "has \(transitions.count) entries, expected |S|·|A|·|S| = \(nS * nA * nS)")
        }
        for s in 0..<nS {
            for a in 0..<nA {
                let base = (s * nA + a) * nS
                try validateDistribution(transitions[base..<(base + nS)], path: "transitions[\(s)][\(a)]")
            }
        }
        try Game.validate(rewards: rewards, states: nS, jointActions: nA, agents: agents.count)
        if let population { try Game.validate(population: population, states: nS, agents: agents.count) }
        if let graph { try Game.validate(graph: graph, states: nS, population: population) }
        self.name = name
        self.stateNames = stateNames
        self.agents = agents
        self.gamma = gamma
        self.initial = initial
        self.transitions = transitions
        self.rewards = rewards
        self.graph = graph
        self.population = population
        self.source = source
        self.jointActions = space
    }

    /// |S|.
    public var stateCount: Int { stateNames.count }
    /// n.
    public var agentCount: Int { agents.count }
    /// |A| = ∏ |A_i|.
    public var jointActionCount: Int { jointActions.count }

    /// P(s' | s, a).
    @inline(__always)
    public func probability(from s: Int, _ a: Int, to next: Int) -> Double {
        transitions[(s * jointActions.count + a) * stateNames.count + next]
    }

    /// The row P(· | s, a).
    public func transitionRow(_ s: Int, _ a: Int) -> ArraySlice<Double> {
        let base = (s * jointActions.count + a) * stateNames.count
        return transitions[base..<(base + stateNames.count)]
    }

    /// r_i(s, a); the shared reward when rewards are shared.
    @inline(__always)
    public func reward(agent i: Int, _ s: Int, _ a: Int) -> Double {
        rewards.value(agent: i, at: s * jointActions.count + a)
    }

    /// r_max := max |r| (over all agents).
    public var maxAbsoluteReward: Double { rewards.maxAbsolute }

    // MARK: validation

    static func validateShape(stateNames: [String], agents: [Agent], gamma: Double) throws(ModelError) {
        guard gamma.isFinite, gamma >= 0, gamma < 1 else { throw ModelError(path: "gamma", "γ = \(gamma) must lie in [0, 1)") }
        guard !stateNames.isEmpty else { throw ModelError(path: "states", "the game has no states") }
        guard !agents.isEmpty else { throw ModelError(path: "agents", "the game has no agents") }
        for (i, agent) in agents.enumerated() where agent.actions.isEmpty {
            throw ModelError(path: "agents[\(i)].actions", "agent '\(agent.name)' has an empty action set")
        }
        var joint = 1
        for (i, agent) in agents.enumerated() {
            let (p, overflow) = joint.multipliedReportingOverflow(by: agent.actionCount)
            guard !overflow else { throw ModelError(path: "agents[\(i)]", "the joint action count overflows") }
            joint = p
        }
        let nS = stateNames.count
        let (sa, o1) = nS.multipliedReportingOverflow(by: joint)
        let (entries, o2) = sa.multipliedReportingOverflow(by: nS)
        guard !o1, !o2, entries <= maximumTableEntries else {
            let size = Double(nS) * Double(joint) * Double(nS)
            let count = size < 9e18 ? "\(Int(size))" : "\(size)"
            throw ModelError(path: "transitions", "|S|·|A|·|S| = \(nS)·\(joint)·\(nS) = \(count) entries (\(formatBytes(size * 8))) exceeds the limit of \(maximumTableEntries) entries (\(formatBytes(Double(maximumTableEntries) * 8)))")
        }
    }

    static func validate(rewards: Rewards, states nS: Int, jointActions nA: Int, agents n: Int) throws(ModelError) {
        func check(_ r: [Double], _ path: String) throws(ModelError) {
            guard r.count == nS * nA else {
                throw ModelError(path: path, "has \(r.count) entries, expected |S|·|A| = \(nS * nA)")
            }
            for (k, v) in r.enumerated() where !v.isFinite {
                throw ModelError(path: "\(path)[\(k / nA)][\(k % nA)]", "reward \(v) is not finite")
            }
        }
        switch rewards {
        case .shared(let r): try check(r, "rewards")
        case .perAgent(let rs):
            guard rs.count == n else { throw ModelError(path: "rewardsPerAgent", "has \(rs.count) tables for \(n) agents") }
            for (i, r) in rs.enumerated() { try check(r, "rewardsPerAgent[\(i)]") }
        }
    }

    static func validate(population: PopulationStructure, states nS: Int, agents n: Int) throws(ModelError) {
        let k = population.localStates.count
        guard k >= 1 else { throw ModelError(path: "population.localStates", "is empty") }
        var count = 1.0
        for _ in 0..<n { count *= Double(k) }
        guard count == Double(nS) else {
            throw ModelError(path: "population.localStates", "\(k) local states and \(n) agents make \(Int(count)) profiles, the game has \(nS) states")
        }
    }
}

extension Game {
    /// k^N, the number of profile states of a population game with N agents over k local states,
    /// after checking that the transition table |S|·|A|·|S| with |A| = m^N stays within
    /// `maximumTableEntries` (so that no builder allocates state names for a game it must refuse).
    static func profileCount(localStates k: Int, agents n: Int, actionsPerAgent m: Int) throws(ModelError) -> Int {
        var states = 1.0, joint = 1.0
        for _ in 0..<n { states *= Double(k); joint *= Double(m) }
        let entries = states * joint * states
        guard entries <= Double(maximumTableEntries) else {
            throw ModelError(path: "transitions", "|S|·|A|·|S| = \(k)^\(n)·\(m)^\(n)·\(k)^\(n) = \(entries < 9e18 ? "\(Int(entries))" : "\(entries)") entries (\(formatBytes(entries * 8))) exceeds the limit of \(maximumTableEntries) entries (\(formatBytes(Double(maximumTableEntries) * 8)))")
        }
        return Int(states)
    }

    /// The graph is on the local states of a population game, otherwise on the states.
    static func validate(graph: StateGraph, states nS: Int, population: PopulationStructure?) throws(ModelError) {
        let expected = population?.localStates.count ?? nS
        guard graph.nodeCount == expected else {
            let over = population == nil ? "state" : "local state (population.localStates)"
            throw ModelError(path: "graph.nodes", "is \(graph.nodeCount), but the graph must have one node per \(over): \(expected) nodes")
        }
    }
}

func formatBytes(_ bytes: Double) -> String {
    let units = ["B", "KiB", "MiB", "GiB", "TiB", "PiB"]
    var v = bytes, u = 0
    while v >= 1024, u < units.count - 1 { v /= 1024; u += 1 }
    return String(format: "%.1f ", v) + units[u]
}

import Foundation
