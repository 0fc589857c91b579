import Foundation
import GSLKit

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

    /// mappo, Lemma B.1, applied where the paper applies it: F = L of (4), minimised by Algorithm 3
    /// (θ(0) = 0, projected SGD, θ̄ the average of θ(1)…θ(T)) with η = R/(G√T), G the exact bound on
    /// the stochastic gradients over Θ and supp σ_k. Expectation reading (the cited theorem's): the
    /// mean excess over 40 runs against GR/√T, with a tolerance of 3 standard errors of that mean.
    static let lemmaB1 = Claim(
        id: "mappo.lemB.1", paper: .mappo, source: "Lemma B.1 (App. B), Algorithm 3",
        statement: lemmaB1Statement,
        reading: "in expectation over the SGD samples (Shalev-Shwartz & Ben-David Thm. 14.8 is an expectation bound)",
        hypotheses: "Sub-problems (4) of OneStepSetup instances (every agent m); 40 runs of Alg. 3 with the instance's T; min over Θ exact (trust-region least squares); G = max_{‖θ‖≤R, j} 2‖ϕ_j‖(R‖ϕ_j‖ + |ϕ_jᵀθ_k + Q̂_j/β_k|).",
        kind: .upperBound,
        check: ClaimCheck(family: OneStepSetup.family()) { x in
            let setup = try OneStepSetup(x)
            let rng = RandomSource(seed: x.seed).child("lemma B.1")
            var ms: [Measurement] = [], qs: [NamedValue] = []
            for (i, problem) in setup.problems.enumerated() {
                let runs = try RepeatedSubproblemRuns(problem, steps: setup.steps, runs: 40, rng.child("agent\(i + 1)"))
                ms.append(Measurement("m=\(i + 1)", lhs: runs.mean, .lessOrEqual, rhs: runs.bound,
                                      tolerance: Tolerance(3 * runs.standardError, "3 standard errors of the mean over 40 runs (\(shortNumber(runs.standardError)))"),
                                      trivialBound: nil))
                qs += [NamedValue("G m=\(i + 1)", runs.gradientBound), NamedValue("min L m=\(i + 1)", runs.minimum)]
            }
            return Evaluation(measurements: ms, quantities: qs + [NamedValue("T", Double(setup.steps)), NamedValue("R", setup.radius)])
        })

    /// mappo, Lemma B.1, pathwise reading: the printed statement has no expectation; every single
    /// run's θ̄ against GR/√T.
    static let lemmaB1Pathwise = Claim(
        id: "mappo.lemB.1.pathwise", paper: .mappo, source: "Lemma B.1 (App. B), Algorithm 3",
        statement: lemmaB1Statement,
        reading: "for every run of Algorithm 3 (no expectation, as printed)",
        hypotheses: "As mappo.lemB.1; one measurement per run and agent.",
        kind: .upperBound,
        check: ClaimCheck(family: OneStepSetup.family()) { x in
            let setup = try OneStepSetup(x)
            let rng = RandomSource(seed: x.seed).child("lemma B.1")
            var ms: [Measurement] = []
            for (i, problem) in setup.problems.enumerated() {
                let runs = try RepeatedSubproblemRuns(problem, steps: setup.steps, runs: 40, rng.child("agent\(i + 1)"))
                for (r, e) in runs.excess.enumerated() {
                    ms.append(Measurement("m=\(i + 1) run \(r)", lhs: e, .lessOrEqual, rhs: runs.bound,
                                          tolerance: .roundoff(scale: runs.minimum + abs(e), operations: 40 * problem.count, what: "L as a weighted sum")))
                }
            }
            return Evaluation(measurements: ms)
        })
}
