import Foundation
import GSLKit

extension HAQOClaims {
    /// haqo Prop. 5.3 proof, eq. (132).
    static let proposition53Step6 = Claim(
        id: "haqo.prop5.3/step6", paper: .haqo, source: "Proposition 5.3 proof (App. A.8), eq. (132)",
        statement: "Taking expectations over the training distribution (ã^i, ε, t) shows that (for each t) E[‖ε − ε_{θ^i}(z,s,t)‖²] = (ᾱ_t/(1−ᾱ_t)) E[‖ã^i − â_{θ^i}(s,t,z)‖²].",
        hypotheses: reconstructionHypotheses, kind: .identity,
        check: ClaimCheck(family: reconstructionFamily) { x in
            let r = try reconstruction(x), a = try x.scalar("alphaBar")
            let e = try r.noiseRisk(), recon = try r.reconstructionRisk()
            var sum = e
            sum.add(recon, weight: a / (1 - a))
            return Evaluation(measurements: [Measurement(lhs: e.value, .equal, rhs: a / (1 - a) * recon.value, tolerance: sum.tolerance(what: "both risks"))],
                              quantities: [NamedValue("E‖ε−ε_θ‖²", e.value), NamedValue("E‖ã−â‖²", recon.value), NamedValue("ᾱ", a)])
        })
}
