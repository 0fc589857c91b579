import Foundation
import GSLKit

extension MFPPOClaims {
    /// One measurement per iteration k of an exact run: `body(k)` returns (lhs, rhs) and the
    /// relation; labels "k=…". Adds a series of both sides.
    static func perIteration(_ a: ExactMFPPOAnalysis, _ relation: Relation, what: String,
                             _ body: (Int) -> (lhs: Double, rhs: Double, label: String)) -> Evaluation {
        var measurements: [Measurement] = [], lhs: [Double] = [], rhs: [Double] = []
        for k in 0..<a.run.iterations {
            let (l, r, label) = body(k)
            lhs.append(l)
            rhs.append(r)
            measurements.append(Measurement("k = \(k)\(label.isEmpty ? "" : ", " + label)", lhs: l, relation, rhs: r, tolerance: a.tolerance(k, what: what)))
        }
        let ks = (0..<a.run.iterations).map(Double.init)
        return Evaluation(measurements: measurements, quantities: a.quantities,
                          series: [PlotSeries(name: "left side", x: ks, y: lhs, xLabel: "k", yLabel: what),
                                   PlotSeries(name: "right side", x: ks, y: rhs, xLabel: "k", yLabel: what)])
    }

    /// The state with the least margin of a per-state inequality lhs(x) ≤ rhs(x) (or ≥).
    static func worstState(_ a: ExactMFPPOAnalysis, _ relation: Relation, _ f: (Int) -> (Double, Double)) -> (lhs: Double, rhs: Double, label: String) {
        var best: (Double, Double, Int)? = nil
        for x in 0..<a.model.stateCount {
            let (l, r) = f(x)
            let margin = relation == .greaterOrEqual ? l - r : r - l
            if best == nil || margin < (relation == .greaterOrEqual ? best!.0 - best!.1 : best!.1 - best!.0) { best = (l, r, x) }
        }
        return (best!.0, best!.1, "worst state x = \(best!.2)")
    }

    /// mfppo, proof sketch of Theorem 4.1 (Sec. 4): the three-point lemma (Chen and Teboulle, 1993)
    /// for the exact update (4.2), at every state and iteration. For π_{k+1} ∝ π_k exp(Q^{π_k}/v_k)
    /// it holds with equality (log π_{k+1} − log π_k = Q/v_k − log Z), so the margin is round-off.
    static let theorem41Step1 = Claim(
        id: "mfppo.thm4.1/step1", paper: .mfppo, source: "Theorem 4.1, proof sketch (Sec. 4): three-point lemma",
        statement: "For all (s, d_S): ⟨Q^{π_k}(s, d_S, ·), π*(·|s, d_S) − π_k(·|s, d_S)⟩ ≤ v_k{KL(π*‖π_k) − KL(π*‖π_{k+1}) − KL(π_{k+1}‖π_k)} + ⟨Q^{π_k}(s, d_S, ·), π_{k+1}(·|s, d_S) − π_k(·|s, d_S)⟩.",
        hypotheses: "Exact tabular MF-PPO (ε_k = ε'_{k+1} = 0) on mean-field MDPs (G2: N ∈ {3, …, 6}, 2 local states and actions, γ ∈ [0.3, 0.9]); v ∈ [0.05, 5], K ∈ {2, …, 32}, v_k = v√K; Q (1−γ)-scaled; every state, worst one per k.",
        kind: .upperBound,
        check: ClaimCheck(family: ExactMFPPOAnalysis.family) { x in
            let a = try ExactMFPPOAnalysis(x)
            return perIteration(a, .lessOrEqual, what: "three-point terms") { k in
                worstState(a, .lessOrEqual) { s in
                    let q = a.critic(k, s), pk = a.policy(k, s), pk1 = a.policy(k + 1, s), ps = a.optimal(s)
                    let lhs = PolicyRows.pairing(q, Vector.difference(ps, pk))
                    let rhs = a.run.proximity * (PolicyRows.kl(ps, pk) - PolicyRows.kl(ps, pk1) - PolicyRows.kl(pk1, pk))
                        + PolicyRows.pairing(q, Vector.difference(pk1, pk))
                    return (lhs, rhs)
                }
            }
        })

    static let theorem41Step2Statement = "From Lemma 6.1 in Kakade and Langford (2002), the expectation of the left hand side yields exactly (1 − γ){L(π*) − L(π_k)}: E_{ν*}⟨Q^{π_k}(s, d_S, ·), π*(·|s, d_S) − π_k(·|s, d_S)⟩ = (1 − γ){L(π*) − L(π_k)}."

