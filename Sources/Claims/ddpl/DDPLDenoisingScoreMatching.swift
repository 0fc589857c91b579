import Foundation
import GSLKit

/// One-dimensional denoising score matching (ddpl Sec. 2.2, eqs. 1, 25, 32) for a Gaussian-mixture data
/// distribution p_0 = Σ_k w_k N(m_k, v_k), whose forward marginals p_τ = Σ_k w_k N(√ᾱ_τ m_k, ᾱ_τ v_k + 1 − ᾱ_τ)
/// and scores ∇ log p_τ are closed forms, and a score field s_τ(x) = u_τ x + b_τ + c_τ tanh(x).
///
/// Gaussian expectations are Gauss–Legendre sums over ±12 standard deviations (the weight beyond is
/// below 10⁻³¹); each expectation is computed with 96 and 128 nodes and their difference is reported
/// as its error estimate.
struct DenoisingScoreMatching {
    /// Which target the conditional loss regresses s onto.
    enum TargetSign: String {
        /// + ε/√(1−ᾱ), as printed in eqs. (1), (2), (22), (25), (42) and Algorithm 2.
        case printed = "+ε/√(1−ᾱ) (as printed)"
        /// − ε/√(1−ᾱ) = ∇_{a_τ} log p_{τ|0}(a_τ|a_0), the sign under which s is the score the sampler uses.
        case score = "−ε/√(1−ᾱ) (conditional score)"
        var factor: Double { self == .printed ? 1 : -1 }
    }

    struct Mixture {
        let weights: [Double]
        let means: [Double]
        let variances: [Double]

        /// ∇ log p_τ(x) and ∂_x ∇ log p_τ(x) for the marginal at ᾱ (with 1 − ᾱ given separately for
        /// accuracy): with responsibilities r_k ∝ w_k N(x; √ᾱ m_k, v_k), v_k = ᾱ v_k⁰ + 1 − ᾱ, and slopes
        /// g_k = −(x − √ᾱ m_k)/v_k, the score is Σ r_k g_k and its derivative Σ r_k(g_k² − 1/v_k) − (Σ r_k g_k)².
        func scoreAndDerivative(_ x: Double, alphaBar: Double, noise: Double) -> (score: Double, derivative: Double) {
            let root = alphaBar.squareRoot()
            var largest = -Double.infinity
            for k in weights.indices {
                let m = root * means[k], v = alphaBar * variances[k] + noise
                largest = max(largest, log(weights[k]) - 0.5 * log(v) - 0.5 * (x - m) * (x - m) / v)
            }
            var total = 0.0, first = 0.0, second = 0.0
            for k in weights.indices {
                let m = root * means[k], v = alphaBar * variances[k] + noise
                let r = exp(log(weights[k]) - 0.5 * log(v) - 0.5 * (x - m) * (x - m) / v - largest)
                let g = -(x - m) / v
                total += r
                first += r * g
                second += r * (g * g - 1 / v)
            }
            let score = first / total
            return (score, second / total - score * score)
        }

        /// ∇ log p_τ(x).
        func score(_ x: Double, alphaBar: Double, noise: Double) -> Double { scoreAndDerivative(x, alphaBar: alphaBar, noise: noise).score }
    }

    struct Score {
        let slope: [Double]
        let intercept: [Double]
        let tanhWeight: [Double]
        func callAsFunction(_ x: Double, step t: Int) -> Double { slope[t] * x + intercept[t] + tanhWeight[t] * tanh(x) }

        /// The flat parameter vector (u_1…u_H, b_1…b_H, c_1…c_H) of an instance.
        init(flat p: [Double], horizon h: Int) {
            slope = Array(p[0..<h])
            intercept = Array(p[h..<(2 * h)])
            tanhWeight = Array(p[(2 * h)..<(3 * h)])
        }
    }

    let data: Mixture
    let schedule: DDPLNoiseSchedule

    static let coarseRule = GaussLegendreRule(points: 96, from: -12, to: 12)
    static let fineRule = GaussLegendreRule(points: 128, from: -12, to: 12)

    /// E_{N(0,1)}[f] with the n-node (96 or 128) Gauss–Legendre rule on [−12, 12].
    static func standardNormalExpectation(_ f: (Double) -> Double, nodes n: Int) -> Double {
        (n == 96 ? coarseRule : fineRule).integrate { Special.normalDensity($0) * f($0) }
    }

    /// A value and its error estimate from 96- and 128-node rules.
    static func estimate(_ value: (Int) -> Double) -> (value: Double, error: Double) {
        let fine = value(128), coarse = value(96)
        return (fine, abs(fine - coarse))
    }

    /// L^marginal(θ) = Σ_τ β_τ E_{x~p_τ}(s_τ(x) − ∇ log p_τ(x))² (Sec. 2.2 with β²/(σ²α) = β, eq. 32).
    func marginalLoss(_ s: Score) -> (value: Double, error: Double) {
        Self.estimate { n in
            var total = 0.0
            for t in 0..<schedule.horizon {
                let ab = schedule.alphaBar[t], noise = schedule.oneMinusAlphaBar[t]
                for k in data.weights.indices {
                    let m = ab.squareRoot() * data.means[k], sd = (ab * data.variances[k] + noise).squareRoot()
                    total += schedule.beta[t] * data.weights[k] * Self.standardNormalExpectation({ e in
                        let x = m + sd * e
                        let d = s(x, step: t) - data.score(x, alphaBar: ab, noise: noise)
                        return d * d
                    }, nodes: n)
                }
            }
            return total
        }
    }

    /// L(θ) of eq. (1): Σ_τ β_τ E_{a_0~p_0} E_ε (s_τ(√ᾱ a_0 + √(1−ᾱ) ε) ∓ ε/√(1−ᾱ))², by a nested rule.
    func conditionalLoss(_ s: Score, sign: TargetSign) -> (value: Double, error: Double) {
        Self.estimate { n in
            var total = 0.0
            for t in 0..<schedule.horizon {
                let ab = schedule.alphaBar[t], noise = schedule.oneMinusAlphaBar[t]
                for k in data.weights.indices {
                    let sdA = data.variances[k].squareRoot()
                    total += schedule.beta[t] * data.weights[k] * Self.standardNormalExpectation({ u in
                        let a0 = data.means[k] + sdA * u
                        return Self.standardNormalExpectation({ e in
                            let d = s(ab.squareRoot() * a0 + noise.squareRoot() * e, step: t) - sign.factor * e / noise.squareRoot()
                            return d * d
                        }, nodes: n)
                    }, nodes: n)
                }
            }
            return total
        }
    }
}
