import ExactSolvers
import Foundation
import GSLKit
import Learners

/// Tabular MF-PPO with an exact critic and actor (ε_k = ε'_{k+1} = 0) on a mean-field MDP, with the
/// quantities of the proof sketch of mfppo Thm 4.1 (Sec. 4): π*, ν*, the gaps L(π*) − L(π_k), the
/// divergences D_k = E_{ν*} KL(π*‖π_k), all in the (1−γ)-scaled convention.
struct ExactMFPPOAnalysis {
    let model: MeanFieldMDP
    let reference: MeanFieldOptimum
    let run: TabularMFPPO
    /// L(π*) − L(π_k), k = 0 … K.
    let gaps: [Double]
    /// D_k, k = 0 … K.
    let divergences: [Double]

    init(model: MeanFieldMDP, reference: MeanFieldOptimum, v: Double, iterations K: Int) throws {
        guard v > 0, K >= 1 else { throw ClaimError.outsideHypotheses("v > 0 and K ≥ 1 (v = \(v), K = \(K))") }
        self.model = model
        self.reference = reference
        run = try TabularMFPPO(mdp: model.mdp, v: v, iterations: K)
        let lStar = reference.optimalObjective
        gaps = run.objectives(reference).map { lStar - $0 }
        divergences = run.divergences(reference)
    }

    var gamma: Double { model.mdp.gamma }
    /// r̄ = max |r| (two-sided reading of Assumption 2).
    var rBar: Double { model.maxAbsoluteReward }
    var actions: Int { model.actionCount }

    /// Row x of π_k.
    func policy(_ k: Int, _ x: Int) -> [Double] { PolicyRows.row(run.policies[k], x, width: actions) }
    /// Row x of π*.
    func optimal(_ x: Int) -> [Double] { PolicyRows.row(reference.policy, x, width: actions) }
    /// Row x of Q^{π_k} ((1−γ)-scaled).
    func critic(_ k: Int, _ x: Int) -> [Double] { PolicyRows.row(run.critics[k], x, width: actions) }

    /// The round-off a proof-sketch quantity at iteration k may carry: the exact solves (scale r̄)
    /// and the KL sums (scale v_k·(max log-ratio + 1)).
    func tolerance(_ k: Int, what: String) -> Tolerance {
        let logRatio = run.critics[..<min(k + 1, run.critics.count)].map(Vector.infinityNorm).max()! / run.proximity
        return .discounted(model.mdp, scale: max(rBar, 1e-300), solves: 4, what: "V*, ν*, Q^{π_k}, V^{π_k}")
            + .roundoff(scale: run.proximity * (Double(run.iterations) * logRatio + 1) + rBar, operations: 16 * actions, what: what)
    }

    /// The instance family shared by the proof-sketch steps: a mean-field MDP, v log-uniform in
    /// [0.05, 5] and K ∈ {2, …, 32} (the search may move the local data, γ and v).
    static let family = MeanFieldInstances.family(
        "mean-field MDPs (G2: N ∈ {3, …, 6}, 2 local states and actions, |Ā| = 4, γ ∈ [0.3, 0.9]); v ∈ [0.05, 5] log-uniform, K ∈ {2, …, 32}",
        searchScalars: ["v": .positive],
        extra: { rng, x in
            x.scalars["v"] = exp(rng.uniform(log(0.05), log(5)))
            x.integers["K"] = rng.integer(in: 2...32)
        })

    /// The analysis of an instance of `family`.
    init(_ x: ClaimInstance) throws {
        let model = try MeanFieldInstances.model(x)
        try self.init(model: model, reference: try MeanFieldOptimum(mdp: model.mdp), v: try x.scalar("v"), iterations: try x.integer("K"))
    }

    /// Constants every sketch step prints.
    var quantities: [NamedValue] {
        [NamedValue("K", Double(run.iterations)), NamedValue("v", run.v), NamedValue("v_k = v√K", run.proximity),
         NamedValue("γ", gamma), NamedValue("r̄ = max|r|", rBar), NamedValue("|X|", Double(model.stateCount)),
         NamedValue("|Ā|", Double(actions)), NamedValue("N", Double(model.dynamics.agents)), NamedValue("L(π*)", reference.optimalObjective),
         NamedValue("D_0 = E_{ν*} KL(π*‖π_0)", divergences[0])]
    }
}