    /// mfppo, proof sketch of Theorem 4.1: the performance difference (Kakade and Langford 2002,
    /// Lemma 6.1) with ν* stationary for π* and the paper's (1−γ)-scaled V and Q. Identity per k.
    static let theorem41Step2 = Claim(
        id: "mfppo.thm4.1/step2", paper: .mfppo, source: "Theorem 4.1, proof sketch (Sec. 4): performance difference",
        statement: theorem41Step2Statement,
        reading: "V, Q, L in the paper's (1−γ)-scaled convention.",
        hypotheses: "As mfppo.thm4.1/step1; ν* the stationary distribution of π*.",
        kind: .identity,
        check: ClaimCheck(family: ExactMFPPOAnalysis.family) { x in
            let a = try ExactMFPPOAnalysis(x)
            return perIteration(a, .equal, what: "performance difference") { k in
                (performanceDifference(a, k), (1 - a.gamma) * a.gaps[k], "")
            }
        })

    /// The same identity with Q unscaled (Q = r + γPV, as in Kakade and Langford's unnormalised
    /// form) and L as in (4.1); then the left side equals L(π*) − L(π_k), without the (1−γ).
    static let theorem41Step2Unnormalized = Claim(
        id: "mfppo.thm4.1/step2.unnormalized", paper: .mfppo, source: "Theorem 4.1, proof sketch (Sec. 4): performance difference",
        statement: theorem41Step2Statement,
        reading: "Q unscaled (Q = r + γ P V with V = E Σ γ^t r), L(π) = E_{ν*}[(1−γ)-scaled V^π] as in (4.1).",
        hypotheses: "As mfppo.thm4.1/step2.",
        kind: .identity,
        check: ClaimCheck(family: ExactMFPPOAnalysis.family) { x in
            let a = try ExactMFPPOAnalysis(x)
            return perIteration(a, .equal, what: "performance difference") { k in
                (performanceDifference(a, k) / (1 - a.gamma), (1 - a.gamma) * a.gaps[k], "")
            }
        })

    /// E_{ν*}⟨Q^{π_k}, π* − π_k⟩ with the (1−γ)-scaled Q.
    static func performanceDifference(_ a: ExactMFPPOAnalysis, _ k: Int) -> Double {
        (0..<a.model.stateCount).reduce(0.0) { acc, s in
            acc + a.reference.stationary[s] * PolicyRows.pairing(a.critic(k, s), Vector.difference(a.optimal(s), a.policy(k, s)))
        }
    }

    /// mfppo, proof sketch of Theorem 4.1: the three-point lemma in expectation under ν*, with the
    /// performance difference substituted on the left.
    static let theorem41Step3 = Claim(
        id: "mfppo.thm4.1/step3", paper: .mfppo, source: "Theorem 4.1, proof sketch (Sec. 4), first display after the performance difference",
        statement: "(1 − γ){L(π*) − L(π_k)} ≤ v_k E_{ν*}{KL(π*‖π_k) − KL(π*‖π_{k+1}) − KL(π_{k+1}‖π_k)} + E_{ν*}⟨Q^{π_k}(s, d_S, ·), π_{k+1}(·|s, d_S) − π_k(·|s, d_S)⟩.",
        hypotheses: "As mfppo.thm4.1/step1; (1−γ)-scaled convention.",
        kind: .upperBound,
        check: ClaimCheck(family: ExactMFPPOAnalysis.family) { x in
            let a = try ExactMFPPOAnalysis(x)
            return perIteration(a, .lessOrEqual, what: "(1−γ)·gap") { k in
                var rhs = 0.0
                for s in 0..<a.model.stateCount where a.reference.stationary[s] > 0 {
                    let pk = a.policy(k, s), pk1 = a.policy(k + 1, s), ps = a.optimal(s)
                    rhs += a.reference.stationary[s] * (a.run.proximity * (PolicyRows.kl(ps, pk) - PolicyRows.kl(ps, pk1) - PolicyRows.kl(pk1, pk))
                                                        + PolicyRows.pairing(a.critic(k, s), Vector.difference(pk1, pk)))
                }
                return ((1 - a.gamma) * a.gaps[k], rhs, "")
            }
        })

