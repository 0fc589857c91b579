import Foundation
import GSLKit

extension MFPPOClaims {
    /// mfppo, Lemma 4.1 (Sec. 4): the evaluation error of Algorithm 2 against T, on instances where
    /// Assumption 1 holds by construction: for each initialisation θ(0) the reward is built so that
    /// Q^{π_k} = F⁰_{θ(0) + R u} ∈ 𝓕^P_{R,m} with R = 1 (a target at distance R from the
    /// initialisation, so that R²T^{-1/2} falls below the initial error within the grid). Alg. 2 as
    /// printed in Sec. 3 (next-state features (s', **s**', ā')), width m = 64, population inputs (N → ∞),
    /// η = T^{-1/2}, ergodic average, ball radius 2R; ε_k is exact over σ_k and averaged over 6
    /// initialisations. Fitted slope in T against the claimed −1/2 (an upper bound).
    static let lemma41 = Claim(
        id: "mfppo.lem4.1", paper: .mfppo, source: "Lemma 4.1 (Sec. 4); proof in App. E",
        statement: lemma41Statement,
        reading: "the T-dependence: ε_k = O(T^{-1/2}) at fixed m, N, R (the other terms are below it on the grid).",
        hypotheses: "Mean-field MDPs (G2: N_pop ∈ {3, 4, 5}, 2 local states and actions, Ā = the constant maps (|Ā| = 2, a well-conditioned TD system), γ ∈ [0.2, 0.5]); π_k ∝ exp(F^A) with F^A linear in d (entries N(0, ½²)); reward r = (Q − γP_{π_k}Q)/(1−γ) (so the (1−γ)-scaled Q^{π_k} = Q) with Q = F⁰_{θ(0)+u} (‖u‖ = 1, per initialisation), so Q^{π_k} = Q ∈ 𝓕^P_{1,m} (Assumption 1); one-hot features (e_s, e_y, e_ā)/√3 (Assumption 3); m = 64; the population version (E.3) of the updates (N → ∞: the R²N^{-1/2} term is checked by mfppo.lem4.1.N, and at a fixed N its floor would cut the T range); T = 2⁸ … 2¹⁶; 6 initialisations.",
        kind: .rate,
        check: ClaimCheck(family: EvaluationSetup.family("realizable evaluation problems", realizable: true)) { x in
            let base = try EvaluationSetup(x, realizable: false)
            let errors = try TemporalDifferenceErrors(localStates: base.model.dynamics.localStates, actions: base.model.actionCount, width: 64,
                                                      samples: nil, steps: tdSteps, seeds: 6, seed: x.seed) { network in
                let w = EvaluationSetup.realizedAt(network, radius: 1, rng: RandomSource(seed: SeedSequence.derive(x.seed, "target")))
                let setup = base.realized(by: w)
                return (setup.problem(), try setup.actionValues(), w)
            }
            return Evaluation(rate: RateObservation(x: errors.sizes, y: errors.meanErrors, claimedExponent: -0.5, kind: .atMost, xLabel: "T",
                                                    yLabel: "ε_k = E_{init,σ_k}(F_{θ̄(T)} − Q^{π_k})²"),
                              quantities: errors.quantities(gamma: base.model.mdp.gamma),
                              notes: errors.notes)
        },
        defaultInstances: 2)
}
