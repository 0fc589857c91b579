import GSLKit

/// Weighted denoising risks at one noise level ᾱ, by quadrature over z (haqo App. A.7 Steps 2–4):
///
///   R_ω(f) = E_{x₀~law, ε}[ω(x₀)·(ε − f(z))²],  z = √ᾱ x₀ + √(1−ᾱ) ε,
///
/// with ω constant on each mixture component of the data law (one weight per discrete action).
/// Written as ∫ p_t(z) Σ_c r_c(z) ω_c [Var_c(ε|z) + (E_c[ε|z] − f(z))²] dz, which has no
/// cancellation.
enum DenoisingRisk {
    /// R_ω(f) for a denoiser f (z ↦ ε-prediction).
    static func weighted(data: NoisedActionLaw, weights omega: [Double],
                         denoiser f: @escaping @Sendable (Double) -> Double) throws(GSLError) -> QuadratureSum {
        precondition(omega.count == data.law.components.count, "DenoisingRisk.weighted: \(omega.count) weights")
        if omega.allSatisfy({ $0 == 0 }) { return QuadratureSum() }
        return QuadratureSum(try data.expectation { p in p.weightedRisk(omega, denoiser: f(p.z)) })
    }

    /// The unweighted risk E[(ε − f(z))²].
    static func unweighted(data: NoisedActionLaw, denoiser f: @escaping @Sendable (Double) -> Double) throws(GSLError) -> QuadratureSum {
        try weighted(data: data, weights: [Double](repeating: 1, count: data.law.components.count), denoiser: f)
    }

    /// inf_f R_ω(f) over all measurable f: attained at the ω-weighted posterior mean
    /// μ_ω(z) = E[ωε|z]/E[ω|z], with value ∫ p_t(z)(E[ωε²|z] − E[ωε|z]²/E[ω|z]) dz.
    static func weightedMinimum(data: NoisedActionLaw, weights omega: [Double]) throws(GSLError) -> QuadratureSum {
        if omega.allSatisfy({ $0 == 0 }) { return QuadratureSum() }
        return QuadratureSum(try data.expectation { p in
            let mass = p.weightMean(omega)
            guard mass > 0 else { return 0 }
            return p.weightedRisk(omega, denoiser: p.weightedNoiseMoment(omega) / mass)
        })
    }

    /// The ω-weighted Bayes denoiser μ_ω(z) = E[ωε|z]/E[ω|z] (0 where E[ω|z] = 0).
    static func weightedBayesDenoiser(data: NoisedActionLaw, weights omega: [Double]) -> @Sendable (Double) -> Double {
        { z in
            let p = data.posterior(z)
            let mass = p.weightMean(omega)
            return mass > 0 ? p.weightedNoiseMoment(omega) / mass : 0
        }
    }

    /// E[ω·Var(ε|z)] with the unweighted posterior variance (the right side of eq. (83)).
    static func weightedPosteriorVariance(data: NoisedActionLaw, weights omega: [Double]) throws(GSLError) -> QuadratureSum {
        if omega.allSatisfy({ $0 == 0 }) { return QuadratureSum() }
        return QuadratureSum(try data.expectation { p in p.weightMean(omega) * p.noiseVariance })
    }

    /// E[ω·(μ(z) − f(z))²] with μ the unweighted Bayes denoiser (the excess risk of eq. (87)).
    static func excessRisk(data: NoisedActionLaw, weights omega: [Double],
                           denoiser f: @escaping @Sendable (Double) -> Double) throws(GSLError) -> QuadratureSum {
        if omega.allSatisfy({ $0 == 0 }) { return QuadratureSum() }
        return QuadratureSum(try data.expectation { p in
            let d = p.noiseMean - f(p.z)
            return p.weightMean(omega) * d * d
        })
    }

    /// E[(x₀ − â(z))²] for an action reconstruction â (the x₀-prediction form of eq. (132)).
    static func reconstruction(data: NoisedActionLaw, reconstruction a: @escaping @Sendable (Double) -> Double) throws(GSLError) -> QuadratureSum {
        QuadratureSum(try data.expectation { p in p.reconstructionRisk(a(p.z)) })
    }
}

/// The sum of several quadratures: the value and the sum of the absolute error estimates.
struct QuadratureSum: Sendable {
    var value = 0.0
    var absoluteError = 0.0

    init() {}

    init(_ r: QuadratureResult) {
        value = r.value
        absoluteError = r.absoluteError
    }

    mutating func add(_ r: QuadratureSum, weight w: Double = 1) {
        value += w * r.value
        absoluteError += abs(w) * r.absoluteError
    }

    mutating func add(_ r: QuadratureResult, weight w: Double = 1) {
        value += w * r.value
        absoluteError += abs(w) * r.absoluteError
    }

    /// The tolerance this many quadratures carry: 4× the summed GSL error estimates (GSL's
    /// estimates are conservative for smooth integrands; the factor guards against the rare
    /// underestimate) plus the round-off of the sum.
    func tolerance(what: String) -> Tolerance {
        let v = 4 * absoluteError + 64 * Double.ulpOfOne * abs(value)
        return Tolerance(v, "quadrature of \(what): 4 × Σ GSL error estimates (\(shortNumber(absoluteError))) + round-off")
    }
}
