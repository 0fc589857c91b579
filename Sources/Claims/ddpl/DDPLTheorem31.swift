import Foundation
import GSLKit

extension DDPLClaims {
    static let theorem31Statement = """
        Consider Algorithm 1 with batch size B = 32, learning rate η = 0.01(1−γ), and Π_1 being Gaussian policy class. \
        Consider any epoch k before s1 is first reached and any policy π_1^k = N(μ^k, (σ^k)²) with μ^k = 0. Suppose \
        Q̂_1^{π_1^k} is accurate for M_sa with reward r¬_sa(s,a) = 1(s = s0) r_start(a). Performing policy update (line 5, \
        Algorithm 1) with gradient descent yields a Gaussian policy π_1^{k+1} = N(μ^{k+1}, (σ^{k+1})²) with μ^{k+1} = 0, \
        1/(σ^{k+1})² ≥ 1/(σ^k)² + 0.128. Moreover, starting from π_1^0 = N(0, 0.1), the probability of reaching state s1 \
        is at most 0.45.
        """

    static let theorem31Hypotheses = """
        M_sa as printed (ν = 10, α = 250, β = 0.5, c_0 = 2.7, c_p = 0.005, γ = 0.1), λ = η/(1−γ) = 0.01, B = 32 \
        independent action draws at s0 per epoch (the proof's model, eq. 15), Q̂(s0,·) = r_start until s1 is reached; \
        the run from σ_0² = 0.1 until p_k < 10⁻²⁰, the remaining epochs bounded by continuing with the smallest \
        increment 0.128 (tail bound in the quantities)
        """

    /// The run's per-epoch checks and the success probability, shared by both readings of the update.
    static func theorem31Evaluation(_ run: GaussianProjectedRun) throws -> Evaluation {
        var measurements: [Measurement] = []
        var minimumIncrement = Double.infinity, minimumCurvature = Double.infinity, largestMean = 0.0
        for k in 0..<(run.variances.count - 1) {
            let vK = run.variances[k], vNext = run.variances[k + 1], mu = run.means[k + 1]
            let increment = 1 / vNext - 1 / vK
            minimumIncrement = min(minimumIncrement, increment)
            // The two sides are of size 1/σ²; their difference carries the rounding of both reciprocals
            // and of the root (relative 4ε each).
            measurements.append(Measurement("k=\(k): 1/σ²_{k+1} − 1/σ²_k", lhs: increment, .greaterOrEqual, rhs: 0.128,
                                            tolerance: .roundoff(scale: 1 / vNext, operations: 4, what: "1/σ²_{k+1} − 1/σ²_k")))
            let curvature = 1 / vK - StartStateExample.lambda * StartStateExample.meanCurvature(mean: mu, variance: vNext)
            minimumCurvature = min(minimumCurvature, curvature)
            if run.update == .globalMinimizer {
                // The best Gaussian has μ = 0 exactly when no Gaussian beats the best one with μ = 0;
                // both values are O(max(|L|,1)) sums of a few rounded terms.
                let value = abs(StartStateExample.projectionObjective(mean: 0, variance: vNext, previousMean: run.means[k], previousVariance: vK))
                measurements.append(Measurement("k=\(k): L(0, σ²_{k+1}) − min_{μ,σ²} L", lhs: run.searchExcess[k], .lessOrEqual, rhs: 0,
                                                tolerance: .roundoff(scale: max(value, 1), operations: 8, what: "two values of L")))
            }
            largestMean = max(largestMean, abs(mu))
            if run.update == .stationaryPoint {
                // ∂L/∂μ vanishes at μ = 0 for every σ² (symmetry, eq. 5), so gradient descent from μ = 0
                // keeps μ = 0; a positive curvature makes that a minimum along μ rather than a saddle.
                let scale = 1 / vK + StartStateExample.lambda * abs(StartStateExample.meanCurvature(mean: mu, variance: vNext))
                measurements.append(Measurement("k=\(k): ∂²L/∂μ² at (0, σ²_{k+1})", lhs: curvature, .greaterOrEqual, rhs: 0,
                                                tolerance: .roundoff(scale: scale, operations: 12, what: "∂²L/∂μ²")))
            }
        }
        let reach = run.reachProbability
        // The epochs beyond the run add at most 32·tail to the probability; summing K terms of log1p
        // rounds each by ε relative to the sum.
        let tolerance = Tolerance(32 * run.tailBound + 4 * Double(run.logSuccess.count) * Double.ulpOfOne * abs(run.logNeverReached),
                                  "epochs after the run: 32·Σ_{k>K} p_k ≤ 32·\(shortNumber(run.tailBound)); rounding of \(run.logSuccess.count) log1p terms")
        measurements.append(Measurement("P(reach s1)", lhs: reach, .lessOrEqual, rhs: 0.45, tolerance: tolerance, trivialBound: 1))
        var quantities = [
            NamedValue("P(reach s1)", reach), NamedValue("P(never reach s1)", 1 - reach),
            NamedValue("epochs computed K", Double(run.variances.count - 1)), NamedValue("p_0", exp(run.logSuccess[0])),
            NamedValue("p_K", exp(run.logSuccess.last!)), NamedValue("tail bound Σ_{k>K} p_k", run.tailBound),
            NamedValue("min_k (1/σ²_{k+1} − 1/σ²_k)", minimumIncrement), NamedValue("min_k ∂²L/∂μ² at the update", minimumCurvature),
            NamedValue("max_k |μ^{k+1}|", largestMean), NamedValue("σ_K²", run.variances.last!),
        ]
        if !run.rootCounts.isEmpty {
            quantities.append(NamedValue("max stationary roots per epoch", Double(run.rootCounts.max()!)))
        }
        let ks = run.variances.indices.map(Double.init)
        return Evaluation(
            measurements: measurements, quantities: quantities,
            series: [PlotSeries(name: "1/σ_k²", x: ks, y: run.variances.map { 1 / $0 }, xLabel: "epoch k", yLabel: "precision"),
                     PlotSeries(name: "10 + 0.128k", x: ks, y: ks.map { 10 + 0.128 * $0 }, xLabel: "epoch k", yLabel: "precision"),
                     PlotSeries(name: "p_k", x: ks, y: run.logSuccess.map(exp), xLabel: "epoch k", yLabel: "success probability per sample")],
            notes: ["update: \(run.update.rawValue); B = 32 draws at s0 per epoch (proof's model; the experiments use B = 200)"])
    }

