import Foundation
import GSLKit

/// Runs of Algorithm 2 / (E.5)–(E.6) over a grid of T, averaged over initialisations, measuring
/// E_{init, σ}[F_{β̄_T}(s, d, ā) − reference(s, d, ā)]² exactly over σ (a finite sum) for each T.
struct TemporalDifferenceErrors {
    let sizes: [Double]
    /// The mean over initialisations at each T.
    let meanErrors: [Double]
    /// Their standard errors.
    let standardErrors: [Double]
    /// The largest ‖β* − β(0)‖ (the ball radius was twice each seed's).
    let largestDistance: Double

    /// What one initialisation is measured against: the problem, the reference values over (x, ā),
    /// and the table w* of F⁰_{β*} (the ball is set to twice the smallest radius holding
    /// β* = β(0) + Ψ G⁻¹(w* − w₀), so the constraint is inactive at β*).
    typealias Target = (problem: SemiGradientProblem, reference: [Double], fixedPoint: [Double])

    init(localStates: Int, actions: Int, width: Int, samples: Int?, steps: [Int], seeds: Int, seed: UInt64,
         target: (MeanPoolNetwork) throws -> Target) throws {
        var sums = [Double](repeating: 0, count: steps.count), squares = sums
        var largest = 0.0
        for r in 0..<seeds {
            let rng = RandomSource(seed: SeedSequence.derive(seed, "init\(r)"))
            let network = MeanPoolNetwork(localStates: localStates, actions: actions, width: width, rng: rng)
            let (problem, reference, fixedPoint) = try target(network)
            let distance = try TemporalDifferenceErrors.parameterDistance(network, to: fixedPoint)
            largest = max(largest, distance)
            for (i, t) in steps.enumerated() {
                let run = SemiGradientRun(problem: problem, network: network, radius: 2 * distance, steps: t, samples: samples)
                let beta = run.averagedParameters(rng: RandomSource(seed: SeedSequence.derive(seed, "samples\(r)/\(t)")))
                let e = SemiGradientProblem.meanSquare(problem.values(network: network, beta), reference, weights: problem.sampling)
                sums[i] += e
                squares[i] += e * e
            }
        }
        let n = Double(seeds)
        sizes = steps.map(Double.init)
        meanErrors = sums.map { $0 / n }
        standardErrors = zip(sums, squares).map { s, q in (max(q / n - (s / n) * (s / n), 0) / max(n - 1, 1)).squareRoot() }
        largestDistance = largest
    }

    /// The explicit leading term of (E.22) with η = T^{-1/2}: ‖β(0) − β*‖²/(T(η(1 − μ) − 6(1 + μ²)η²)),
    /// at the largest ‖β(0) − β*‖ over the initialisations (no hidden constant).
    func leadingTerm(_ t: Double, mu: Double) -> Double {
        let eta = 1 / t.squareRoot()
        return largestDistance * largestDistance / (t * (eta * (1 - mu) - 6 * (1 + mu * mu) * eta * eta))
    }

    /// What every TD rate claim prints beside the fit.
    func quantities(gamma: Double) -> [NamedValue] {
        [NamedValue("γ = μ", gamma), NamedValue("largest ‖β* − β(0)‖", largestDistance),
         NamedValue("standard error at the largest T", standardErrors.last!),
         NamedValue("error·T^{1/2} at the smallest T", meanErrors.first! * sizes.first!.squareRoot()),
         NamedValue("error·T^{1/2} at the largest T", meanErrors.last! * sizes.last!.squareRoot()),
         NamedValue("(E.22) leading term ‖β(0)−β*‖²/(T(η(1−μ)−6(1+μ²)η²)) at the largest T", leadingTerm(sizes.last!, mu: gamma)),
         NamedValue("error at the largest T", meanErrors.last!)]
    }

    /// The local slopes between consecutive T (a curve bending towards the claimed exponent shows here).
    var notes: [String] {
        let slopes = (1..<sizes.count).map { String(format: "%.2f", log(meanErrors[$0] / meanErrors[$0 - 1]) / log(sizes[$0] / sizes[$0 - 1])) }
        return ["local log–log slopes between consecutive T: " + slopes.joined(separator: ", "),
                "ball radius 2‖β* − β(0)‖ per initialisation (inactive at β*)"]
    }

    /// min ‖β − β(0)‖ over β with f⁰_β = w on every feature: √((w − w₀)ᵀ G⁻¹ (w − w₀)), G the tangent Gram.
    static func parameterDistance(_ network: MeanPoolNetwork, to w: [Double]) throws -> Double {
        let w0 = network.localTable(network.initial, gates: .initial)
        let diff = Vector.difference(w, w0)
        let c = try network.tangentGram().solve(diff).x
        return max(Vector.dot(diff, c), 0).squareRoot()
    }
}
