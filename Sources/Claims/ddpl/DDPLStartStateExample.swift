import Foundation
import GSLKit
import MarkovGames

/// The start state s0 of ddpl's single-agent example M_sa (Sec. 3.2.1), as printed:
///
///     r_start(a) = −ν a² + c_0 exp(−α(a+β)²) + c_0 exp(−α(a−β)²),
///     p_start(a) = c_p exp(−α(a+β)²) · 1(|a+β| ≤ 1/4),
///
/// with ν = 10, α = 250, β = 0.5, c_0 = 2.7, c_p = 0.005, γ = 0.1 (`MarkovGames.DDPLExample`), and the
/// Gaussian closed forms the proof of Theorem 3.1 (App. A) rests on: E_{N(μ,v)}[r_start] (eq. 3), its
/// derivatives (eqs. 4, 7) and the per-sample success probability p(v) of eqs. (12)–(13).
enum StartStateExample {
    static let nu = DDPLExample.nu
    static let alpha = DDPLExample.alpha
    static let beta = DDPLExample.beta
    static let c0 = DDPLExample.c0
    static let cp = DDPLExample.cp
    static let gamma = DDPLExample.gamma
    /// λ = η/(1−γ) with the theorem's η = 0.01(1−γ).
    static let lambda = 0.01
    /// Action samples per epoch in Theorem 3.1 and Proposition 3.2.
    static let batch = 32
    /// Half-width of the goal window |a + β| ≤ 1/4.
    static let window = 0.25

    static func rStart(_ a: Double) -> Double { DDPLExample.rStart(a) }

    static func pStart(_ a: Double) -> Double { DDPLExample.pStart(a) }

    /// E_{a~N(μ,v)} exp(−α(a−b)²) = (1+2αv)^{−1/2} exp(−α(μ−b)²/(1+2αv)).
    static func gaussianBump(mean mu: Double, variance v: Double, centre b: Double) -> Double {
        let s = 1 + 2 * alpha * v
        return exp(-alpha * (mu - b) * (mu - b) / s) / s.squareRoot()
    }

    /// E_{N(μ,v)}[r_start] = −ν(μ² + v) + c_0[bump(β) + bump(−β)] (App. A, display after eq. 3).
    static func expectedStartReward(mean mu: Double, variance v: Double) -> Double {
        -nu * (mu * mu + v) + c0 * (gaussianBump(mean: mu, variance: v, centre: beta) + gaussianBump(mean: mu, variance: v, centre: -beta))
    }

    /// ∂_μ E_{N(μ,v)}[r_start], the display before eq. (5):
    /// −2νμ + Σ_{b=±β} 2c_0 α(b−μ)/(1+2αv)^{3/2} exp(−α(μ−b)²/(1+2αv)).
    static func meanDerivative(mean mu: Double, variance v: Double) -> Double {
        let s = 1 + 2 * alpha * v
        var d = -2 * nu * mu
        for b in [beta, -beta] { d += 2 * c0 * alpha * (b - mu) / s * gaussianBump(mean: mu, variance: v, centre: b) }
        return d
    }

    /// ∂_v E_{N(μ,v)}[r_start], eq. (7):
    /// −ν + Σ_{b=±β} c_0 α(2α(μ−b)² − 1 − 2αv)/(1+2αv)^{5/2} exp(−α(μ−b)²/(1+2αv)).
    static func varianceDerivative(mean mu: Double, variance v: Double) -> Double {
        let s = 1 + 2 * alpha * v
        var d = -nu
        for b in [beta, -beta] {
            d += c0 * alpha * (2 * alpha * (mu - b) * (mu - b) - 1 - 2 * alpha * v) / (s * s) * gaussianBump(mean: mu, variance: v, centre: b)
        }
        return d
    }

    /// L(μ, v) − log Z of eq. (3): KL(N(μ,v) ‖ π̃^{k+1}) without the constant log Z, for the
    /// previous policy N(μ_k, v_k) and Q̂(s0, ·) = r_start (the blind reward r¬_sa).
    static func projectionObjective(mean mu: Double, variance v: Double, previousMean muK: Double, previousVariance vK: Double,
                                    lambda: Double = lambda) -> Double {
        0.5 * log(vK / v) + (v + (mu - muK) * (mu - muK)) / (2 * vK) - 0.5 - lambda * expectedStartReward(mean: mu, variance: v)
    }

