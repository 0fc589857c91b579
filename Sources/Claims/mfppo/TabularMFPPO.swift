import ExactSolvers
import GSLKit
import Learners

/// Errors injected into tabular MF-PPO (the theory note's recipe C11): at iteration k the critic is
/// Q̂_k = Q^{π_k} + e_k and the actor energy is F^A_{k+1} = ξ_k + e'_{k+1}, with ξ_k the regression
/// target of (3.2). The magnitudes are exact: E_{σ_k} e_k² = criticRMS² and
/// E_{σ̃_k} e'²_{k+1} = actorRMS², i.e. ε_k = criticRMS² and ε'_{k+1} = actorRMS² (Lemmas 4.1–4.2).
struct ErrorInjection {
    enum Direction: Int {
        /// Gaussian noise rescaled to the exact RMS.
        case random = 0
        /// Against the optimum: e_k, e'_{k+1} ∝ −(π*(ā|x) − π_k(ā|x)) on the support of ν* (lower the
        /// critic and the energy of π*'s actions, raise the others), so that E_{ν*}⟨e, π* − π_k⟩ < 0
        /// — the sign that costs the mirror-descent step progress — with entries bounded by the RMS
        /// over the smallest state weight (the unbounded density ratio of ψ*, φ* would let a
        /// vanishing-weight state carry an arbitrarily large error).
        case adversarial = 1
    }

    let criticRMS: Double
    let actorRMS: Double
    let direction: Direction
    let seed: UInt64

    /// Reads `criticRMS`, `actorRMS` (scalars), `errorDirection` (integer) and the seed.
    init(_ x: ClaimInstance) throws {
        criticRMS = try x.scalar("criticRMS")
        actorRMS = try x.scalar("actorRMS")
        guard let d = Direction(rawValue: try x.integer("errorDirection")) else {
            throw ClaimError.outsideHypotheses("errorDirection must be 0 (random) or 1 (adversarial)")
        }
        guard criticRMS >= 0, actorRMS >= 0 else { throw ClaimError.outsideHypotheses("error magnitudes must be ≥ 0") }
        direction = d
        seed = x.seed
    }

    init(criticRMS: Double, actorRMS: Double, direction: Direction, seed: UInt64) {
        self.criticRMS = criticRMS
        self.actorRMS = actorRMS
        self.direction = direction
        self.seed = seed
    }

    /// `shape` rescaled so that Σ weights·e² = rms²; zero when the shape vanishes.
    static func scaled(_ shape: [Double], weights: [Double], rms: Double) -> [Double] {
        var norm2 = 0.0
        for (e, w) in zip(shape, weights) { norm2 += w * e * e }
        guard norm2 > 0, rms > 0 else { return [Double](repeating: 0, count: shape.count) }
        let c = rms / norm2.squareRoot()
        return shape.map { c * $0 }
    }
}

/// Algorithm 1 (MF-PPO) in the tabular limit, as printed: τ_0 = 1, F^A_0 = 0, π_0 uniform; for
/// k = 0, …, K−1: τ_{k+1} = v√K/(k+1), v_k = v√K, the critic F^Q_k = Q̂_k (the exact (1−γ)-scaled
/// Q^{π_k}, plus an injected error), the actor energy F^A_{k+1} = τ_{k+1}(Q̂_k/v_k + F^A_k/τ_k)
/// (the target of (3.2), plus an injected error) and π_{k+1} ∝ exp(F^A_{k+1}/τ_{k+1}).
///
/// With no injected error this is exact policy mirror descent with step 1/(v√K) (Prop. 3.2).
/// Everything the analysis of Sec. 4 needs is recorded: π_k, Q^{π_k}, ν_k, the errors ε_k, ε'_{k+1}.
struct TabularMFPPO {
    let mdp: FiniteMDP
    let v: Double
    let iterations: Int
    /// π_0 … π_K.
    let policies: [[Double]]
    /// log π_0 … log π_K (from the energies, finite where π_k underflows).
    let logPolicies: [[Double]]
    /// (1−γ)-scaled evaluations of π_0 … π_K.
    let evaluations: [NormalizedEvaluation]
    /// ν_0 … ν_K (stationary distributions; only with `stationary: true`).
    let stationary: [[Double]]
    /// Q̂_0 … Q̂_{K−1}, the critic each update used.
    let critics: [[Double]]
    /// F^A_0 … F^A_K.
    let energies: [[Double]]
    /// τ_0 … τ_K.
    let temperatures: [Double]
    /// ε_0 … ε_{K−1}: E_{σ_k}(Q̂_k − Q^{π_k})².
    let evaluationErrors: [Double]
    /// ε'_1 … ε'_K (index k holds ε'_{k+1}): E_{σ̃_k}(F^A_{k+1} − ξ_k)².
    let improvementErrors: [Double]

    /// v_k = v√K.
    var proximity: Double { v * Double(iterations).squareRoot() }

