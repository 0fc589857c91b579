import Foundation
import GSLKit

extension MFPPOClaims {
    /// The widths of the m-rate claims: 16 … 4096.
    static let widths = (4...12).map { 1 << $0 }

    /// β(0) + R·u/‖u‖ with u Gaussian on ⌈m^q⌉ randomly chosen neurons (q = 1: spread over all, q = 0:
    /// one neuron carries the whole displacement).
    static func displacedParameters(_ network: MeanPoolNetwork, radius: Double, concentration q: Double, rng: RandomSource) -> [Double] {
        let m = network.width, d = network.dimension
        let count = max(1, min(m, Int(pow(Double(m), q).rounded(.up))))
        var u = [Double](repeating: 0, count: m * d)
        // The chosen neurons in the order the permutation drew them: iterating a `Set` would follow
        // the process's random hash seed, and the same seed would not give the same bytes.
        for j in rng.permutation(m).prefix(count) { for c in 0..<d { u[j * d + c] = rng.normal() } }
        return network.displaced(by: u, radius: radius)
    }

    /// E_init of `value(network, β)` over `count` initialisations: initialisation r draws the network of
    /// width m and β = β(0) + R·u (`displacedParameters`, concentration q) from the seed derived from
    /// the instance's for `label(r)`; the mean is accumulated as Σ_r value/count.
    static func initialisationAverage(seed: UInt64, count: Int, label: (Int) -> String, localStates: Int, actions: Int, width: Int,
                                      radius: Double, concentration q: Double, _ value: (MeanPoolNetwork, [Double]) -> Double) -> Double {
        (0..<count).reduce(0.0) { acc, r in
            let rng = RandomSource(seed: SeedSequence.derive(seed, label(r)))
            let network = MeanPoolNetwork(localStates: localStates, actions: actions, width: width, rng: rng)
            let beta = displacedParameters(network, radius: radius, concentration: q, rng: rng)
            return acc + value(network, beta) / Double(count)
        }
    }

    static let linearizationFamily = EvaluationSetup.family("evaluation problems with a displacement radius R and a concentration q", realizable: false) { rng, x in
        x.scalars["radius"] = rng.uniform(0.5, 2)
        x.scalars["concentration"] = rng.uniform(0, 1)
    }

    /// ḡ_β = E_ρ[(F_β − τξ − μ E F_β(x', ā')) ∇_β F_β] (gates at β) or ḡ⁰_β (gates at β(0)), in ℝ^{md}.
    static func populationSemiGradient(_ problem: SemiGradientProblem, _ network: MeanPoolNetwork, _ beta: [Double],
                                       gates: MeanPoolNetwork.Gates) -> [Double] {
        let values = problem.values(network: network, beta, gates: gates), nA = problem.actions
        var g = [Double](repeating: 0, count: beta.count)
        for i in 0..<(problem.model.stateCount * nA) where problem.sampling[i] > 0 {
            let x = i / nA, a = i % nA
            let next = problem.mu == 0 ? 0 : Vector.dot(problem.nextValueWeights(x, a), values)
            let delta = values[i] - problem.target[i] - problem.mu * next
            network.addGradient(into: &g, beta, problem.model.localState(of: x), problem.model.meanField(of: x), a,
                                scale: problem.sampling[i] * delta, gates: gates)
        }
        return g
    }
}