    /// The bracket of eq. (10): f(x) = 1350(124 − x)(1 + x)^{−5/2} exp(−62.5/(1 + x)), x = 500σ²,
    /// i.e. 2c_0α(2αβ² − 1 − x)(1+x)^{−5/2} exp(−αβ²/(1+x)) with the printed constants.
    static func stationarityBracket(_ x: Double) -> Double {
        let s = 1 + x
        return 2 * c0 * alpha * (2 * alpha * beta * beta - 1 - x) / (s * s * s.squareRoot()) * exp(-alpha * beta * beta / s)
    }

    /// The stationarity equation (9)–(10) in v = σ² at μ = 0, written as g(v) = 0:
    /// g(v) = 1/v − 1/v_k − 2λ(ν − f(2αv)).
    static func stationarity(_ v: Double, previousVariance vK: Double, lambda: Double = lambda) -> Double {
        1 / v - 1 / vK - 2 * lambda * (nu - stationarityBracket(2 * alpha * v))
    }

    /// Every root of the stationarity equation (9) in (0, v_k], each a first-order stationary variance
    /// of L(0, ·): located by a sign scan on a logarithmic grid of `gridPoints` points and refined by
    /// Brent's method. Roots lie in [1/(1/v_k + 2λ(ν + F)), v_k] with F = max_x |f(x)| ≤ 4 (since
    /// g(v) > 0 below and g(v_k) < 0 whenever f < ν), so the scan covers that interval; two roots
    /// closer than one grid cell would be missed, which the grid size makes unlikely and the
    /// global minimisation of `globalMinimizer` cross-checks.
    static func stationaryVariances(previousVariance vK: Double, lambda: Double = lambda, gridPoints: Int = 400) throws -> [Double] {
        let lower = 1 / (1 / vK + 2 * lambda * (nu + 4)), upper = vK
        let g = { (v: Double) in stationarity(v, previousVariance: vK, lambda: lambda) }
        var roots: [Double] = []
        var left = lower, gLeft = g(lower)
        for j in 1...gridPoints {
            let right = lower * pow(upper / lower, Double(j) / Double(gridPoints))
            let gRight = g(right)
            if gRight == 0 {
                roots.append(right)
            } else if gLeft.sign != gRight.sign && gLeft != 0 {
                roots.append(try BrentRoot(relativeTolerance: 4 * Double.ulpOfOne).solve(g, from: left, to: right).root)
            }
            left = right
            gLeft = gRight
        }
        return roots
    }

    /// The global minimiser of L(μ, v) over μ ∈ ℝ, v > 0 for the previous policy N(μ_k, v_k) (the
    /// reading of "update with gradient descent" as the best Gaussian), by Nelder–Mead in (μ, log v)
    /// from starts at μ_k and at both reward bumps ±β.
    static func globalMinimizer(previousVariance vK: Double, previousMean muK: Double = 0,
                                lambda: Double = lambda) throws -> (mean: Double, variance: Double, value: Double) {
        let objective = { (x: [Double]) in
            projectionObjective(mean: x[0], variance: exp(x[1]), previousMean: muK, previousVariance: vK, lambda: lambda)
        }
        var best: (mean: Double, variance: Double, value: Double)?
        for mu0 in [muK, -beta, beta] {
            let r = try NelderMead(initialStep: 0.3, sizeTolerance: 1e-10, maxIterations: 4000).minimize(objective, from: [mu0, log(vK)])
            if best == nil || r.minimum < best!.value { best = (r.minimizer[0], exp(r.minimizer[1]), r.minimum) }
        }
        return best!
    }

    /// ∂²_μ E_{N(μ,v)}[r_start] = −2ν + Σ_{b=±β} (2c_0α/(1+2αv)) bump_b (2α(μ−b)²/(1+2αv) − 1); with it,
    /// ∂²L/∂μ² = 1/v_k − λ ∂²_μ E (the curvature of eq. 3 along μ).
    static func meanCurvature(mean mu: Double, variance v: Double) -> Double {
        let s = 1 + 2 * alpha * v
        var d = -2 * nu
        for b in [beta, -beta] {
            d += 2 * c0 * alpha / s * gaussianBump(mean: mu, variance: v, centre: b) * (2 * alpha * (mu - b) * (mu - b) / s - 1)
        }
        return d
    }

    /// The Gaussian product parameters of eq. (13) for a policy N(μ, v) (the paper's μ = 0 case
    /// when `mean` is 0): μ' = (μ − 2αβv)/(1+2αv), σ'² = v/(1+2αv),
    /// C' = c_p(1+2αv)^{−1/2} exp(−α(μ+β)²/(1+2αv)).
    static func goalProduct(mean m: Double = 0, variance v: Double) -> (mean: Double, sd: Double, scale: Double) {
        let s = 1 + 2 * alpha * v
        return ((m - 2 * alpha * beta * v) / s, (v / s).squareRoot(), cp / s.squareRoot() * exp(-alpha * (m + beta) * (m + beta) / s))
    }

