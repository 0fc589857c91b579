import Foundation
import GSLKit

extension MFPPOClaims {
    /// mfppo, proof of Theorem 4.1 (App. E): (E.23) summed from k = 0 to K − 1 with v_k = v√K,
    /// before KL(π*‖π_0) is bounded, on error-injected runs (combined errors as printed in Sec. 4,
    /// M as in mfppo.lem4.3).
    static let theorem41Step10 = Claim(
        id: "mfppo.thm4.1/step10", paper: .mfppo, source: "Theorem 4.1, proof (App. E), sum of (E.23)",
        statement: "Now sum up (E.23) from k = 0 to K − 1, with v_k = v√K, we have (1 − γ)K min_{0≤k≤K−1}(L(π*) − L(π_k)) ≤ E_{ν*}{v√K[KL(π*‖π_0) − KL(π*‖π_K) + Σ_{k=0}^{K−1}(ε_k + ε'_k)] + v^{-1}√K M}.",
        reading: "combined errors as printed in Sec. 4 (squared ε, |A| local, per-state φ*), M = ½ max_k E_{ν*} max_ā Q̂_k².",
        hypotheses: lemma43Hypotheses, kind: .upperBound,
        check: ClaimCheck(family: InexactMFPPOAnalysis.family) { x in
            let a = try InexactMFPPOAnalysis(x)
            let K = a.run.iterations, v = a.run.v, rootK = Double(K).squareRoot()
            var sum = 0.0
            for k in 0..<K { if let (e, ep) = a.combinedErrors(k, .printed) { sum += e + ep } }
            let lhs = (1 - a.gamma) * Double(K) * a.gaps[0..<K].min()!
            let rhs = v * rootK * (a.divergences[0] - a.divergences[K] + sum) + rootK * a.M(.printed) / v
            return Evaluation(
                measurements: [Measurement("(1−γ)K min gap", lhs: lhs, .lessOrEqual, rhs: rhs, tolerance: a.tolerance(what: "the sum"),
                                           trivialBound: 2 * (1 - a.gamma) * Double(K) * a.model.maxAbsoluteReward)],
                quantities: a.quantities + [NamedValue("D_0", a.divergences[0]), NamedValue("D_K", a.divergences[K]), NamedValue("Σ (ε_k + ε'_k)", sum)])
        })

    static let theorem41Step11Statement = "Since we initialize policy π_0 to be uniform policy, we have KL(π*(·|s, d_S) ‖ π_0(·|s, d_S)) ≤ log|A|."

    private static func uniformKLEvaluation(_ x: ClaimInstance, metaActions: Bool) throws -> Evaluation {
        let model = try MeanFieldInstances.model(x)
        let reference = try OptimalReference(mdp: model.mdp)
        let nA = model.actionCount
        let uniform = [Double](repeating: 1 / Double(nA), count: nA)
        let worst = (0..<model.stateCount).map { PolicyRows.kl(PolicyRows.row(reference.policy, $0, width: nA), uniform) }.max()!
        let size = metaActions ? nA : model.dynamics.localActions
        return Evaluation(
            measurements: [Measurement("max_x KL(π*(·|x) ‖ π_0(·|x))", lhs: worst, .lessOrEqual, rhs: log(Double(size)),
                                       tolerance: .roundoff(scale: log(Double(nA)), operations: 4 * nA, what: "Σ π* log(π*/π_0)"))],
            quantities: [NamedValue("|Ā|", Double(nA)), NamedValue("|A| (local)", Double(model.dynamics.localActions)),
                         NamedValue("log|Ā|", log(Double(nA))), NamedValue("log|A|", log(Double(model.dynamics.localActions)))])
    }

