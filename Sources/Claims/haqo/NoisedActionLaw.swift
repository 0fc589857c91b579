import Foundation
import GSLKit

/// The diffusion forward corruption of haqo eqs. (79), (89), (126) at one noise level:
/// z = √ᾱ·x₀ + √(1−ᾱ)·ε, x₀ ~ `law`, ε ~ N(0,1) independent, and the exact posterior of (x₀, ε)
/// given z. Every component of the law has a closed-form posterior (atom: a point; Gaussian:
/// conjugate; uniform interval: a truncated normal), so the only numerical step is the final
/// 1-D integral over z (QAGP).
struct NoisedActionLaw: Sendable {
    let law: ScalarActionLaw
    /// ᾱ ∈ (0, 1).
    let alphaBar: Double
    /// √ᾱ.
    let scale: Double
    /// √(1−ᾱ).
    let noise: Double

    init(law: ScalarActionLaw, alphaBar: Double) {
        precondition(alphaBar > 0 && alphaBar < 1, "NoisedActionLaw: ᾱ = \(alphaBar) not in (0,1)")
        self.law = law
        self.alphaBar = alphaBar
        scale = alphaBar.squareRoot()
        noise = (1 - alphaBar).squareRoot()
    }

    /// The posterior of one mixture component given z: its log responsibility numerator
    /// ln w_c + ln p_c(z), and the conditional mean and variance of x₀ and of ε.
    struct ComponentPosterior: Sendable {
        var logJoint: Double
        var actionMean: Double
        var actionVariance: Double
        var noiseMean: Double
        var noiseVariance: Double
    }

    /// The posterior of (x₀, ε) given z, component by component.
    struct Posterior: Sendable {
        let z: Double
        /// ln p_t(z).
        let logDensity: Double
        /// r_c(z) = P(component c | z).
        let responsibilities: [Double]
        let parts: [ComponentPosterior]

        /// E[ε | z] — the Bayes denoiser μ(z) of eq. (93).
        var noiseMean: Double {
            var v = 0.0
            for (r, p) in zip(responsibilities, parts) { v += r * p.noiseMean }
            return v
        }

        /// Var(ε | z) by the law of total variance over components.
        var noiseVariance: Double {
            let mu = noiseMean
            var v = 0.0
            for (r, p) in zip(responsibilities, parts) { v += r * (p.noiseVariance + (p.noiseMean - mu) * (p.noiseMean - mu)) }
            return max(v, 0)
        }

        /// E[x₀ | z] — the x₀-prediction â(z) of eq. (128) for the Bayes denoiser.
        var actionMean: Double {
            var v = 0.0
            for (r, p) in zip(responsibilities, parts) { v += r * p.actionMean }
            return v
        }

        /// Var(x₀ | z).
        var actionVariance: Double {
            let mu = actionMean
            var v = 0.0
            for (r, p) in zip(responsibilities, parts) { v += r * (p.actionVariance + (p.actionMean - mu) * (p.actionMean - mu)) }
            return max(v, 0)
        }

        /// E[ω | z] for per-component weights ω_c (ω constant within a component).
        func weightMean(_ omega: [Double]) -> Double {
            var v = 0.0
            for c in parts.indices { v += responsibilities[c] * omega[c] }
            return v
        }

        /// E[ω·ε | z].
        func weightedNoiseMoment(_ omega: [Double]) -> Double {
            var v = 0.0
            for c in parts.indices { v += responsibilities[c] * omega[c] * parts[c].noiseMean }
            return v
        }

        /// E[ω·(ε − f)² | z] for a denoiser value f, component by component (no cancellation).
        func weightedRisk(_ omega: [Double], denoiser f: Double) -> Double {
            var v = 0.0
            for c in parts.indices where omega[c] != 0 {
                let d = parts[c].noiseMean - f
                v += responsibilities[c] * omega[c] * (parts[c].noiseVariance + d * d)
            }
            return v
        }

        /// E[(x₀ − â)² | z] for an action reconstruction â.
        func reconstructionRisk(_ reconstruction: Double) -> Double {
            var v = 0.0
            for (r, p) in zip(responsibilities, parts) {
                let d = p.actionMean - reconstruction
                v += r * (p.actionVariance + d * d)
            }
            return v
        }
    }

