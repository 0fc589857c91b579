import Foundation
import GSLKit

extension MFPPOClaims {
    /// mfppo, Lemma 4.2 (Sec. 4): the improvement error of Algorithm 3 against T. Shared initialisation
    /// (α(0) = θ(0), u = v, Sec. 4); F^Q_{θ_k} and F^A_{α_k} real networks with θ_k = θ(0) + R_Q u₁,
    /// α_k = θ(0) + R_A u₂ (R_Q, R_A = 0.5); the target τ_{k+1}(v_k^{-1}F^Q_{θ_k} + τ_k^{-1}F^A_{α_k}) =
    /// (1/(k+1))F^Q_{θ_k} + (k/(k+1))F^A_{α_k} (Alg. 1's schedule) evaluated on the same N = 16 samples as
    /// the actor (Alg. 3); ρ = σ̃_k = ν_k × uniform; ball radius 1 (twice the radii); ε'_{k+1} exact over
    /// σ̃_k with population inputs, averaged over 6 initialisations; T = 2⁸ … 2¹⁶.
    static let lemma42 = Claim(
        id: "mfppo.lem4.2", paper: .mfppo, source: "Lemma 4.2 (Sec. 4); proof in App. E",
        statement: "Under the same assumptions in Theorem 4.1, let ε'_{k+1} = E_{init,σ̃_k}{F^A_{ᾱ(T)}(·) − τ_{k+1}(v_k^{-1}F^Q_{θ_k}(·) + τ_k^{-1}F^A_{α_k}(·))}² denote policy optimization error, where ᾱ(T) is the output of Algorithm 3, we have ε'_{k+1} = O(R_A²/T^{1/2} + R_A^{5/2}/m_A^{1/4} + R_A²/N^{1/2} + R_A³/m_A^{1/2}).",
        reading: "the T-dependence: ε'_{k+1} = O(T^{-1/2}) at fixed m_A, N, R_A.",
        hypotheses: "Mean-field MDPs (G2: N_pop ∈ {3, 4, 5}, 2 local states and actions, Ā = the constant maps, γ ∈ [0.2, 0.5]); π_k ∝ exp(F^A) linear in d (entries N(0, ½²)); k ∈ {1, …, 5}; m = 64; N = 16 observed agents; T = 2⁸ … 2¹⁶; 6 initialisations.",
        kind: .rate,
        check: ClaimCheck(family: EvaluationSetup.family("improvement problems", realizable: false) { rng, x in
            x.integers["iteration"] = rng.integer(in: 1...5)
        }) { x in
            let setup = try EvaluationSetup(x, realizable: false)
            let k = Double(try x.integer("iteration"))
            let nA = setup.model.actionCount, nX = setup.model.stateCount
            let nu = (0..<nX).map { s in (0..<nA).reduce(0.0) { $0 + setup.sampling[s * nA + $1] } }
            let sigmaTilde = (0..<(nX * nA)).map { nu[$0 / nA] / Double(nA) }
            var sums = [Double](repeating: 0, count: tdSteps.count)
            for r in 0..<6 {
                let rng = RandomSource(seed: SeedSequence.derive(x.seed, "init\(r)"))
                let network = MeanPoolNetwork(localStates: setup.model.dynamics.localStates, actions: nA, width: 64, rng: rng)
                let critic = displacedParameters(network, radius: 0.5, concentration: 1, rng: rng)
                let actor = displacedParameters(network, radius: 0.5, concentration: 1, rng: rng)
                let criticTable = network.localTable(critic), actorTable = network.localTable(actor)
                let target = (0..<(nX * nA)).map { i -> Double in
                    let s = setup.model.localState(of: i / nA), d = setup.model.meanField(of: i / nA)
                    return (network.pooled(criticTable, s, d, i % nA) + k * network.pooled(actorTable, s, d, i % nA)) / (k + 1)
                }
                let problem = SemiGradientProblem(model: setup.model, sampling: sigmaTilde, nextPolicy: setup.policy, target: target, mu: 0, next: .nextState)
                for (i, t) in tdSteps.enumerated() {
                    let run = SemiGradientRun(problem: problem, network: network, radius: 1, steps: t, samples: 16)
                    let beta = run.averagedParameters(rng: RandomSource(seed: SeedSequence.derive(x.seed, "samples\(r)/\(t)"))) { xs, a, w in
                        let s = setup.model.localState(of: xs)
                        return (network.pooled(criticTable, s, w, a) + k * network.pooled(actorTable, s, w, a)) / (k + 1)
                    }
                    sums[i] += SemiGradientProblem.meanSquare(problem.values(network: network, beta), target, weights: sigmaTilde) / 6
                }
            }
            return Evaluation(rate: RateObservation(x: tdSteps.map(Double.init), y: sums, claimedExponent: -0.5, kind: .atMost, xLabel: "T",
                                                    yLabel: "ε'_{k+1} = E_{init,σ̃_k}(F^A_{ᾱ(T)} − target)²"),
                              quantities: [NamedValue("k", k), NamedValue("τ_{k+1}/v_k", 1 / (k + 1)), NamedValue("τ_{k+1}/τ_k", k / (k + 1))])
        },
        defaultInstances: 2)
}
