import Foundation
import GSLKit

extension HAQOClaims {
    /// haqo Prop. 5.3 proof, eq. (133): the T₂ transport inequality.
    static let proposition53Step7 = Claim(
        id: "haqo.prop5.3/step7", paper: .haqo, source: "Proposition 5.3 proof (App. A.8), eq. (133)",
        statement: "Let P_U denote the uniform distribution on A^i and P_θ the distribution of reconstructed actions â_{θ^i}(s,t,z). By the T₂ transport inequality, W₂²(P_θ, P_U) ≤ E[‖â_{θ^i} − ã^i‖²].",
        hypotheses: reconstructionHypotheses + "; W₂ by the quantile coupling (1-D)", kind: .upperBound,
        check: ClaimCheck(family: reconstructionFamily) { x in
            let r = try reconstruction(x)
            let w2 = try r.wassersteinSquared(), recon = try r.reconstructionRisk()
            var sum = w2
            sum.add(recon)
            return Evaluation(measurements: [Measurement(lhs: w2.value, .lessOrEqual, rhs: recon.value, tolerance: sum.tolerance(what: "W₂² and the reconstruction risk"))],
                              quantities: [NamedValue("W₂²(P_θ,P_U)", w2.value), NamedValue("E‖â−ã‖²", recon.value)])
        })
}
