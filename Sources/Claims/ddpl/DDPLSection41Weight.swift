import Foundation

extension DDPLClaims {
    /// ddpl, Sec. 4.1, the weight with p̃ = π_i^{k−1}, as printed: π*(a)/p̃(a) = exp(λQ̂(s,a)). Left side the
    /// ratio of the two densities (π* normalised by quadrature), right side the printed expression, at
    /// nine points of A.
    static let section41Weight = Claim(
        id: "ddpl.sec4.1.weight", paper: .ddpl, source: "Sec. 4.1 (Theoretical Guarantee, last paragraph)",
        statement: "With p̃(·|s) = π_i^{k−1}(·|s), the importance sampling weight simplifies to π_i^{⋆,k}(a_i^{(j)}|s)/p̃(a_i^{(j)}|s) = exp((η/(1−γ)) Q̂_i^{π^{k−1}}(s, a_i^{(j)})).",
        hypotheses: "one state, d = 1: p̃ = π^{k−1} a truncated normal, π* ∝ p̃ e^{λQ̂} (see family)",
        kind: .identity,
        check: ClaimCheck(family: issmFamily) { x in
            let target = try issmTarget(x)
            let z = try target.normalizer()
            let measurements = (0...8).map { j -> Measurement in
                let a = -target.bound + 2 * target.bound * Double(j) / 8
                let ratio = target.proposalDensity(a) * exp(target.lambda * target.q(a)) / z.value / target.proposalDensity(a)
                let printed = exp(target.lambda * target.q(a))
                return Measurement("a = \(shortNumber(a))", lhs: ratio, .equal, rhs: printed,
                                   tolerance: Tolerance(printed * z.absoluteError / z.value, "QAGP error of Z") + .roundoff(scale: printed, operations: 8, what: "the ratio"))
            }
            return Evaluation(measurements: measurements, quantities: [NamedValue("Z = E_p̃ e^{λQ̂}", z.value), NamedValue("λ", target.lambda)])
        })
}
