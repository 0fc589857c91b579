import Foundation
import GSLKit

extension HAQOClaims {
    /// haqo Prop. 5.3 proof, eq. (136): bias–variance split.
    static let proposition53Step9 = Claim(
        id: "haqo.prop5.3/step9", paper: .haqo, source: "Proposition 5.3 proof (App. A.8), eq. (136)",
        statement: "E_{P_θ}‖a − μ_U‖² = Tr Σ_{θ,s}^i + ‖μ_θ − μ_U‖², E_{P_U}‖a − μ_U‖² = Tr Σ_U^i.",
        hypotheses: reconstructionHypotheses + "; Tr Σ_θ by its own quadrature of (â − μ_θ)²", kind: .identity,
        check: ClaimCheck(family: reconstructionFamily) { x in
            let r = try reconstruction(x)
            let (first, second) = try r.moments()
            let centred = try r.centredSecondMoment(about: first.value)
            var sum = second
            sum.add(centred)
            sum.add(first, weight: 2 * abs(first.value))
            return Evaluation(measurements: [Measurement(lhs: second.value, .equal, rhs: centred.value + first.value * first.value, tolerance: sum.tolerance(what: "the three moments"))],
                              quantities: [NamedValue("Tr Σ_θ", centred.value), NamedValue("μ_θ", first.value)])
        })
}