    /// mfppo, proof sketch of Theorem 4.1: Pinsker's inequality for consecutive iterates.
    static let theorem41Step4 = Claim(
        id: "mfppo.thm4.1/step4", paper: .mfppo, source: "Theorem 4.1, proof sketch (Sec. 4): Pinsker's inequality",
        statement: "Pinsker's Inequality KL(π_{k+1}(·|s, d_S) ‖ π_k(·|s, d_S)) ≥ ½‖π_{k+1} − π_k‖₁².",
        hypotheses: "As mfppo.thm4.1/step1; every state, worst one per k.",
        kind: .lowerBound,
        check: ClaimCheck(family: ExactMFPPOAnalysis.family) { x in
            let a = try ExactMFPPOAnalysis(x)
            return perIteration(a, .greaterOrEqual, what: "KL(π_{k+1}‖π_k)") { k in
                worstState(a, .greaterOrEqual) { s in
                    let pk = a.policy(k, s), pk1 = a.policy(k + 1, s)
                    return (PolicyRows.kl(pk1, pk), 0.5 * pow(PolicyRows.l1(pk1, pk), 2))
                }
            }
        })

    static let theorem41Step5Statement = "‖Q^{π_k}(s, d_S, ·)‖∞ ≤ r̄/(1 − γ), with r̄ from Assumption 2: r(·) ≤ r̄ for some r̄ > 0."

    /// mfppo, proof sketch of Theorem 4.1: the bound on the critic, with r̄ = max|r| (Assumption 2
    /// read two-sided, as the proofs use it) and the (1−γ)-scaled Q (for which |Q| ≤ r̄ already).
    static let theorem41Step5 = Claim(
        id: "mfppo.thm4.1/step5", paper: .mfppo, source: "Theorem 4.1, proof sketch (Sec. 4), with Assumption 2",
        statement: theorem41Step5Statement,
        reading: "r̄ = max |r| (a bound on |r|); Q (1−γ)-scaled.",
        hypotheses: "As mfppo.thm4.1/step1; rewards of either sign.",
        kind: .upperBound,
        check: ClaimCheck(family: ExactMFPPOAnalysis.family) { x in
            let a = try ExactMFPPOAnalysis(x)
            return perIteration(a, .lessOrEqual, what: "‖Q^{π_k}‖∞") { k in (Vector.infinityNorm(a.run.critics[k]), a.rBar / (1 - a.gamma), "") }
        })

    /// The same bound with r̄ as Assumption 2 prints it, one-sided: the smallest r̄ > 0 with r ≤ r̄,
    /// i.e. max r (or 0⁺ when every reward is ≤ 0).
    static let theorem41Step5OneSided = Claim(
        id: "mfppo.thm4.1/step5.oneSided", paper: .mfppo, source: "Theorem 4.1, proof sketch (Sec. 4), with Assumption 2",
        statement: theorem41Step5Statement,
        reading: "r̄ as printed in Assumption 2, a one-sided bound r ≤ r̄: r̄ = max(max r, 0⁺).",
        hypotheses: "As mfppo.thm4.1/step1; rewards of either sign.",
        kind: .upperBound,
        check: ClaimCheck(family: ExactMFPPOAnalysis.family) { x in
            let a = try ExactMFPPOAnalysis(x)
            let rBar = max(a.model.mdp.rewards.max()!, 0)
            var e = perIteration(a, .lessOrEqual, what: "‖Q^{π_k}‖∞") { k in (Vector.infinityNorm(a.run.critics[k]), rBar / (1 - a.gamma), "") }
            e.quantities.append(NamedValue("r̄ = max r (one-sided)", rBar))
            return e
        })

    /// mfppo, proof sketch of Theorem 4.1: Pinsker, ‖Q‖∞ ≤ r̄/(1−γ) and −ax² + bx ≤ b²/(4a) give,
    /// per state, ⟨Q^{π_k}, π_{k+1} − π_k⟩ − v_k KL(π_{k+1}‖π_k) ≤ r̄²/(2v_k(1−γ)²).
    static let theorem41Step6 = Claim(
        id: "mfppo.thm4.1/step6", paper: .mfppo, source: "Theorem 4.1, proof sketch (Sec. 4): −ax² + bx ≤ b²/(4a)",
        statement: "Pinsker's Inequality, combined with ‖Q^{π_k}(s, d_S, ·)‖∞ ≤ r̄/(1 − γ) and the basic inequality −ax² + bx ≤ b²/(4a) for a > 0, gives ⟨Q^{π_k}, π_{k+1} − π_k⟩ − v_k KL(π_{k+1}‖π_k) ≤ r̄²/(2v_k(1 − γ)²) at every (s, d_S).",
        hypotheses: "As mfppo.thm4.1/step1; r̄ = max|r|; every state, worst one per k.",
        kind: .upperBound,
        check: ClaimCheck(family: ExactMFPPOAnalysis.family) { x in
            let a = try ExactMFPPOAnalysis(x)
            let bound = a.rBar * a.rBar / (2 * a.run.proximity * pow(1 - a.gamma, 2))
            return perIteration(a, .lessOrEqual, what: "⟨Q, π_{k+1} − π_k⟩ − v_k KL") { k in
                worstState(a, .lessOrEqual) { s in
                    let pk = a.policy(k, s), pk1 = a.policy(k + 1, s)
                    return (PolicyRows.pairing(a.critic(k, s), Vector.difference(pk1, pk)) - a.run.proximity * PolicyRows.kl(pk1, pk), bound)
                }
            }
        })

