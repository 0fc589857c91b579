import Foundation
import GSLKit
import Learners

/// Repeated runs of Algorithm 3 on one sub-problem (4): the averaged outputs' excess losses
/// L(θ̄) − min_{‖θ‖≤R} L with η = R/(G√T), each run on its own T samples from σ_k.
struct RepeatedSubproblemRuns {
    let excess: [Double]
    let minimum: Double
    let gradientBound: Double
    let radius: Double
    let steps: Int

    init(_ problem: ProjectionProblem, steps: Int, runs: Int, _ rng: RandomSource) throws {
        let best = try problem.minimum()
        let g = problem.gradientBound
        let eta = problem.radius / (g * Double(steps).squareRoot())
        excess = (0..<runs).map { r in
            let theta = problem.stochasticGradientDescent(steps: steps, stepSize: eta, draws: problem.sample(steps: steps, rng.child("run\(r)")))
            return problem.loss(theta) - best.loss
        }
        minimum = best.loss
        gradientBound = g
        radius = problem.radius
        self.steps = steps
    }

    /// G·R/√T, the bound of Lemma B.1.
    var bound: Double { gradientBound * radius / Double(steps).squareRoot() }

    var mean: Double { excess.reduce(0, +) / Double(excess.count) }

    /// The standard error of the mean over the runs.
    var standardError: Double {
        let n = Double(excess.count), mu = mean
        return (excess.reduce(0) { $0 + ($1 - mu) * ($1 - mu) } / (n - 1) / n).squareRoot()
    }
}

extension MAPPOClaims {
    static let lemmaB1Statement = "Lemma B.1 (Average policy). For a convex objective function F(θ), suppose the gradient is bounded by G, and the output θ̄ converges to the best function in the class at F(θ̄) − min_{‖θ‖≤R} F(θ) ≤ GR/√T, where we set η = R/(G√T). (Theorem 14.8 of Shalev-Shwartz & Ben-David, 2014.)"
}
