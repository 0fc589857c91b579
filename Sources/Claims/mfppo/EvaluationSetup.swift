import ExactSolvers
import Foundation
import GSLKit
import Learners

/// The policy-evaluation step of mfppo (Alg. 2, Lemma 4.1, App. E with μ = γ, τ = 1 − γ) on a
/// mean-field MDP: a policy π_k from the actor class — π_k ∝ exp(F^A) with F^A(s, d, ā) linear in d
/// (the form of every mean-embedding network) — its stationary σ_k = ν_k π_k, and a reward: the MDP's
/// own (generic), or one built so that Assumption 1 holds (`realizable`): r = (Q − γ P_π Q)/(1 − γ)
/// for Q(s, d, ā) = Σ_y d(y) w(s, y, ā) with a random table w, so that Q^{π_k} = Q exactly.
struct EvaluationSetup {
    let model: MeanFieldMDP
    /// π_k, flat [x][ā].
    let policy: [Double]
    /// σ_k(x, ā) = ν_k(x) π_k(ā|x).
    let sampling: [Double]
    /// r(x, ā) used (generic or realizable).
    let rewards: [Double]
    /// The realizable Q's table w (nil for the generic reward).
    let realizedTable: [Double]?

    /// Reads "policyEnergy" (a table over the features (s, y, ā)) and, when `realizable`, "qTable".
    init(_ x: ClaimInstance, realizable: Bool) throws {
        let model = try MeanFieldInstances.model(x)
        self.model = model
        let problemShape = SemiGradientProblem(model: model, sampling: [], nextPolicy: [], target: [], mu: 0, next: .nextState)
        let energy = try x.vector("policyEnergy")
        guard energy.count == problemShape.featureCount else { throw ClaimError.outsideHypotheses("policyEnergy needs \(problemShape.featureCount) entries") }
        let nA = model.actionCount, nX = model.stateCount
        let logits = (0..<(nX * nA)).map { Vector.dot(problemShape.embedding($0 / nA, $0 % nA), energy) }
        let policy = PolicyRows.softmax(logits, width: nA)
        self.policy = policy
        let nu = try model.mdp.stationaryDistribution(policy: policy)
        sampling = policy.indices.map { nu[$0 / nA] * policy[$0] }
        if realizable {
            let w = try x.vector("qTable")
            guard w.count == problemShape.featureCount else { throw ClaimError.outsideHypotheses("qTable needs \(problemShape.featureCount) entries") }
            let q = (0..<(nX * nA)).map { Vector.dot(problemShape.embedding($0 / nA, $0 % nA), w) }
            rewards = EvaluationSetup.inverseBellmanRewards(model, policy, q)
            realizedTable = w
        } else {
            rewards = model.mdp.rewards
            realizedTable = nil
        }
    }

    /// r = (q − γ P_π q)/(1 − γ): the reward for which the (1−γ)-scaled Q^π equals q.
    static func inverseBellmanRewards(_ model: MeanFieldMDP, _ policy: [Double], _ q: [Double]) -> [Double] {
        let nX = model.stateCount, gamma = model.mdp.gamma
        let v = model.mdp.stateValues(actionValues: q, policy: policy)
        return q.indices.map { i in
            var e = 0.0
            for t in 0..<nX { e += model.mdp.transitions[i * nX + t] * v[t] }
            return (q[i] - gamma * e) / (1 - gamma)
        }
    }

    /// The same setup with the realizable reward of the table w.
    func realized(by w: [Double]) -> EvaluationSetup {
        let nA = model.actionCount, shape = problem()
        return realized(values: (0..<(model.stateCount * nA)).map { Vector.dot(shape.embedding($0 / nA, $0 % nA), w) }, table: w)
    }

    /// The same setup with the reward r = (q − γ P_π q)/(1 − γ), for which Q^π = q.
    func realized(values q: [Double], table w: [Double]? = nil) -> EvaluationSetup {
        EvaluationSetup(model: model, policy: policy, sampling: sampling, rewards: EvaluationSetup.inverseBellmanRewards(model, policy, q), realizedTable: w)
    }

    /// The table of f⁰_{β(0) + R u}, u a unit direction drawn from `rng`: a member of 𝓕_{R,m}.
    static func realizedAt(_ network: MeanPoolNetwork, radius: Double, rng: RandomSource) -> [Double] {
        let beta = network.displaced(by: network.initial.map { _ in rng.normal() }, radius: radius)
        return network.localTable(beta, gates: .initial)
    }

    private init(model: MeanFieldMDP, policy: [Double], sampling: [Double], rewards: [Double], realizedTable: [Double]?) {
        self.model = model
        self.policy = policy
        self.sampling = sampling
        self.rewards = rewards
        self.realizedTable = realizedTable
    }

    /// The evaluation problem: ρ = σ_k, μ = γ, τξ = (1 − γ) r.
    func problem(next: SemiGradientProblem.NextFeature = .nextState) -> SemiGradientProblem {
        SemiGradientProblem(model: model, sampling: sampling, nextPolicy: policy, target: rewards.map { (1 - model.mdp.gamma) * $0 },
                            mu: model.mdp.gamma, next: next)
    }

    /// Q^{π_k} for the reward in use, (1−γ)-scaled.
    func actionValues() throws -> [Double] {
        try model.mdp.replacingRewards(rewards).normalizedEvaluation(policy: policy).actionValues
    }

    /// The instance family: a mean-field MDP with γ ∈ [0.2, 0.5] (so that η(1 − γ) − 6(1 + γ²)η² > 0
    /// for every T ≥ 256 with η = T^{-1/2}), a random actor energy and, for realizable instances, a
    /// random table of Q.
    static func family(_ description: String, realizable: Bool, extra: @escaping @Sendable (RandomSource, inout ClaimInstance) throws -> Void = { _, _ in }) -> InstanceFamily {
        MeanFieldInstances.family(description, agents: 3...5, gammas: 0.2...0.5, searchable: false, extra: { rng, x in
            x.integers["constantMetaActions"] = 1
            let k = try x.integer("localStates"), nA = try x.integer("localActions")
            x.vectors["policyEnergy"] = (0..<(k * k * nA)).map { _ in rng.normal(standardDeviation: 0.5) }
            if realizable { x.vectors["qTable"] = (0..<(k * k * nA)).map { _ in rng.uniform(-1, 1) } }
            try extra(rng, &x)
        })
    }
}
