import Foundation
import GSLKit

/// The law P_θ of the x₀-reconstruction â_θ(s,t,z) when ã ~ U[−1,1] is noised at one level
/// (haqo App. A.8 Steps 2–3, eqs. (126)–(138)), for the denoiser θ the Bayes denoiser of a model
/// law: â(z) = E_model[x₀ | z], which is non-decreasing in z (d/dz E[x₀|z] = √ᾱ Var(x₀|z)/(1−ᾱ)),
/// so P_θ's quantile at u is â(F_z⁻¹(u)) and W₂²(P_θ, U) = ∫ p_t(z)(â(z) − (2F_z(z) − 1))² dz.
struct ReconstructionLaw: Sendable {
    let data: NoisedActionLaw
    let model: NoisedActionLaw

    init(model law: ScalarActionLaw, alphaBar: Double) {
        data = NoisedActionLaw(law: .uniform(-1, 1), alphaBar: alphaBar)
        model = NoisedActionLaw(law: law, alphaBar: alphaBar)
    }

    /// F_z(z) = (σ/(2m))[G((z+m)/σ) − G((z−m)/σ)], G(u) = uΦ(u) + φ(u): the law of z when x₀ ~ U[−1,1].
    func noisedDistribution(_ z: Double) -> Double {
        let m = data.scale, sigma = data.noise
        func g(_ u: Double) -> Double { u * Special.normalCDF(u) + Special.normalDensity(u) }
        return min(max(sigma / (2 * m) * (g((z + m) / sigma) - g((z - m) / sigma)), 0), 1)
    }

    /// E‖ε − ε_θ(z)‖² (ε-prediction form).
    func noiseRisk() throws(GSLError) -> QuadratureSum { try DenoisingRisk.unweighted(data: data, denoiser: model.bayesDenoiser) }

    /// E‖ã − â_θ(z)‖² (x₀-prediction form).
    func reconstructionRisk() throws(GSLError) -> QuadratureSum { try DenoisingRisk.reconstruction(data: data, reconstruction: model.bayesReconstruction) }

    /// W₂²(P_θ, U[−1,1]).
    func wassersteinSquared() throws(GSLError) -> QuadratureSum {
        let me = self
        return QuadratureSum(try data.expectation { p in
            let d = me.model.posterior(p.z).actionMean - (2 * me.noisedDistribution(p.z) - 1)
            return d * d
        })
    }

    /// E_{P_θ}[â] and E_{P_θ}[â²].
    func moments() throws(GSLError) -> (first: QuadratureSum, second: QuadratureSum) {
        let me = self
        let first = try data.expectation { p in me.model.posterior(p.z).actionMean }
        let second = try data.expectation { p in
            let a = me.model.posterior(p.z).actionMean
            return a * a
        }
        return (QuadratureSum(first), QuadratureSum(second))
    }

    /// E_{P_θ}[(â − c)²] by its own quadrature.
    func centredSecondMoment(about c: Double) throws(GSLError) -> QuadratureSum {
        let me = self
        return QuadratureSum(try data.expectation { p in
            let a = me.model.posterior(p.z).actionMean - c
            return a * a
        })
    }
}