    /// The posterior at z.
    func posterior(_ z: Double) -> Posterior {
        let m = scale, sigma = noise
        var parts: [ComponentPosterior] = []
        parts.reserveCapacity(law.components.count)
        for (c, w) in zip(law.components, law.weights) {
            let logW = w > 0 ? log(w) : -Double.infinity
            switch c {
            case .atom(let e):
                let u = (z - m * e) / sigma
                parts.append(ComponentPosterior(logJoint: logW - 0.5 * u * u - log(sigma) - 0.5 * log(2 * Double.pi),
                                                actionMean: e, actionVariance: 0, noiseMean: u, noiseVariance: 0))
            case .gaussian(let mu, let sd):
                let s2 = m * m * sd * sd, total = s2 + sigma * sigma
                let d = z - m * mu
                parts.append(ComponentPosterior(
                    logJoint: logW - 0.5 * d * d / total - 0.5 * log(2 * Double.pi * total),
                    actionMean: mu + m * sd * sd * d / total, actionVariance: sd * sd * sigma * sigma / total,
                    noiseMean: sigma * d / total, noiseVariance: s2 / total))
            case .uniform(let a, let b):
                let alpha = (m * a - z) / sigma, beta = (m * b - z) / sigma
                let t = TruncatedStandardNormal(lower: alpha, upper: beta)
                let tau = sigma / m
                parts.append(ComponentPosterior(
                    logJoint: logW + t.logMass - log(m * (b - a)),
                    actionMean: z / m + tau * t.mean, actionVariance: tau * tau * t.variance,
                    noiseMean: -t.mean, noiseVariance: t.variance))
            }
        }
        let logDensity = Special.logSumExp(parts.map(\.logJoint))
        let r = parts.map { $0.logJoint == -.infinity ? 0 : exp($0.logJoint - logDensity) }
        return Posterior(z: z, logDensity: logDensity, responsibilities: r, parts: parts)
    }

    /// ln p_t(z).
    func logDensity(_ z: Double) -> Double { posterior(z).logDensity }

    /// The points where p_t has its features (every component's centre or edges, scaled by √ᾱ),
    /// and a range outside which p_t has mass below 1e-38 (13 standard deviations of each
    /// component's noise).
    var breakpoints: [Double] {
        let m = scale, sigma = noise
        var points: [Double] = []
        var lo = Double.infinity, hi = -Double.infinity
        for (c, w) in zip(law.components, law.weights) where w > 0 {
            switch c {
            case .atom(let e):
                points.append(m * e); lo = min(lo, m * e - 13 * sigma); hi = max(hi, m * e + 13 * sigma)
            case .gaussian(let mu, let sd):
                let width = (m * m * sd * sd + sigma * sigma).squareRoot()
                points.append(m * mu); lo = min(lo, m * mu - 13 * width); hi = max(hi, m * mu + 13 * width)
            case .uniform(let a, let b):
                points += [m * a, m * b]; lo = min(lo, m * a - 13 * sigma); hi = max(hi, m * b + 13 * sigma)
            }
        }
        return ScalarActionLaw.sortedBreakpoints(points + [lo, hi])
    }

    /// E_z[h(posterior at z)] = ∫ p_t(z)·h(z) dz by QAGP over `breakpoints`, with GSL's error
    /// estimate; the truncation at 13 noise standard deviations leaves mass below 1e-38.
    func expectation(_ h: @escaping (Posterior) -> Double) throws(GSLError) -> QuadratureResult {
        try Quadrature.integrate({ z in
            let p = self.posterior(z)
            return p.logDensity == -.infinity ? 0 : exp(p.logDensity) * h(p)
        }, breakpoints: breakpoints, settings: HAQOQuadrature.settings)
    }

    /// The Bayes denoiser of this law, z ↦ E[ε | z] (eq. (93)): the ε-prediction whose reverse
    /// process samples `law` exactly (the well-specified, infinite-capacity denoiser).
    var bayesDenoiser: @Sendable (Double) -> Double {
        let me = self
        return { z in me.posterior(z).noiseMean }
    }

    /// The x₀-prediction of the Bayes denoiser, z ↦ E[x₀ | z] (eq. (129)).
    var bayesReconstruction: @Sendable (Double) -> Double {
        let me = self
        return { z in me.posterior(z).actionMean }
    }
}

/// The standard normal restricted to [lower, upper]: its log mass ln(Φ(upper) − Φ(lower)), mean
/// and variance, computed in the tail that keeps them accurate.
struct TruncatedStandardNormal: Sendable {
    let logMass: Double
    let mean: Double
    let variance: Double

    init(lower a: Double, upper b: Double) {
        precondition(a < b, "TruncatedStandardNormal: [\(a), \(b)]")
        // ln Φ(x), with Φ(−∞) = 0 and Φ(∞) = 1 exactly.
        let logCDF = { (x: Double) -> Double in x == -.infinity ? -.infinity : (x == .infinity ? 0 : Special.logNormalCDF(x)) }
        let logZ: Double
        if a >= 0 {
            let la = logCDF(-a), lb = logCDF(-b)
            logZ = la + Special.log1p(-exp(lb - la))
        } else if b <= 0 {
            let la = logCDF(a), lb = logCDF(b)
            logZ = lb + Special.log1p(-exp(la - lb))
        } else {
            logZ = Special.log1p(-(exp(logCDF(a)) + exp(logCDF(-b))))
        }
        let logPhi = { (x: Double) in -0.5 * x * x - 0.5 * log(2 * Double.pi) }
        let ra = a.isInfinite ? 0 : exp(logPhi(a) - logZ), rb = b.isInfinite ? 0 : exp(logPhi(b) - logZ)
        let mu = ra - rb
        let second = (a.isInfinite ? 0 : a * ra) - (b.isInfinite ? 0 : b * rb)
        logMass = logZ
        mean = mu
        variance = max(1 + second - mu * mu, 0)
    }
}
