import Foundation
import GSLKit

/// A function inside ltde's RKHS balls F_{R,∞} (Assumptions 5.1, 5.9) with a closed form: the
/// representer ι(v) = R·sign(v) (componentwise, so ‖ι(v)‖_∞ = R) gives, for v ~ N(0, I/d),
///
///   g(ζ) = ∫ 1{vᵀζ > 0} ζᵀι(v) dµ(v) = R Σ_j ζ_j E[1{vᵀζ > 0} sign(v_j)] = (R/π) Σ_j ζ_j arcsin(ζ_j/‖ζ‖₂),
///
/// because (vᵀζ, v_j) is a centred Gaussian pair with correlation ζ_j/‖ζ‖ and
/// P(X > 0, Y > 0) − P(X > 0, Y < 0) = arcsin(ρ)/π (Sheppard's formula). g(0) = 0.
///
/// Its width-M Monte-Carlo member of the linearised class, Δ_m = ι(v_m)/√M with v_m = [θ(0)]_m,
/// lies in the box ‖Δ‖_∞ ≤ R/√M, so ‖g − φ_{θ(0)}ᵀΔ‖ bounds the distance from g to the class from above.
enum SignRepresenter {
    static func value(_ zeta: [Double], radius r: Double) -> Double {
        let norm = Vector.twoNorm(zeta)
        guard norm > 0 else { return 0 }
        return r / Double.pi * zeta.reduce(0.0) { $0 + $1 * asin(min(max($1 / norm, -1), 1)) }
    }

    /// φ_{θ(0)}(ζ)ᵀΔ with Δ_m = R·sign([θ(0)]_m)/√M and φ of (4.6) (b_m = 1):
    /// (1/M) Σ_m 1{ζᵀ[θ(0)]_m > 0} ζᵀ R·sign([θ(0)]_m).
    static func monteCarloMember(_ zeta: [Double], initial: [Double], width: Int, radius r: Double) -> Double {
        let d = zeta.count
        var out = 0.0
        for m in 0..<width {
            var pre = 0.0, signed = 0.0
            for j in 0..<d {
                pre += zeta[j] * initial[m * d + j]
                signed += zeta[j] * (initial[m * d + j] > 0 ? 1 : -1)
            }
            if pre > 0 { out += r * signed }
        }
        return out / Double(width)
    }

    /// A width-M initialisation [θ(0)]_m ~ N(0, I/d), flat.
    static func initial(width: Int, dimension d: Int, rng: RandomSource) -> [Double] {
        (0..<(width * d)).map { _ in rng.normal(standardDeviation: 1 / Double(d).squareRoot()) }
    }
}
