import Foundation
import GSLKit

/// The law of one agent's scalar action x₀ (d_i = 1) in haqo's diffusion statements
/// (eqs. (5), (9), (10)): a finite mixture of atoms (discrete actions embedded in [−1, 1]),
/// Gaussians and uniform intervals — the policies a diffusion actor represents (multimodal
/// mixtures) and the uniform law U(A^i) of the entropy surrogate (9).
struct ScalarActionLaw: Sendable {
    enum Component: Sendable, Equatable {
        case atom(Double)
        case gaussian(mean: Double, standardDeviation: Double)
        case uniform(lower: Double, upper: Double)

        var mean: Double {
            switch self {
            case .atom(let e): e
            case .gaussian(let mu, _): mu
            case .uniform(let a, let b): (a + b) / 2
            }
        }

        var variance: Double {
            switch self {
            case .atom: 0
            case .gaussian(_, let sd): sd * sd
            case .uniform(let a, let b): (b - a) * (b - a) / 12
            }
        }
    }

    let components: [Component]
    /// Mixture weights (a probability vector; zero weights allowed).
    let weights: [Double]

    init(components: [Component], weights: [Double]) {
        precondition(components.count == weights.count && !components.isEmpty, "ScalarActionLaw: \(components.count) components, \(weights.count) weights")
        precondition(weights.allSatisfy { $0 >= 0 } && abs(weights.reduce(0, +) - 1) < 1e-9, "ScalarActionLaw: weights \(weights) are not a distribution")
        for c in components {
            switch c {
            case .gaussian(_, let sd): precondition(sd > 0, "ScalarActionLaw: Gaussian scale \(sd)")
            case .uniform(let a, let b): precondition(a < b, "ScalarActionLaw: interval [\(a), \(b)]")
            case .atom: break
            }
        }
        self.components = components
        self.weights = weights
    }

    /// A discrete law: probability `probabilities[k]` at `points[k]`.
    static func discrete(points: [Double], probabilities: [Double]) -> ScalarActionLaw {
        ScalarActionLaw(components: points.map { .atom($0) }, weights: probabilities)
    }

    /// The uniform law on [a, b].
    static func uniform(_ a: Double, _ b: Double) -> ScalarActionLaw {
        ScalarActionLaw(components: [.uniform(lower: a, upper: b)], weights: [1])
    }

    /// E[x₀].
    var mean: Double {
        var v = 0.0
        for (c, w) in zip(components, weights) { v += w * c.mean }
        return v
    }

    /// Var(x₀) by the law of total variance.
    var variance: Double {
        let mu = mean
        var v = 0.0
        for (c, w) in zip(components, weights) { v += w * (c.variance + (c.mean - mu) * (c.mean - mu)) }
        return max(v, 0)
    }

    /// True when the law has a density (no atoms with positive weight).
    var isContinuous: Bool {
        zip(components, weights).allSatisfy { c, w in
            if case .atom = c { return w == 0 }
            return true
        }
    }

    /// True when every component with positive weight is an atom.
    var isDiscrete: Bool {
        zip(components, weights).allSatisfy { c, w in
            if case .atom = c { return true }
            return w == 0
        }
    }

    /// ln p(x) of a continuous law (−∞ outside the support). Precondition: `isContinuous`.
    func logDensity(_ x: Double) -> Double {
        var terms: [Double] = []
        terms.reserveCapacity(components.count)
        for (c, w) in zip(components, weights) where w > 0 {
            switch c {
            case .atom: continue
            case .gaussian(let mu, let sd):
                let u = (x - mu) / sd
                terms.append(log(w) - 0.5 * u * u - log(sd) - 0.5 * log(2 * Double.pi))
            case .uniform(let a, let b):
                if x >= a && x <= b { terms.append(log(w) - log(b - a)) }
            }
        }
        return Special.logSumExp(terms)
    }

    /// The points where a continuous law's density has a kink, a jump or a peak, and a range
    /// outside which it has mass below 1e-38 (13 standard deviations of each Gaussian).
    var densityBreakpoints: [Double] {
        var points: [Double] = []
        var lo = Double.infinity, hi = -Double.infinity
        for (c, w) in zip(components, weights) where w > 0 {
            switch c {
            case .atom(let e): points.append(e); lo = min(lo, e); hi = max(hi, e)
            case .gaussian(let mu, let sd): points.append(mu); lo = min(lo, mu - 13 * sd); hi = max(hi, mu + 13 * sd)
            case .uniform(let a, let b): points += [a, b]; lo = min(lo, a); hi = max(hi, b)
            }
        }
        return ScalarActionLaw.sortedBreakpoints(points + [lo, hi])
    }

    /// Differential entropy H = −∫ p ln p (eq. (119)) by QAGP over `densityBreakpoints`, with
    /// GSL's error estimate. Precondition: `isContinuous`.
    func differentialEntropy() throws(GSLError) -> QuadratureResult {
        precondition(isContinuous, "ScalarActionLaw.differentialEntropy: the law has atoms")
        return try Quadrature.integrate({ x in
            let l = self.logDensity(x)
            return l == -.infinity ? 0 : -exp(l) * l
        }, breakpoints: densityBreakpoints, settings: HAQOQuadrature.settings)
    }

    /// Shannon entropy −Σ p ln p of a discrete law (distinct points). Precondition: `isDiscrete`.
    var shannonEntropy: Double {
        precondition(isDiscrete, "ScalarActionLaw.shannonEntropy: the law is not discrete")
        var h = 0.0
        for w in weights where w > 0 { h -= w * log(w) }
        return h
    }

    /// Sorted points with near-duplicates (closer than 1e-12 relative) removed.
    static func sortedBreakpoints(_ points: [Double]) -> [Double] {
        var out: [Double] = []
        for p in points.sorted() where p.isFinite {
            if let last = out.last, abs(p - last) <= 1e-12 * max(1, abs(p)) { continue }
            out.append(p)
        }
        return out
    }
}

/// The adaptive-quadrature settings of haqo's diffusion quantities: relative 1e-10 (absolute
/// 1e-13 for integrals near zero); every result carries GSL's error estimate, which enters the
/// claims' tolerances.
enum HAQOQuadrature {
    static let settings = Quadrature.Settings(absoluteTolerance: 1e-13, relativeTolerance: 1e-10, subintervalLimit: 4000)
}
