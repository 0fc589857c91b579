import ExactSolvers
import Foundation
import GSLKit

/// The readings of the error terms of mfppo Lemma 4.3 / (E.23) (the symbols are overloaded and
/// the section and the appendix disagree; see the claims' `reading`).
struct Lemma43Reading {
    /// ε_k, ε'_{k+1} enter as defined in Lemmas 4.1–4.2 (squared L² errors) or as their square roots.
    var squaredErrors = true
    /// The |A| in ε'_k: the local action set (as printed, |A| = m) or the meta-action set |Ā|.
    var metaActions = false
    /// φ*: the per-state policy ratio (as printed) or the state-action ratio.
    var phi: MeanFieldConcentrability.PolicyRatioReading = .perState
    /// Sec. 4's (4.3) or the appendix's (E.23), which swaps the roles of ε and ε'.
    var appendix = false
    /// M's factor on the squared critic: ½ (what this paper's M = E max F²_{θ_0} + 2R² supplies, since
    /// F²_{θ_k} ≤ 2F²_{θ_0} + 2R²) or 1 (Liu et al. 2019a's M = 2E max F²_{θ_0} + 2R², which bounds
    /// E max F²_{θ_k} itself).
    var criticSquareFactor = 0.5

    static let printed = Lemma43Reading()
}

/// Tabular MF-PPO with injected critic and actor errors (`ErrorInjection`) and the terms of mfppo
/// Lemma 4.3: ε_k, ε'_{k+1}, φ*_k, ψ*_k, the combined errors and M, in the (1−γ)-scaled convention.
struct InexactMFPPOAnalysis {
    let model: MeanFieldMDP
    let reference: MeanFieldOptimum
    let run: TabularMFPPO
    /// L(π*) − L(π_k), k = 0 … K.
    let gaps: [Double]
    /// D_k = E_{ν*} KL(π*‖π_k), k = 0 … K.
    let divergences: [Double]
    /// max_k E_{ν*} max_ā Q̂_k², the squared critic that M bounds (M = factor × this, see `Lemma43Reading`).
    let criticSquare: Double

    init(model: MeanFieldMDP, v: Double, iterations K: Int, injection: ErrorInjection) throws {
        guard v > 0, K >= 1 else { throw ClaimError.outsideHypotheses("v > 0 and K ≥ 1 (v = \(v), K = \(K))") }
        let reference = try MeanFieldOptimum(mdp: model.mdp)
        let run = try TabularMFPPO(mdp: model.mdp, v: v, iterations: K, stationary: true, reference: reference, injection: injection)
        self.model = model
        self.reference = reference
        self.run = run
        gaps = run.objectives(reference).map { reference.optimalObjective - $0 }
        divergences = run.divergences(reference)
        criticSquare = run.critics.map { MFPPOClaims.criticSquareMean($0, weights: reference.stationary, actions: model.actionCount) }.max()!
    }

    /// The instance family: a mean-field MDP, v ∈ [0.05, 5], K ∈ {2, …, 16}, error RMS values in
    /// [10⁻³, 0.3] (log-uniform), random or adversarial directions.
    static let family = MeanFieldInstances.family(
        "mean-field MDPs (G2: N ∈ {3, …, 6}, 2 local states and actions, |Ā| = 4, γ ∈ [0.3, 0.9]); v ∈ [0.05, 5], K ∈ {2, …, 16}; critic and actor errors with RMS in [10⁻³, 0.3], random or adversarial",
        searchScalars: ["v": .positive, "criticRMS": .positive, "actorRMS": .positive],
        extra: { rng, x in
            x.scalars["v"] = exp(rng.uniform(log(0.05), log(5)))
            x.integers["K"] = rng.integer(in: 2...16)
            x.scalars["criticRMS"] = exp(rng.uniform(log(1e-3), log(0.3)))
            x.scalars["actorRMS"] = exp(rng.uniform(log(1e-3), log(0.3)))
            x.integers["errorDirection"] = rng.integer(below: 2)
        })

