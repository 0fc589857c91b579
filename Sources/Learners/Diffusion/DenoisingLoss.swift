import Foundation
import GSLKit

/// The weighted denoising score-matching loss of one weighted sample a (normalised coordinates):
///
///   ℓ(a) = Σ_τ λ_τ E_ε ( s_τ^θ(√ᾱ_τ a + √(1−ᾱ_τ) ε) − c·ε/√(1−ᾱ_τ) )²,
///
/// estimated with one uniform τ and one ε per sample. ddpl Eq. (1)/(2) weights every τ by
/// β_τ²/(σ_τ²α_τ) = β_τ (σ_τ² = β_τ/α_τ) and sums over τ (so the one-τ estimate carries a factor H);
/// haqo's ε-prediction loss E_t‖ε − ε_θ‖² with ε_θ = −√(1−ᾱ_t) s_θ (haqo (96)–(97)) weights τ by
/// 1 − ᾱ_τ and averages over τ. c is the sign of the regression target: −1 makes s a score, as the
/// reverse sampler uses it (ddpl flag 1, the default); +1 is the sign as printed in ddpl (1), (2).
public struct DenoisingLoss: Sendable {
    public enum Weighting: String, Sendable {
        /// λ_τ = β_τ, summed over τ (ddpl).
        case ddpl
        /// λ_τ = 1 − ᾱ_τ, averaged over τ (haqo's ε-prediction).
        case epsilonPrediction
    }

    public enum TargetSign: String, Sendable, CaseIterable {
        /// −ε/√(1−ᾱ): the conditional score ∇log p_{τ|0}, consistent with the sampler.
        case sampler
        /// +ε/√(1−ᾱ) as printed in ddpl Eqs. (1), (2), (22), (25), (42) and Alg. 2.
        case printed
    }

    public let schedule: NoiseSchedule
    public let weighting: Weighting
    public let sign: TargetSign

    public init(schedule: NoiseSchedule, weighting: Weighting, sign: TargetSign) {
        self.schedule = schedule
        self.weighting = weighting
        self.sign = sign
    }

    /// A weighted sample: the normalised action, the state and the weight.
    public struct Sample: Sendable {
        public let x: Double
        public let state: Int
        public let weight: Double
        public init(x: Double, state: Int, weight: Double) { self.x = x; self.state = state; self.weight = weight }
    }

    /// (1/|batch|) Σ w·ℓ̂(a) and its gradient in the network's parameters, with one (τ, ε) per sample.
    public func lossAndGradient(_ net: ScoreNetwork, batch: [Sample], rng: RandomSource) -> (loss: Double, gradient: [Double]) {
        var gradient = [Double](repeating: 0, count: net.network.parameterCount)
        var total = 0.0
        let h = schedule.steps
        for sample in batch where sample.weight != 0 {
            let tau = 1 + rng.integer(below: h)
            let eps = rng.normal()
            let abar = schedule.alphaBar(tau)
            let xt = abar.squareRoot() * sample.x + (1 - abar).squareRoot() * eps
            let target = (sign == .sampler ? -1.0 : 1.0) * eps / (1 - abar).squareRoot()
            let lambda: Double = switch weighting {
            case .ddpl: Double(h) * schedule.beta(tau)
            case .epsilonPrediction: 1 - abar
            }
            let pass = net.network.forward(net.features(xt, step: tau, state: sample.state))
            let residual = pass.output[0] - target
            total += sample.weight * lambda * residual * residual
            net.network.backward(pass, outputGradient: [2 * sample.weight * lambda * residual], into: &gradient)
        }
        let n = Double(max(batch.count, 1))
        return (total / n, gradient.map { $0 / n })
    }
}