    /// mfppo, proof sketch of Theorem 4.1: the per-iteration inequality of the ideal case.
    static let theorem41Step7 = Claim(
        id: "mfppo.thm4.1/step7", paper: .mfppo, source: "Theorem 4.1, proof sketch (Sec. 4), recursion of the ideal case",
        statement: "(1 − γ){L(π*) − L(π_k)} ≤ v_k E_{ν*}{KL(π*(·|s, d_S) ‖ π_k(·|s, d_S)) − KL(π*(·|s, d_S) ‖ π_{k+1}(·|s, d_S))} + r̄²/(2v_k(1 − γ)²).",
        hypotheses: "As mfppo.thm4.1/step1; r̄ = max|r|; (1−γ)-scaled convention.",
        kind: .upperBound,
        check: ClaimCheck(family: ExactMFPPOAnalysis.family) { x in
            let a = try ExactMFPPOAnalysis(x)
            let extra = a.rBar * a.rBar / (2 * a.run.proximity * pow(1 - a.gamma, 2))
            return perIteration(a, .lessOrEqual, what: "(1−γ)·gap") { k in
                ((1 - a.gamma) * a.gaps[k], a.run.proximity * (a.divergences[k] - a.divergences[k + 1]) + extra, "")
            }
        })

    /// mfppo, proof sketch of Theorem 4.1: "By setting v_k = O(√K), and telescoping the above
    /// inequality from k = 0 to K − 1, we obtain min_{0≤k≤K−1}{L(π*) − L(π_k)} = O(1/√K)". Fitted
    /// slope of the min gap of exact runs against K ∈ {4, …, 1024} (one run per K, v_k = v√K).
    static let theorem41Step8 = Claim(
        id: "mfppo.thm4.1/step8", paper: .mfppo, source: "Theorem 4.1, proof sketch (Sec. 4), telescoped",
        statement: "By setting v_k = O(√K), and telescoping the above inequality from k = 0 to K − 1, we obtain: min_{0≤k≤K−1}{L(π*) − L(π_k)} = O(1/√K).",
        hypotheses: "Exact tabular MF-PPO on mean-field MDPs (G2: N ∈ {3, …, 6}, 2 local states and actions, γ ∈ [0.3, 0.9]); v ∈ [0.2, 1]; K = 4, 16, …, 4⁸ = 65536 (the gap decays only once √K/v is large against 1/(action gaps of the (1−γ)-scaled Q), so the range reaches 4⁸); points with a gap below 10³× its round-off bound are left out of the fit.",
        kind: .rate,
        check: ClaimCheck(family: MeanFieldInstances.family("mean-field MDPs with v ∈ [0.2, 1]", searchable: false, extra: { rng, x in
            x.scalars["v"] = exp(rng.uniform(log(0.2), log(1)))
        })) { x in
            let model = try MeanFieldInstances.model(x)
            let reference = try OptimalReference(mdp: model.mdp)
            let v = try x.scalar("v")
            var ks: [Double] = [], gaps: [Double] = []
            for p in 1...8 {
                let K = 1 << (2 * p)
                let a = try ExactMFPPOAnalysis(model: model, reference: reference, v: v, iterations: K)
                let g = a.gaps[0..<K].min()!
                if g > 1e3 * a.tolerance(K - 1, what: "gaps").value {
                    ks.append(Double(K))
                    gaps.append(g)
                }
            }
            return Evaluation(rate: RateObservation(x: ks, y: gaps, claimedExponent: -0.5, kind: .atMost, xLabel: "K", yLabel: "min_{k<K} L(π*) − L(π_k)"),
                              quantities: [NamedValue("v", v), NamedValue("γ", model.mdp.gamma), NamedValue("points fitted", Double(ks.count))])
        },
        defaultInstances: 2)
}