    /// mfppo, proof of Theorem 4.1 (App. E): KL(π*‖π_0) for the uniform π_0 on the policy's action set
    /// Ā (the theorem's log|Ā|). π* deterministic (policy iteration), so the left side is log|Ā|.
    static let theorem41Step11 = Claim(
        id: "mfppo.thm4.1/step11", paper: .mfppo, source: "Theorem 4.1, proof (App. E), before (E.24)",
        statement: theorem41Step11Statement,
        reading: "A = Ā, the meta-action set on which π_0 is uniform (the theorem's log|Ā|).",
        hypotheses: "Mean-field MDPs (G2: N ∈ {3, …, 6}, 2 local states and actions, |Ā| = 4); π* by policy iteration.",
        kind: .upperBound,
        check: ClaimCheck(family: MeanFieldInstances.family("mean-field MDPs (G2)")) { x in try uniformKLEvaluation(x, metaActions: true) })

    /// The same with 𝒜 as printed in the proof (and in (E.24)): the local action set, |A| < |Ā|.
    static let theorem41Step11LocalActions = Claim(
        id: "mfppo.thm4.1/step11.localActions", paper: .mfppo, source: "Theorem 4.1, proof (App. E), before (E.24)",
        statement: theorem41Step11Statement,
        reading: "A as printed in the proof: the local action set (|A| = 2 < |Ā| = 4).",
        hypotheses: "As mfppo.thm4.1/step11.",
        kind: .upperBound,
        check: ClaimCheck(family: MeanFieldInstances.family("mean-field MDPs (G2)")) { x in try uniformKLEvaluation(x, metaActions: false) })

    /// mfppo, proof of Theorem 4.1 (App. E): "τ_{k+1}^{-1} ε'_{k+1} φ*_{k+1} = O(k K^{-1} φ*_k (…))":
    /// the factor τ_{k+1}^{-1} = (k+1)/(v√K) of Alg. 1 against the printed k/K. Measured: the worst
    /// ratio max_{1≤k<K} τ_{k+1}^{-1}/(k/K), which the O(·) requires to stay bounded in K
    /// (fitted exponent in K ∈ [10, 10⁵], claimed 0).
    static let theorem41Step12 = Claim(
        id: "mfppo.thm4.1/step12", paper: .mfppo, source: "Theorem 4.1, proof (App. E), after (E.24)",
        statement: "To control ε_k and ε'_k, we have τ_{k+1}^{-1} ε'_{k+1} φ*_{k+1} = O(k K^{-1} φ*_k (R_α² T^{-1/2} + R_α^{5/2} m_A^{-1/4} + R_α² N^{-1/2})), |A| τ_{k+1}^{-2} (ε'_{k+1})² = O(k² K^{-1} |A| (…)²), v_k^{-1} ε_k ψ*_k = O(K^{-1/2} ψ*_k (…)).",
        reading: "the factor of the first term: τ_{k+1}^{-1} = (k+1)/(v√K) (Alg. 1) must be O(k/K) uniformly in k, K.",
        hypotheses: "v ∈ [0.1, 10] log-uniform; K = 10, …, 10⁵ (9 sizes).",
        kind: .rate,
        check: ClaimCheck(family: InstanceFamily(description: "v ∈ [0.1, 10]") { rng in ClaimInstance(scalars: ["v": exp(rng.uniform(log(0.1), log(10)))]) }) { x in
            let v = try x.scalar("v")
            let sizes = (0...8).map { (10 * pow(10, Double($0) / 2)).rounded() }
            let ratios = sizes.map { K -> Double in
                (1..<Int(K)).map { k in (Double(k + 1) / (v * K.squareRoot())) / (Double(k) / K) }.max()!
            }
            return Evaluation(rate: RateObservation(x: sizes, y: ratios, claimedExponent: 0, kind: .atMost, xLabel: "K",
                                                    yLabel: "max_k τ_{k+1}^{-1}/(k/K)"),
                              quantities: [NamedValue("v", v)],
                              notes: ["τ_{k+1}^{-1}·K/k = (k+1)√K/(v k): largest at k = 1, where it is 2√K/v, and √K/v at k = K − 1; the printed k/K would need τ_{k+1}^{-1} to shrink like 1/K"])
        },
        defaultInstances: 2)

