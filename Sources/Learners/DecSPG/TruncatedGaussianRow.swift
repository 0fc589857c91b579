import Foundation
import GSLKit
import MarkovGames

/// A Gaussian N(μ, σ²) carried on an action quadrature rule: the row p_j ∝ w_j·N(a_j; μ, σ²) over
/// the nodes a_j with weights w_j (`ActionQuadrature`'s table of a density), parameterised by
/// (μ, ρ = log σ) so that every (μ, ρ) ∈ ℝ² is a valid policy.
public struct TruncatedGaussianRow: Sendable, Equatable {
    public var mean: Double
    public var logStandardDeviation: Double

    public init(mean: Double, variance: Double) {
        precondition(variance > 0, "TruncatedGaussianRow: variance \(variance)")
        self.mean = mean
        self.logStandardDeviation = 0.5 * log(variance)
    }

    public var variance: Double { exp(2 * logStandardDeviation) }

    /// log p_j up to the normaliser: log w_j − (a_j − μ)²/(2σ²).
    func logWeights(rule: RuleNodes) -> [Double] {
        let v = variance
        return zip(rule.nodes, rule.logWeights).map { a, lw in lw - (a - mean) * (a - mean) / (2 * v) }
    }

    /// The row p_j.
    public func table(rule: RuleNodes) -> [Double] { Special.softmax(logWeights(rule: rule)) }

    /// KL(p ‖ π̃) with π̃_j ∝ exp(target_j) (target = log π^k + λQ̂, unnormalised), and its gradient in (μ, ρ):
    /// ∇KL = Cov_p(∇ℓ, log p − target) with ℓ_j = −(a_j − μ)²/(2σ²), ∂ℓ/∂μ = (a−μ)/σ², ∂ℓ/∂ρ = (a−μ)²/σ².
    func reverseKL(rule: RuleNodes, target: [Double]) -> (value: Double, gradient: (Double, Double)) {
        let lw = logWeights(rule: rule)
        let logNormaliser = Special.logSumExp(lw)
        let logP = lw.map { $0 - logNormaliser }
        let logZ = Special.logSumExp(target)
        let v = variance
        var kl = 0.0, eMu = 0.0, eRho = 0.0, eH = 0.0, eMuH = 0.0, eRhoH = 0.0
        for j in rule.nodes.indices {
            let p = exp(logP[j])
            guard p > 0 else { continue }
            let h = logP[j] - (target[j] - logZ)
            let dMu = (rule.nodes[j] - mean) / v, dRho = (rule.nodes[j] - mean) * (rule.nodes[j] - mean) / v
            kl += p * h
            eMu += p * dMu; eRho += p * dRho; eH += p * h
            eMuH += p * dMu * h; eRhoH += p * dRho * h
        }
        return (max(kl, 0), (eMuH - eMu * eH, eRhoH - eRho * eH))
    }

    /// The reverse-KL projection of π̃ ∝ exp(target) onto the rule's Gaussians "with gradient descent"
    /// (ddpl Thm. 3.1's reading: a first-order stationary point of KL(N(μ,σ²) ‖ π̃) reached from the
    /// current (μ, σ)): steepest descent in (μ, log σ) with Armijo backtracking, until the gradient
    /// norm is below `tolerance` or `maxSteps` steps. Returns the final gradient norm.
    mutating func project(rule: RuleNodes, target: [Double], maxSteps: Int, tolerance: Double) -> Double {
        var (value, g) = reverseKL(rule: rule, target: target)
        var step = 1.0
        for _ in 0..<maxSteps {
            let norm2 = g.0 * g.0 + g.1 * g.1
            if norm2.squareRoot() <= tolerance { break }
            var accepted = false
            while step > 1e-14 {
                var trial = self
                trial.mean -= step * g.0
                trial.logStandardDeviation -= step * g.1
                let (tv, tg) = trial.reverseKL(rule: rule, target: target)
                if tv <= value - 1e-4 * step * norm2 {
                    self = trial
                    value = tv
                    g = tg
                    step *= 2
                    accepted = true
                    break
                }
                step /= 2
            }
            if !accepted { break }
        }
        return (g.0 * g.0 + g.1 * g.1).squareRoot()
    }
}

/// The nodes and log-weights of an action rule, computed once (`ActionQuadrature` recomputes its
/// Gauss–Legendre table on every access).
public struct RuleNodes: Sendable {
    public let nodes: [Double]
    public let logWeights: [Double]

    public init(_ rule: ActionQuadrature) {
        nodes = rule.nodes
        logWeights = rule.weights.map { log($0) }
    }
}
