import Foundation
import GSLKit

extension HAQOClaims {
    /// haqo Prop. 5.3 proof, eq. (135), with φ(a) = ‖a − μ_U‖².
    static let proposition53Step8 = Claim(
        id: "haqo.prop5.3/step8", paper: .haqo, source: "Proposition 5.3 proof (App. A.8), eqs. (134)–(135)",
        statement: "Choosing φ(a) = ‖a − μ_U‖², φ is 2D_i-Lipschitz; thus |E_{P_θ}‖a − μ_U‖² − E_{P_U}‖a − μ_U‖²| ≤ 2D_i W₂(P_θ, P_U).",
        hypotheses: reconstructionHypotheses, kind: .upperBound,
        check: ClaimCheck(family: reconstructionFamily) { x in
            let r = try reconstruction(x)
            let (_, second) = try r.moments(), w2 = try r.wassersteinSquared()
            var sum = second
            sum.add(w2)
            return Evaluation(measurements: [Measurement(lhs: abs(second.value - 1.0 / 3), .lessOrEqual, rhs: 4 * w2.value.squareRoot(),
                                                         tolerance: sum.tolerance(what: "E_{P_θ}‖a‖² and W₂²") + squareRootError(w2, factor: 4))],
                              quantities: [NamedValue("E_{P_θ}‖a − μ_U‖²", second.value), NamedValue("W₂", w2.value.squareRoot())])
        })
}