    /// mfppo, proof of Theorem 4.1 (App. E), last step: "with the choice of N, T, m_A, m_Q in Theorem 4.1,
    /// we have ε_k = ε'_k = O(K^{-1})". The combined errors are evaluated with the orders of Lemmas
    /// 4.1–4.2 taken with unit constants, φ* = ψ* = 1, and N = K³R_A⁴ + KR_Q⁴, T = K³R_A⁴ + KR_Q⁴,
    /// m_A = K⁶R_A¹⁰ + K⁴R_A¹⁰|Ā|², m_Q = K²R_Q¹⁰, τ_{k+1}^{-1} = (k+1)/(v√K), v_k = v√K; the worst k.
    static let theorem41Step13 = Claim(
        id: "mfppo.thm4.1/step13", paper: .mfppo, source: "Theorem 4.1 (Sec. 4), second part; proof (App. E), last sentence",
        statement: "One can verify that with the choice of N, T, m_A, m_Q in Theorem 4.1, we have ε_k = ε'_k = O(K^{-1}). Plug into (E.24), we obtain the second part of Theorem 4.1.",
        reading: "orders of Lemmas 4.1–4.2 with unit constants, φ* = ψ* = 1; Alg. 1's τ_{k+1} and v_k; max over k < K of ε_k + ε'_k (Lemma 4.3's combined errors).",
        hypotheses: "R_A, R_Q ∈ [1, 4], v ∈ [0.1, 10], |Ā| = 4, |A| = 2; K = 10, …, 10⁵ (9 sizes).",
        kind: .rate,
        check: ClaimCheck(family: InstanceFamily(description: "R_A, R_Q ∈ [1, 4], v ∈ [0.1, 10]") { rng in
            ClaimInstance(scalars: ["RA": rng.uniform(1, 4), "RQ": rng.uniform(1, 4), "v": exp(rng.uniform(log(0.1), log(10)))])
        }) { x in
            let ra = try x.scalar("RA"), rq = try x.scalar("RQ"), v = try x.scalar("v")
            let metaActions = 4.0, localActions = 2.0
            let sizes = (0...8).map { (10 * pow(10, Double($0) / 2)).rounded() }
            let combined = sizes.map { K -> Double in
                let n = pow(K, 3) * pow(ra, 4) + K * pow(rq, 4), t = n
                let mA = pow(K, 6) * pow(ra, 10) + pow(K, 4) * pow(ra, 10) * metaActions * metaActions, mQ = K * K * pow(rq, 10)
                let improvement = ra * ra / t.squareRoot() + pow(ra, 2.5) / pow(mA, 0.25) + ra * ra / n.squareRoot() + pow(ra, 3) / mA.squareRoot()
                let evaluation = rq * rq / t.squareRoot() + pow(rq, 2.5) / pow(mQ, 0.25) + rq * rq / n.squareRoot() + pow(rq, 3) / mQ.squareRoot()
                let vk = v * K.squareRoot()
                return (0..<Int(K)).map { k -> Double in
                    let tauInverse = Double(k + 1) / vk
                    return tauInverse * improvement + evaluation / vk + localActions * tauInverse * tauInverse * improvement * improvement
                }.max()!
            }
            return Evaluation(rate: RateObservation(x: sizes, y: combined, claimedExponent: -1, kind: .atMost, xLabel: "K",
                                                    yLabel: "max_k (ε_k + ε'_k), combined, unit constants"),
                              quantities: [NamedValue("R_A", ra), NamedValue("R_Q", rq), NamedValue("v", v)])
        },
        defaultInstances: 2)

