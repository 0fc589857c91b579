import Foundation
import GSLKit
import Learners

extension MAPPOClaims {
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
}