    /// ln p, p = ∫_{−β−1/4}^{−β+1/4} N(a; μ, v) p_start(a) da = C'[Φ(u) − Φ(l)] (eq. 12) with
    /// u = (−β + 1/4 − μ')/σ', l = (−β − 1/4 − μ')/σ', in log space (ln Φ via log erfc) so that
    /// p ≈ 10⁻¹⁰⁰ and below keeps its relative accuracy.
    static func logSuccessProbability(mean m: Double = 0, variance v: Double) -> Double {
        let (mu, sd, scale) = goalProduct(mean: m, variance: v)
        let upper = (-beta + window - mu) / sd, lower = (-beta - window - mu) / sd
        let logUpper = Special.logNormalCDF(upper), logLower = Special.logNormalCDF(lower)
        return log(scale) + logUpper + Special.log1p(-exp(logLower - logUpper))
    }

    static func successProbability(mean m: Double = 0, variance v: Double) -> Double {
        exp(logSuccessProbability(mean: m, variance: v))
    }

    /// ∫ N(a; μ, v) g(a) da over μ ± 14√v (beyond, the Gaussian weight is below 10⁻⁴³ of its peak), split
    /// at the reward bumps ±β and the goal-window edges −β ± 1/4 that fall inside (where r_start and
    /// p_start are sharp or jump). Two evaluations: QAGP (relative tolerance 10⁻¹², absolute 10⁻¹³ of
    /// ∫ N|g| so that an integral cancelling to about 0 is resolved) and 64-node Gauss–Legendre rules on
    /// pieces of length at most 1/8 (about 2.8 bump widths 1/√(2α)) between the same break points. GSL's
    /// error estimate is a heuristic that can undershoot (a bump inside a wide Gaussian was seen off by
    /// 10×), so the value is the Gauss–Legendre one and its error GSL's estimate plus the distance
    /// between the two.
    static func gaussianExpectation(_ g: @escaping (Double) -> Double, mean mu: Double, variance v: Double) throws -> (value: Double, absoluteError: Double) {
        let sd = v.squareRoot(), lo = mu - 14 * sd, hi = mu + 14 * sd
        let marks = [-beta - window, -beta, -beta + window, beta].filter { $0 > lo && $0 < hi }
        let density = { (a: Double) in exp(-0.5 * (a - mu) * (a - mu) / v) / (2 * Double.pi * v).squareRoot() }
        var cuts = [lo]
        for end in marks + [hi] {
            let start = cuts.last!, pieces = max(1, Int(((end - start) * 8).rounded(.up)))
            for j in 1...pieces { cuts.append(start + (end - start) * Double(j) / Double(pieces)) }
        }
        var fixed = 0.0, magnitude = 0.0
        for j in 0..<(cuts.count - 1) {
            let rule = GaussLegendreRule(points: 64, from: cuts[j], to: cuts[j + 1])
            fixed += rule.integrate { density($0) * g($0) }
            magnitude += rule.integrate { density($0) * abs(g($0)) }
        }
        let adaptive = try Quadrature.integrate({ density($0) * g($0) }, breakpoints: [lo] + marks + [hi],
                                                settings: .init(absoluteTolerance: 1e-13 * magnitude, relativeTolerance: 1e-12, subintervalLimit: 4000))
        return (fixed, adaptive.absoluteError + abs(adaptive.value - fixed))
    }

    /// sup_{x≥0} f(x) for the bracket f of eq. (10) (the printed "≤ 3.6"), with its maximiser: f < 0 for
    /// x > 124, so a grid of step 0.01 on [0, 124] locates the maximum and Nelder–Mead refines it.
    static func bracketSupremum() throws -> (value: Double, at: Double) {
        var bestX = 0.0, best = stationarityBracket(0)
        for j in 1...12_400 {
            let x = Double(j) / 100
            let f = stationarityBracket(x)
            if f > best { best = f; bestX = x }
        }
        let r = try NelderMead(initialStep: 0.01, sizeTolerance: 1e-12, maxIterations: 2000)
            .minimize({ -stationarityBracket(max($0[0], 0)) }, from: [bestX])
        return (-r.minimum, max(r.minimizer[0], 0))
    }
}
