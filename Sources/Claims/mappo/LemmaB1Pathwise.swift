import Foundation
import GSLKit

extension MAPPOClaims {
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