    init(_ x: ClaimInstance) throws {
        try self.init(model: try MeanFieldInstances.model(x), v: try x.scalar("v"), iterations: try x.integer("K"), injection: try ErrorInjection(x))
    }

    var gamma: Double { model.mdp.gamma }

    /// M under `reading`: the reading's factor × max_k E_{ν*} max_ā Q̂_k² (no network: R_A = 0).
    func M(_ reading: Lemma43Reading) -> Double { reading.criticSquareFactor * criticSquare }

    func phi(_ k: Int, _ reading: MeanFieldConcentrability.PolicyRatioReading) -> Double {
        MeanFieldConcentrability.phi(optimal: reference, policy: run.policies[k], stationary: run.stationary[k], reading: reading)
    }

    func psi(_ k: Int) -> Double { MeanFieldConcentrability.psi(optimal: reference, policy: run.policies[k], stationary: run.stationary[k]) }

    /// The combined errors (ε_k, ε'_k) of (4.3) at iteration k under `reading`; nil when a term
    /// needs an error the run does not have (the appendix reading's ε_{k+1} at k = K − 1).
    func combinedErrors(_ k: Int, _ reading: Lemma43Reading) -> (epsilon: Double, epsilonPrime: Double)? {
        let tauInverse = 1 / run.temperatures[k + 1], vk = run.proximity
        let actions = Double(reading.metaActions ? model.actionCount : model.dynamics.localActions)
        func e(_ value: Double) -> Double { reading.squaredErrors ? value : value.squareRoot() }
        let improvementNext = e(run.improvementErrors[k])          // ε'_{k+1}
        let evaluation = e(run.evaluationErrors[k])                // ε_k
        if !reading.appendix {
            return (tauInverse * improvementNext * phi(k + 1, reading.phi) + evaluation * psi(k) / vk,
                    actions * tauInverse * tauInverse * improvementNext * improvementNext)
        }
        guard k + 1 < run.evaluationErrors.count else { return nil }
        let evaluationNext = e(run.evaluationErrors[k + 1])        // ε_{k+1}
        let improvement = k == 0 ? 0 : e(run.improvementErrors[k - 1])  // ε'_k
        return (tauInverse * evaluationNext * phi(k + 1, reading.phi) + improvement * psi(k) / vk,
                actions * tauInverse * tauInverse * evaluationNext * evaluationNext)
    }

    /// Round-off of the terms at iteration k: the exact solves and the KL sums.
    func tolerance(what: String) -> Tolerance {
        let logits = run.energies.map(Vector.infinityNorm).max()! / run.temperatures.last!
        return .discounted(model.mdp, scale: max(model.maxAbsoluteReward, 1e-300), solves: 4, what: "V*, ν*, ν_k, V^{π_k}")
            + .roundoff(scale: run.proximity * (logits + 1) + model.maxAbsoluteReward, operations: 16 * model.actionCount, what: what)
    }

    var quantities: [NamedValue] {
        [NamedValue("K", Double(run.iterations)), NamedValue("v", run.v), NamedValue("v_k = v√K", run.proximity), NamedValue("γ", gamma),
         NamedValue("max_k E_{ν*} max_ā Q̂_k²", criticSquare), NamedValue("max_k ε_k", run.evaluationErrors.max()!),
         NamedValue("max_k ε'_{k+1}", run.improvementErrors.max()!), NamedValue("max_k ψ*_k", (0..<run.iterations).map(psi).max()!),
         NamedValue("max_k φ*_k (per state)", (0...run.iterations).map { phi($0, .perState) }.max()!),
         NamedValue("|A| (local)", Double(model.dynamics.localActions)), NamedValue("|Ā|", Double(model.actionCount)),
         NamedValue("r̄ = max|r|", model.maxAbsoluteReward)]
    }
}