    /// ddpl, Theorem 3.1 (Sec. 3.2.1), reading "update with gradient descent" = the first-order
    /// stationary point of eq. (3) reached from (0, σ_k²) (the proof's reading, App. A Step 2).
    /// Measured: every stationary variance of each epoch by a sign scan and Brent's method, μ stays 0
    /// (the μ-gradient vanishes at μ = 0 for every σ², and ∂²L/∂μ² > 0 there, so gradient descent
    /// from μ = 0 neither leaves it nor sits on a saddle), and the exact success probability
    /// 1 − ∏(1 − p_k)^{32} with p_k by erf (eq. 12).
    static let theorem31 = Claim(
        id: "ddpl.thm3.1", paper: .ddpl, source: "Theorem 3.1 (Sec. 3.2.1); proof App. A, eqs. (3)–(17)",
        statement: theorem31Statement,
        reading: "the update is the first-order stationary point of L(μ, σ²) (eq. 3) reached by gradient descent from (μ^k, σ_k²) = (0, σ_k²); with several stationary variances the smallest is taken (all are checked by /step4)",
        hypotheses: theorem31Hypotheses,
        kind: .upperBound,
        check: ClaimCheck(family: .fixed("the paper's M_sa from π^0 = N(0, 0.1)", ClaimInstance())) { _ in
            try theorem31Evaluation(GaussianProjectedRun(.stationaryPoint))
        },
        defaultInstances: 1)

    /// ddpl, Theorem 3.1, reading "update" = the best Gaussian (the global minimiser of the reverse
    /// KL of eq. 3 over (μ, σ²)), found by Nelder–Mead from several starts each epoch.
    static let theorem31GlobalMinimizer = Claim(
        id: "ddpl.thm3.1.globalMin", paper: .ddpl, source: "Theorem 3.1 (Sec. 3.2.1); Algorithm 1 line 5 (argmin of the reverse KL)",
        statement: theorem31Statement,
        reading: "the update is the global minimiser of KL(N(μ,σ²) ‖ π̃^{k+1}) over all Gaussians (Algorithm 1, line 5 taken literally)",
        hypotheses: theorem31Hypotheses,
        kind: .upperBound,
        check: ClaimCheck(family: .fixed("the paper's M_sa from π^0 = N(0, 0.1)", ClaimInstance())) { _ in
            try theorem31Evaluation(GaussianProjectedRun(.globalMinimizer))
        },
        defaultInstances: 1)
}
