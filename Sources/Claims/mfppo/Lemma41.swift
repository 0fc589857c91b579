import Foundation
import GSLKit

extension MFPPOClaims {
    static let lemma41Statement = "Under the same assumptions in Theorem 4.1, let Q^{π_k} denote the Q-function of policy π_k, let ε_k = E_{init,σ_k}(F^Q_{θ̄(T)}(·) − Q^{π_k}(·))² denote policy evaluation error, where θ̄(T) is the output of Algorithm 2, we have ε_k = O(R_Q²/T^{1/2} + R_Q^{5/2}/m_Q^{1/4} + R_Q²/N^{1/2} + R_Q³/m_Q^{1/2})."

    /// The T grid of the TD rate claims: 2⁸ … 2¹⁶ (η(1 − γ) − 6(1 + γ²)η² > 0 for γ ≤ 0.5 needs T > 225).
    static let tdSteps = (8...16).map { 1 << $0 }

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
        hypotheses: "Mean-field MDPs (G2: N_pop ∈ {3, 4, 5}, 2 local states and actions, Ā = the constant maps (|Ā| = 2, a well-conditioned TD system), γ ∈ [0.2, 0.5]); π_k ∝ exp(F^A) with F^A linear in d (entries N(0, ½²)); reward r = (Q − γP_{π_k}Q)/(1−γ) with Q = F⁰_{θ(0)+u} (‖u‖ = 1, per initialisation), so Q^{π_k} = Q ∈ 𝓕^P_{1,m} (Assumption 1); one-hot features (e_s, e_y, e_ā)/√3 (Assumption 3); m = 64; the population version (E.3) of the updates (N → ∞: the R²N^{-1/2} term is checked by mfppo.lem4.1.N, and at a fixed N its floor would cut the T range); T = 2⁸ … 2¹⁶; 6 initialisations.",
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

    /// mfppo, proof of Lemma 4.1 (App. E): under Assumption 1 the projected TD fixed point is exact,
    /// F⁰_{θ*} = T^{π_k} F⁰_{θ*}, hence F⁰_{θ*} = Q^{π_k}. Measured: the fixed point of the expected
    /// linearised semi-gradient (population, ball inactive) against Q^{π_k} from an exact evaluation.
    static let lemma41Step1 = Claim(
        id: "mfppo.lem4.1/step1", paper: .mfppo, source: "Proof of Lemma 4.1 (App. E)",
        statement: "Note that F_{θ*} satisfies F⁰_{θ*} = Π_{𝓕^P_{R_θ,m_Q}}(ζ_{F⁰_{θ*}}), and ζ equals the Bellman evaluation operator T^{π_k}. By Assumption 1, [T^{π_k} F⁰_{θ*}] ∈ 𝓕^P_{R_θ,m_Q}; by uniqueness of the projection, F⁰_{θ*} = T^{π_k} F⁰_{θ*}, which implies F⁰_{θ*} = Q^{π_k}.",
        hypotheses: "As mfppo.lem4.1 (realizable instances); the linearised class spans every table w (tangent Gram positive definite) and the ball is inactive.",
        kind: .identity,
        check: ClaimCheck(family: EvaluationSetup.family("realizable evaluation problems", realizable: true)) { x in
            let setup = try EvaluationSetup(x, realizable: true)
            let problem = setup.problem()
            let fixed = problem.values(of: try problem.fixedPoint())
            let q = try setup.actionValues()
            let worst = q.indices.max { abs(fixed[$0] - q[$0]) < abs(fixed[$1] - q[$1]) }!
            return Evaluation(
                measurements: [Measurement("F⁰_{θ*} = Q^{π_k} at the worst (x, ā) = \(worst)", lhs: fixed[worst], .equal, rhs: q[worst],
                                           tolerance: .discounted(setup.model.mdp, scale: Vector.infinityNorm(q), solves: 2, what: "Q^{π_k} and the fixed point"))],
                quantities: [NamedValue("‖Q^{π_k}‖∞", Vector.infinityNorm(q)), NamedValue("γ", setup.model.mdp.gamma)])
        })

    /// The exact T → ∞ limit of the linearised updates with N observed agents: the root w_N of the
    /// expected finite-N semi-gradient (the two N-sample means enter E[ĝ] through their covariance).
    static func sampleLimitObservation(_ problem: SemiGradientProblem, reference: [Double], yLabel: String) throws -> RateObservation {
        let sizes = (0...12).map { 1 << $0 }
        let errors = try sizes.map { n in SemiGradientProblem.meanSquare(problem.values(of: try problem.fixedPoint(samples: n)), reference, weights: problem.sampling) }
        return RateObservation(x: sizes.map(Double.init), y: errors, claimedExponent: -0.5, kind: .atMost, xLabel: "N (observed agents)", yLabel: yLabel)
    }

    /// Lemma 4.1's N-dependence: the T → ∞ limit of the linearised updates (E.5)–(E.6) with N i.i.d.
    /// samples of d, computed exactly, against Q^{π_k} (realizable instances), N = 1 … 4096.
    static let lemma41Agents = Claim(
        id: "mfppo.lem4.1.N", paper: .mfppo, source: "Lemma 4.1 (Sec. 4); App. E (E.5)–(E.6)",
        statement: lemma41Statement,
        reading: "the N-dependence: the T → ∞ limit of the linearised updates with N observed agents is within O(N^{-1/2}) of Q^{π_k} (m → ∞: the class spans every table; ball inactive).",
        hypotheses: "As mfppo.lem4.1 (realizable); N = 1, 2, 4, …, 4096; exact (no sampling, no initialisation dependence once the tangent Gram is positive definite).",
        kind: .rate,
        check: ClaimCheck(family: EvaluationSetup.family("realizable evaluation problems", realizable: true)) { x in
            let setup = try EvaluationSetup(x, realizable: true)
            return Evaluation(rate: try sampleLimitObservation(setup.problem(), reference: try setup.actionValues(),
                                                               yLabel: "E_{σ_k}(F⁰_{θ*,N} − Q^{π_k})²"),
                              quantities: [NamedValue("γ", setup.model.mdp.gamma)])
        },
        defaultInstances: 3)
}
