import Foundation
import GSLKit

/// haqo Proposition A.16 (Variance reduction via K-candidates), eq. (150), and its readings. The
/// paper gives no proof and does not define g_K precisely: g is "the stochastic gradient estimator
/// of (11)", here any function g(a) of the action the update uses (a scalar projection of the
/// gradient), K candidates from π_old^i, ranked by Q^i. Every variance is exact (finite sums).
extension HAQOClaims {
    /// Proposition A.16 as printed.
    static let propositionA16Statement = "Let g denote the stochastic gradient estimator of (11). Suppose at each update, agent i samples K candidate actions {a_j^i}_{j=1}^K from π_old^i and selects the top-K_t candidates according to Q^i. Then Var[g_K] ≤ (1/K) Var[g_1], lim_{K→∞} Var[g_K] = 0."

    static let candidateCounts = [2, 4, 8, 16, 32]

    static let candidateFamily = InstanceFamily(
        description: "m ∈ {2,…,5} actions: π_old ~ Dirichlet(1) ('probabilities'), Q ~ N(0,1) ('critic'), g ~ N(0,1) ('gradient'); noise variance σ² log-uniform in [1e-3, 1]",
        searchSpace: SearchSpace(scalars: ["noiseVariance": .positive], vectors: ["probabilities": true, "critic": false, "gradient": false]),
        admissible: { x in
            guard let q = x.vectors["critic"], Set(q).count == q.count else { return "critic values must be distinct" }
            return nil
        }
    ) { rng in
        let m = rng.integer(in: 2...5)
        return ClaimInstance(scalars: ["noiseVariance": exp(rng.uniform(log(1e-3), 0))],
                             vectors: ["probabilities": rng.dirichlet(dimension: m), "critic": (0..<m).map { _ in rng.normal() },
                                       "gradient": (0..<m).map { _ in rng.normal() }])
    }

    enum CandidateReading: Sendable { case best, bestWithNoise, topHalf }

    static func propositionA16(id: String, reading text: String, _ reading: CandidateReading) -> Claim {
        Claim(
            id: id, paper: .haqo, source: "Proposition A.16 (App. A.10), eq. (150)",
            statement: propositionA16Statement, reading: text,
            hypotheses: "one agent's update on m ∈ {2,…,5} actions: π_old ~ Dirichlet(1), critic values Q ~ N(0,1), g(a) ~ N(0,1); K ∈ {2, 4, 8, 16" + (reading == .topHalf ? "}" : ", 32}") + (reading == .bestWithNoise ? "; σ² log-uniform in [1e-3, 1]" : ""),
            kind: .upperBound,
            check: ClaimCheck(family: candidateFamily) { x in
                let p = try x.vector("probabilities"), q = try x.vector("critic"), g = try x.vector("gradient")
                let noise = reading == .bestWithNoise ? try x.scalar("noiseVariance") : 0
                let selection = CandidateSelection(probabilities: p, critic: q)
                let single = CandidateSelection.moments(of: g, under: p).variance + noise
                var out: [Measurement] = []
                var xs: [Double] = [], ys: [Double] = []
                let tol = Tolerance.roundoff(scale: max(single, 1), operations: 64 * p.count, what: "the finite sums")
                for k in reading == .topHalf ? [2, 4, 8, 16] : candidateCounts {
                    let v = reading == .topHalf
                        ? selection.topAverageMoments(of: g, candidates: k, kept: k / 2).variance
                        : CandidateSelection.moments(of: g, under: selection.bestOfK(k)).variance + noise
                    out.append(Measurement("K=\(k)", lhs: v, .lessOrEqual, rhs: single / Double(k), tolerance: tol))
                    xs.append(Double(k))
                    ys.append(v)
                }
                if reading != .topHalf {
                    let limit = CandidateSelection.moments(of: g, under: selection.bestOfKLimit).variance + noise
                    out.append(Measurement("K→∞ (limit, = 0 claimed)", lhs: limit, .lessOrEqual, rhs: 0, tolerance: tol))
                }
                return Evaluation(measurements: out, quantities: [NamedValue("Var[g_1]", single), NamedValue("σ² (selection-independent noise)", noise)],
                                  series: [PlotSeries(name: "Var[g_K]", x: xs, y: ys, xLabel: "K", yLabel: "Var[g_K]"),
                                           PlotSeries(name: "Var[g_1]/K", x: xs, y: xs.map { single / $0 }, xLabel: "K", yLabel: "Var[g_K]")])
            },
            defaultInstances: 32)
    }

    static let propositionA16 = propositionA16(
        id: "haqo.propA.16",
        reading: "K_t = 1 (the candidate with the largest Q^i is used, as in Alg. 1 step 5); g a function of the selected action only",
        .best)

    static let propositionA16WithNoise = propositionA16(
        id: "haqo.propA.16.withNoise",
        reading: "K_t = 1 with g carrying the denoising noise of the update ((t, ε) sampling, 'the stochasticity of ε sampling' the paper names): g = g(a) + ξ, ξ independent of the selection with variance σ²",
        .bestWithNoise)

    static let propositionA16TopHalf = propositionA16(
        id: "haqo.propA.16.topHalf",
        reading: "K_t = K/2: g_K is the average of g over the top half of the K candidates (counted with repetition)",
        .topHalf)
}