    /// mfppo, Theorem 4.1 (Sec. 4), second part: with N, T, m_A, m_Q growing as stated the errors
    /// are small enough that min_{0≤k≤K} gap ≤ [v²(log|Ā| + O(1)) + M]/((1−γ)v√K) = O(1/√K). The
    /// network sizes cannot be reached (m_A = Ω(K⁶)); the errors they would leave are injected
    /// instead at the orders of Lemmas 4.1–4.2 under those sizes: RMS ε_k^{1/2} = c K^{-1/4},
    /// ε'^{1/2}_{k+1} = c' K^{-3/4}. Fitted slope of the min gap in K ∈ {4, 16, …, 4096}.
    static let theorem41InexactRate = Claim(
        id: "mfppo.thm4.1.inexact.rate", paper: .mfppo, source: "Theorem 4.1 (Sec. 4), second part",
        statement: "In particular, suppose at each iteration of MF-PPO, we observe N = Ω(K³R_A⁴ + KR_Q⁴) agents, and the actor/critic network satisfies m_A = Ω(K⁶R_A¹⁰ + K⁴R_A¹⁰|Ā|²), m_Q = Ω(K²R_Q¹⁰), and T = Ω(K³R_A⁴ + KR_Q⁴), then we have min_{0≤k≤K}{L(π*) − L(π_k)} ≤ (v²(log|Ā| + O(1)) + M)/((1 − γ)v√K).",
        reading: "the O(1) hides constants: checked as a rate, min gap = O(K^{-1/2}), with the errors those sizes leave (ε_k ∝ K^{-1/2}, ε'_{k+1} ∝ K^{-3/2}) injected.",
        hypotheses: "Tabular MF-PPO on mean-field MDPs (G2: N ∈ {3, …, 6}, 2 local states and actions, γ ∈ [0.3, 0.9]); v ∈ [0.2, 1]; c, c' ∈ [0.01, 0.3]; random or adversarial error directions; K = 4, 16, …, 4096; points with a gap below 10³× round-off are left out of the fit.",
        kind: .rate,
        check: ClaimCheck(family: MeanFieldInstances.family("mean-field MDPs with v ∈ [0.2, 1] and error scales", searchable: false, extra: { rng, x in
            x.scalars["v"] = exp(rng.uniform(log(0.2), log(1)))
            x.scalars["criticScale"] = exp(rng.uniform(log(0.01), log(0.3)))
            x.scalars["actorScale"] = exp(rng.uniform(log(0.01), log(0.3)))
            x.integers["errorDirection"] = rng.integer(below: 2)
        })) { x in
            let model = try MeanFieldInstances.model(x)
            let v = try x.scalar("v"), c = try x.scalar("criticScale"), cp = try x.scalar("actorScale")
            guard let direction = ErrorInjection.Direction(rawValue: try x.integer("errorDirection")) else {
                throw ClaimError.outsideHypotheses("errorDirection must be 0 or 1")
            }
            var ks: [Double] = [], gaps: [Double] = []
            for p in 1...6 {
                let K = 1 << (2 * p)
                let injection = ErrorInjection(criticRMS: c * pow(Double(K), -0.25), actorRMS: cp * pow(Double(K), -0.75), direction: direction,
                                               seed: SeedSequence.derive(x.seed, "K\(K)"))
                let a = try InexactMFPPOAnalysis(model: model, v: v, iterations: K, injection: injection)
                let g = a.gaps.min()!
                if g > 1e3 * a.tolerance(what: "gaps").value {
                    ks.append(Double(K))
                    gaps.append(g)
                }
            }
            return Evaluation(rate: RateObservation(x: ks, y: gaps, claimedExponent: -0.5, kind: .atMost, xLabel: "K", yLabel: "min_{k≤K} L(π*) − L(π_k)"),
                              quantities: [NamedValue("v", v), NamedValue("c", c), NamedValue("c'", cp), NamedValue("γ", model.mdp.gamma),
                                           NamedValue("points fitted", Double(ks.count))])
        },
        defaultInstances: 2)
}
