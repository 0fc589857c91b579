import ExactSolvers
import GSLKit
import MarkovGames

/// Multi-agent PPO with exact Q and tabular softmax conditional policies (mappo Alg. 1 with one-hot
/// features, Assumption 4.3 with ε' = 0 and no projection error): in iteration k every agent m, in
/// the order σ, moves its logits from the same π_k,
///
///   `update=algorithm1`:  θ_{k+1}^m = θ_k^m + Q_{π_k}^{1:m}(s,a^{1:m−1},·)/β_k   (Prop. 4.2's ideal update),
///   `update=appendix-e`:  the update of the authors' App. E simulation (mappo.md §4.7): the direction of
///                         agent m at (s, a^{1:m}) is V(s) of the stationary policy in which the first m
///                         agents always play a^{1:m} and every later agent plays its current marginal
///                         (for the ratio game θ_a += η·V(e_a, p2), z_{a,b} += η·V(e_a, e_b)),
///
/// with 1/β_k = `step` for every k (App. E's η), or β_k = β√K (Alg. 1 line 3).
public final class MAPPOExact: IterativeLearner {
    public enum Update: String, Sendable, CaseIterable {
        case algorithm1
        case appendixE = "appendix-e"
    }

    public let game: Game
    public let update: Update
    /// β_k (constant in k).
    public let beta: Double
    private var logits: ConditionalLogits

    public init(game: Game, update: Update, beta: Double, order: [Int], initial: Policy? = nil) throws(ModelError) {
        self.game = game
        self.update = update
        self.beta = beta
        logits = try initial.map { p throws(ModelError) in try ConditionalLogits(game: game, order: order, initial: p) }
            ?? ConditionalLogits(game: game, order: order)
    }

    public var targetRule: TargetRule? { update == .algorithm1 ? .mirrorDescent(beta: beta) : nil }

    public func start() throws -> LearnerIterate { LearnerIterate(policy: .conditional(logits.policy)) }

    public func step() throws -> LearnerIterate {
        let pi = logits.policy
        let directions: [[Double]]
        switch update {
        case .algorithm1:
            directions = Array(try LocalizedActionValues(game: game, policy: pi).tables.dropFirst())
        case .appendixE:
            directions = try Self.appendixEDirections(game: game, policy: pi)
        }
        for m in directions.indices { logits.add(directions[m], scale: 1 / beta, at: m) }
        return LearnerIterate(policy: .conditional(logits.policy))
    }

    /// The App. E directions: for every position m and prefix b_m, V(s) of the product policy in which
    /// the agents σ(1…m) play b_m at every state and each later agent j plays its marginal
    /// Σ_b π^{1:j−1}(b|s) π^j(·|s,b); flat [s][b_m] like Q^{1:m}. Complexity O(|A| evaluations).
    static func appendixEDirections(game: Game, policy: ConditionalPolicy) throws -> [[Double]] {
        let n = game.agentCount, nS = game.stateCount
        let order = policy.order
        let sizes = order.map { game.agents[$0].actionCount }
        let joint = policy.joint(in: game)
        // Marginal of every agent at every state under the current joint policy.
        let space = game.jointActions
        var marginals = game.agents.map { [Double](repeating: 0, count: nS * $0.actionCount) }
        for s in 0..<nS {
            for a in 0..<space.count {
                let p = joint.table[s * space.count + a]
                for i in 0..<n { marginals[i][s * space.sizes[i] + space.action(ofAgent: i, in: a)] += p }
            }
        }
        var out: [[Double]] = []
        var prefixCount = 1
        for m in 0..<n {
            prefixCount *= sizes[m]
            let prefixSpace = JointActionSpace(sizes: Array(sizes[0...m]))
            var direction = [Double](repeating: 0, count: nS * prefixCount)
            for b in 0..<prefixCount {
                let actions = prefixSpace.actions(of: b)
                var tables = marginals
                for (l, agent) in order[0...m].enumerated() {
                    let k = game.agents[agent].actionCount
                    tables[agent] = (0..<(nS * k)).map { $0 % k == actions[l] ? 1 : 0 }
                }
                let values = try game.evaluate(.product(ProductPolicy(tables: tables))).values
                for s in 0..<nS { direction[s * prefixCount + b] = values[s] }
            }
            out.append(direction)
        }
        return out
    }
}

extension LearnerCatalog {
    static let mappo = LearnerSpec(
        name: "mappo",
        summary: "multi-agent PPO, exact Q, tabular conditional softmax policies (mappo Alg. 1, App. E)",
        citation: "mappo Alg. 1 / Prop. 4.2 (exact), and the App. E simulation update",
        parameters: [
            .init("update", default: "algorithm1", "algorithm1: localized Q^{1:m}/β_k; appendix-e: the authors' App. E update", choices: MAPPOExact.Update.allCases.map(\.rawValue)),
            .init("beta", default: "1", "β of Alg. 1 line 3, β_k = β√K (ignored when step is set)"),
            .init("step", default: "none", "App. E's step size η: 1/β_k = η for every k"),
        ],
        acceptsInitialPolicy: true
    ) { context, p throws(ModelError) in
        let beta: Double
        if p.text("step") == "none" {
            beta = try p.positive("beta") * Double(context.iterations).squareRoot()
        } else {
            beta = 1 / (try p.positive("step"))
        }
        return try MAPPOExact(game: context.game, update: MAPPOExact.Update(rawValue: p.text("update"))!, beta: beta,
                              order: Array(0..<context.game.agentCount), initial: context.initialPolicy)
    }
}
