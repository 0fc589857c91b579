import Foundation
import GSLKit

/// Algorithm 1 on M_sa with the Gaussian class and the blind Q̂ = r_start (ddpl Thm. 3.1, App. A),
/// from π^0 = N(0, 0.1): the policies π^k = N(μ_k, σ_k²) of every epoch before s1 is reached, the
/// per-sample success probabilities p_k (eq. 12), and the probability of never reaching s1 when
/// each epoch draws B = 32 independent actions at s0 (the proof's model, eq. 15):
/// P(never) = ∏_{k≥0} (1 − p_k)^{32}.
struct GaussianProjectedRun {
    /// How each epoch's Gaussian is chosen.
    enum Update: String {
        /// The first-order stationary point of L(μ, σ²) (eq. 3) reached from (0, σ_k²): μ stays 0 and
        /// σ_{k+1}² solves eq. (9); the smallest root when there are several.
        case stationaryPoint = "stationary point of eq. (3)"
        /// The global minimiser of L over all Gaussians: the stationary variance at μ = 0 with the least
        /// L, unless a Nelder–Mead search over (μ, log σ²) from several starts finds a lower L.
        case globalMinimizer = "global minimiser of eq. (3)"
        /// The proof's worst case: σ_k² = 1/(10 + 0.128k), eq. (11) with equality (eq. 17).
        case worstCase = "σ_k² = 1/(10 + 0.128k)"
    }

    let update: Update
    /// μ_k for k = 0…K.
    let means: [Double]
    /// σ_k² for k = 0…K.
    let variances: [Double]
    /// The number of stationary roots found at each step (stationary-point update only).
    let rootCounts: [Int]
    /// For the global-minimiser update: L(0, σ_{k+1}²) − (the least L found by Nelder–Mead over all
    /// Gaussians), ≤ 0 up to rounding when the best Gaussian has μ = 0.
    let searchExcess: [Double]
    /// ln p_k for k = 0…K.
    let logSuccess: [Double]
    /// An upper bound on Σ_{k>K} p_k (see `init`).
    let tailBound: Double

    /// The run until p_K < `cutoff`. The remaining epochs are bounded by continuing from σ_K² with the
    /// smallest increment eq. (10) allows, 1/σ_{K+j}² = 1/σ_K² + 0.128 j, and p increasing in σ² on
    /// (0, 0.1] (both checked by `ddpl.thm3.1/step4` and `/step6`); that sum runs until its terms
    /// underflow, after which the geometric decay of p leaves less than 10⁻²⁹⁰.
    init(_ update: Update, initialVariance: Double = 0.1, cutoff: Double = 1e-20, maxEpochs: Int = 200_000) throws {
        self.update = update
        var means = [0.0], variances = [initialVariance], counts: [Int] = [], excess: [Double] = []
        var logP = [StartStateExample.logSuccessProbability(variance: initialVariance)]
        var k = 0
        while logP[k] > log(cutoff) && k < maxEpochs {
            let next: (mean: Double, variance: Double)
            switch update {
            case .stationaryPoint:
                let roots = try StartStateExample.stationaryVariances(previousVariance: variances[k])
                guard let smallest = roots.min() else { throw ClaimError.outsideHypotheses("no stationary variance at k = \(k)") }
                counts.append(roots.count)
                next = (0, smallest)
            case .globalMinimizer:
                let vK = variances[k], muK = means[k]
                let roots = try StartStateExample.stationaryVariances(previousVariance: vK)
                let value = { (v: Double) in StartStateExample.projectionObjective(mean: 0, variance: v, previousMean: muK, previousVariance: vK) }
                guard let best = roots.min(by: { value($0) < value($1) }) else { throw ClaimError.outsideHypotheses("no stationary variance at k = \(k)") }
                let search = try StartStateExample.globalMinimizer(previousVariance: vK, previousMean: muK)
                counts.append(roots.count)
                excess.append(value(best) - search.value)
                // Only a Gaussian better than rounding (the tolerance `ddpl.thm3.1.globalMin` uses) replaces μ = 0.
                let rounding = Tolerance.roundoff(scale: max(abs(value(best)), 1), operations: 8, what: "L").value
                next = value(best) - search.value > rounding ? (search.mean, search.variance) : (0, best)
            case .worstCase:
                next = (0, 1 / (10 + 0.128 * Double(k + 1)))
            }
            means.append(next.mean)
            variances.append(next.variance)
            logP.append(StartStateExample.logSuccessProbability(mean: next.mean, variance: next.variance))
            k += 1
        }
        self.means = means
        self.variances = variances
        rootCounts = counts
        searchExcess = excess
        logSuccess = logP
        var tail = 0.0
        let precision = 1 / variances[k]
        var j = 1
        while true {
            let term = exp(StartStateExample.logSuccessProbability(variance: 1 / (precision + 0.128 * Double(j))))
            if term < 1e-300 { break }
            tail += term
            j += 1
        }
        tailBound = tail
    }

    /// ln P(never reach s1) over the epochs computed: 32 Σ_k ln(1 − p_k).
    var logNeverReached: Double {
        Double(StartStateExample.batch) * logSuccess.reduce(0) { $0 + Special.log1p(-exp($1)) }
    }

    /// P(reach s1 at least once) = 1 − ∏_k (1 − p_k)^{32}, over the epochs computed; the epochs
    /// after them add at most 32·`tailBound`.
    var reachProbability: Double { -Special.expm1(logNeverReached) }
}