    init(mdp: FiniteMDP, v: Double, iterations K: Int, stationary wantStationary: Bool = false,
         reference: MeanFieldOptimum? = nil, injection: ErrorInjection? = nil) throws {
        precondition(K >= 1 && v > 0, "TabularMFPPO: K = \(K), v = \(v)")
        let nX = mdp.stateCount, nA = mdp.actionCount
        let needStationary = wantStationary || injection != nil
        let vk = v * Double(K).squareRoot()
        let rng = RandomSource(seed: injection?.seed ?? 0)
        var policy = [Double](repeating: 1 / Double(nA), count: nX * nA)
        var energy = [Double](repeating: 0, count: nX * nA)
        var tau = 1.0
        var policies = [policy], energies = [energy], temperatures = [tau]
        var logPolicies = [PolicyRows.logSoftmax(energy.map { $0 / tau }, width: nA)]
        var evaluations: [NormalizedEvaluation] = [], stationaries: [[Double]] = [], critics: [[Double]] = []
        var epsilons: [Double] = [], epsilonPrimes: [Double] = []
        for k in 0..<K {
            let evaluation = try mdp.normalizedEvaluation(policy: policy)
            evaluations.append(evaluation)
            var critic = evaluation.actionValues
            var nu: [Double] = []
            if needStationary {
                nu = try mdp.stationaryDistribution(policy: policy)
                stationaries.append(nu)
            }
            let tauNext = vk / Double(k + 1)
            var criticError = [Double](repeating: 0, count: nX * nA)
            var actorError = [Double](repeating: 0, count: nX * nA)
            if let injection {
                let sigma = (0..<(nX * nA)).map { nu[$0 / nA] * policy[$0] }
                let sigmaTilde = (0..<(nX * nA)).map { nu[$0 / nA] / Double(nA) }
                let (criticShape, actorShape) = try TabularMFPPO.errorShapes(injection, rng: rng, policy: policy, nu: nu,
                                                                              reference: reference, actions: nA)
                criticError = ErrorInjection.scaled(criticShape, weights: sigma, rms: injection.criticRMS)
                actorError = ErrorInjection.scaled(actorShape, weights: sigmaTilde, rms: injection.actorRMS)
                for i in critic.indices { critic[i] += criticError[i] }
                epsilons.append(zip(criticError, sigma).reduce(0) { $0 + $1.1 * $1.0 * $1.0 })
                epsilonPrimes.append(zip(actorError, sigmaTilde).reduce(0) { $0 + $1.1 * $1.0 * $1.0 })
            } else {
                epsilons.append(0)
                epsilonPrimes.append(0)
            }
            critics.append(critic)
            // (3.2)'s target τ_{k+1}(F^Q/v_k + F^A_k/τ_k), and the actor's output.
            energy = (0..<(nX * nA)).map { i in tauNext * (critic[i] / vk + energy[i] / tau) + actorError[i] }
            tau = tauNext
            policy = PolicyRows.softmax(energy.map { $0 / tau }, width: nA)
            policies.append(policy)
            logPolicies.append(PolicyRows.logSoftmax(energy.map { $0 / tau }, width: nA))
            energies.append(energy)
            temperatures.append(tau)
        }
        evaluations.append(try mdp.normalizedEvaluation(policy: policy))
        if needStationary { stationaries.append(try mdp.stationaryDistribution(policy: policy)) }
        self.mdp = mdp
        self.v = v
        iterations = K
        self.policies = policies
        self.logPolicies = logPolicies
        self.evaluations = evaluations
        stationary = stationaries
        self.critics = critics
        self.energies = energies
        self.temperatures = temperatures
        evaluationErrors = epsilons
        improvementErrors = epsilonPrimes
    }

    static func errorShapes(_ injection: ErrorInjection, rng: RandomSource, policy: [Double], nu: [Double],
                                    reference: MeanFieldOptimum?, actions nA: Int) throws -> ([Double], [Double]) {
        let n = policy.count
        switch injection.direction {
        case .random:
            return ((0..<n).map { _ in rng.normal() }, (0..<n).map { _ in rng.normal() })
        case .adversarial:
            guard let reference else { throw ClaimError.missing("π* for adversarial errors") }
            let shape = (0..<n).map { i in reference.stationary[i / nA] > 0 ? -(reference.policy[i] - policy[i]) : 0 }
            return (shape, shape)
        }
    }

    /// L(π_k) = E_{ν*} V^{π_k} (eq. (4.1)), k = 0 … K.
    func objectives(_ reference: MeanFieldOptimum) -> [Double] {
        evaluations.map { $0.objective(weights: reference.stationary) }
    }

    /// D_k = E_{ν*} KL(π*(·|x) ‖ π_k(·|x)), k = 0 … K.
    func divergences(_ reference: MeanFieldOptimum) -> [Double] {
        let nA = mdp.actionCount
        return logPolicies.map { logP in
            (0..<mdp.stateCount).reduce(0.0) { acc, x in
                let w = reference.stationary[x]
                return w > 0 ? acc + w * PolicyRows.kullbackLeibler(PolicyRows.row(reference.policy, x, width: nA), logOf: PolicyRows.row(logP, x, width: nA)) : acc
            }
        }
    }

    /// The largest absolute error of the exact evaluations (in (1−γ)-scaled units).
    var evaluationErrorBound: Double { evaluations.map(\.forwardErrorBound).max() ?? 0 }
}
