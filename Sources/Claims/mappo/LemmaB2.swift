import Foundation
import GSLKit
import Learners

extension MAPPOClaims {
    /// mappo, Lemma B.2, as printed: Algorithm 3's output satisfies L(θ_{k+1}^m) ≤ (ε_k^m)² with
    /// ε_k^m = ε_approx + O(T^{−1/4}) (also the last sentence of Thm. 4.5). Rate check: for the last
    /// agent of a OneStepSetup instance, y(T) = sqrt(mean over 20 runs of L(θ̄_T)) − ε_approx with
    /// ε_approx = sqrt(min_{‖θ‖≤R} L) exact, at T = 10…3162 (2.5 decades); claimed slope ≤ −1/4.
    static let lemmaB2 = Claim(
        id: "mappo.lemB.2", paper: .mappo, source: "Lemma B.2 (App. B); Theorem 4.5, last sentence",
        statement: "At the k-th outer loop, the output policy θ_{k+1}^m from Algorithm 3 satisfies L(θ_{k+1}^m) ≤ (ε_k^m)², where ε_k^m = ε_approx + O(T^{−1/4}).",
        reading: "ε_approx = sqrt(min_{θ∈Θ} L(θ)) (the implied definition); the excess ε − ε_approx in expectation over the samples",
        hypotheses: "Sub-problem (4) of the last agent of OneStepSetup instances; η = R/(G√T); T ∈ {10, 32, 100, 316, 1000, 3162}; 20 runs per T.",
        kind: .rate,
        check: ClaimCheck(family: OneStepSetup.family()) { x in
            let setup = try OneStepSetup(x)
            let problem = setup.problems.last!
            let rng = RandomSource(seed: x.seed).child("lemma B.2")
            let sizes = [10, 32, 100, 316, 1000, 3162]
            var ys: [Double] = [], approx = 0.0
            for t in sizes {
                let runs = try RepeatedSubproblemRuns(problem, steps: t, runs: 20, rng.child("T\(t)"))
                approx = runs.minimum.squareRoot()
                ys.append((runs.minimum + runs.mean).squareRoot() - approx)
            }
            return Evaluation(rate: RateObservation(x: sizes.map(Double.init), y: ys, claimedExponent: -0.25, kind: .atMost,
                                                    xLabel: "T (SGD steps)", yLabel: "ε_k^m − ε_approx"),
                              quantities: [NamedValue("ε_approx", approx), NamedValue("G", problem.gradientBound), NamedValue("R", setup.radius)])
        })
}
