import Foundation
import GSLKit

extension DDPLClaims {
    /// ddpl, Theorem 4.1 proof, the last equality of eq. (36), as printed: (E_{p̃} w⁴)^{1/4} = exp((3/4)D_4(π* ‖ p̃)).
    /// Left side by quadrature of p̃·w⁴ (and by a direct sum on finite action sets); right side from
    /// D_4 = (1/3)[ln E_{p̃} e^{4λQ̂} − 4 ln E_{p̃} e^{λQ̂}] (continuous) and (1/3) ln Σ π*⁴ p̃^{−3} in log space (finite).
    static let theorem41Step6 = Claim(
        id: "ddpl.thm4.1/step6", paper: .ddpl, source: "Theorem 4.1 proof (App. B.2), eq. (36), last equality",
        statement: "d (E_{a~p̃}(w(a)⁴))^{1/4}/√N = d exp((3/4) D_4(π* ‖ p̃))/√N, with D_4(p‖q) = (1/3) ln E_{x~q}[(p(x)/q(x))⁴].",
        hypotheses: "one-dimensional ISSM problems (see ddpl.eq23) and a finite problem drawn alongside (|A| ∈ 3…12, p̃ ~ Dirichlet(1), Q̂ ~ U[0,1], λ as drawn)",
        kind: .identity,
        check: ClaimCheck(family: issmFamily) { x in
            let t = try issmTarget(x)
            let z = try t.normalizer().value
            let moment = try t.proposalExpectation { pow(t.weight($0, normalizer: z), 4) }
            let d4 = try t.renyiFour()
            let lhs = pow(moment.value, 0.25), rhs = exp(0.75 * d4)
            let rng = RandomSource(seed: x.seed)
            let k = rng.integer(in: 3...12)
            let finite = FiniteActionISSM(proposal: rng.dirichlet(dimension: k), q: (0..<k).map { _ in rng.uniform() }, lambda: t.lambda)
            let finiteD4 = try finite.renyiFour()
            return Evaluation(
                measurements: [
                    Measurement("continuous", lhs: lhs, .equal, rhs: rhs,
                                tolerance: Tolerance(0.25 * lhs * moment.absoluteError / moment.value + 1e-11 * rhs, "QAGP errors (relative 10⁻¹² each)")),
                    Measurement("finite", lhs: finite.fourthMomentRoot, .equal, rhs: exp(0.75 * finiteD4),
                                tolerance: .roundoff(scale: finite.fourthMomentRoot, operations: 8 * k, what: "the sums")),
                ],
                quantities: [NamedValue("D_4 (continuous)", d4), NamedValue("D_4 (finite)", finiteD4), NamedValue("λ", t.lambda)])
        })
}
