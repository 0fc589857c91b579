import Divergences
import Foundation
import GSLKit

/// ISSM on a finite action set (the finite analogue of ddpl Thm. 4.1): with an unrestricted class and an
/// exact sampler, the minimiser of the weighted denoising loss (1/N)Σ_j w(a_j) l^θ(a_j) is the score of
/// the weighted empirical measure, so the learned policy is the self-normalised importance-sampling
/// estimate π̂_N(a) = Σ_j w_j 1[a_j = a]/Σ_j w_j with a_j ~ p̃ (the scale of the weights cancels).
struct FiniteActionISSM {
    let proposal: [Double]
    /// π* ∝ p̃ · exp(λQ̂), in log space.
    let target: [Double]

    init(proposal: [Double], q: [Double], lambda: Double) {
        self.proposal = proposal
        target = Special.softmax(zip(proposal, q).map { log($0) + lambda * $1 })
    }

    /// w(a) = π*(a)/p̃(a).
    var weights: [Double] { zip(target, proposal).map { $0 / $1 } }

    /// c_w = max_a w(a).
    var maximalWeight: Double { weights.max()! }

    /// D_4(π* ‖ p̃) = (1/3) ln Σ_a π*(a)⁴ p̃(a)^{−3} (`Divergences.DiscreteDivergence.renyi`, log space).
    func renyiFour() throws -> Double {
        DiscreteDivergence.renyi(try DiscreteDistribution(probabilities: target), try DiscreteDistribution(probabilities: proposal), order: 4)
    }

    /// (E_{p̃} w⁴)^{1/4}, summed directly.
    var fourthMomentRoot: Double {
        pow(zip(proposal, weights).reduce(0) { $0 + $1.0 * pow($1.1, 4) }, 0.25)
    }

    /// E[D_TV(π*, π̂_N)²] over `replicates` independent estimates, with its standard error.
    func meanSquaredVariation(samples n: Int, replicates r: Int, rng: RandomSource) -> (mean: Double, standardError: Double) {
        let w = weights
        var values: [Double] = []
        values.reserveCapacity(r)
        var counts = [Double](repeating: 0, count: proposal.count)
        for _ in 0..<r {
            for a in counts.indices { counts[a] = 0 }
            for _ in 0..<n { counts[rng.categorical(proposal)] += 1 }
            let total = zip(counts, w).reduce(0) { $0 + $1.0 * $1.1 }
            var tv = 0.0
            for a in counts.indices { tv += abs(counts[a] * w[a] / total - target[a]) }
            values.append(0.25 * tv * tv)
        }
        let mean = values.reduce(0, +) / Double(r)
        let variance = values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(r - 1)
        return (mean, (variance / Double(r)).squareRoot())
    }
}
