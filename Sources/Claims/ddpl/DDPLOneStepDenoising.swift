import Foundation

/// ddpl Lemma B.5 in one dimension with Gaussian data, where every object is Gaussian and exact:
/// X_0 ~ N(m, v) (score −(x−m)/v, Lipschitz with c₂ = 1/v), X_1 = √α X_0 + √β ε_x ~ N(√α m, αv + β),
/// an approximate score s_1 = s_1* + e₀ + e₁x (affine error), Y_1 ~ N(m_Y, v_Y), and
/// Y_0 = (Y_1 + β s_1(Y_1))/√α + σ ε_y. The conditionals X_0|x_1 and X̃_0|x_1 = N((x_1 + β s_1(x_1))/√α, σ²)
/// are Gaussian too.
struct OneStepDenoising {
    let m, v, beta, sigma2, e0, e1, meanY, varianceY: Double
    var alpha: Double { 1 - beta }
    /// The Lipschitz constant of s_0* = −(x − m)/v.
    var c2: Double { 1 / v }
    var meanX1: Double { alpha.squareRoot() * m }
    var varianceX1: Double { alpha * v + beta }

    /// s_1(x) = slope·x + intercept (the exact score −(x − √α m)/(αv + β) plus the error).
    var scoreSlope: Double { e1 - 1 / varianceX1 }
    var scoreIntercept: Double { e0 + meanX1 / varianceX1 }

    /// The backward map x ↦ (x + β s_1(x))/√α = g·x + h.
    var backwardSlope: Double { (1 + beta * scoreSlope) / alpha.squareRoot() }
    var backwardIntercept: Double { beta * scoreIntercept / alpha.squareRoot() }

    var meanY0: Double { backwardSlope * meanY + backwardIntercept }
    var varianceY0: Double { backwardSlope * backwardSlope * varianceY + sigma2 }

    /// E_{x_1~X_1}(s_1*(x_1) − s_1(x_1))² = E(e₀ + e₁x_1)².
    var scoreError: Double { (e0 + e1 * meanX1) * (e0 + e1 * meanX1) + e1 * e1 * varianceX1 }

    /// A of eq. (49), d = 1.
    var a: Double {
        beta * beta / (2 * sigma2 * alpha) * scoreError
            + sigma2 / (alpha / beta - c2) * (c2 * c2 + (1 / sigma2 - alpha / beta) * (1 / sigma2 - alpha / beta))
    }

    /// X_0 | x_1 = N(μ_c(x_1), v_c): v_c = 1/(1/v + α/β), μ_c = v_c(m/v + √α x_1/β) = p·x_1 + q.
    var conditionalVariance: Double { 1 / (1 / v + alpha / beta) }
    var conditionalSlope: Double { conditionalVariance * alpha.squareRoot() / beta }
    var conditionalIntercept: Double { conditionalVariance * m / v }

    /// E_{x_1}[(u·x_1 + w)²] for x_1 ~ X_1.
    func expectedSquare(slope u: Double, intercept w: Double) -> Double {
        (u * meanX1 + w) * (u * meanX1 + w) + u * u * varianceX1
    }

    /// E_{X_1}[KL(X_0|x_1 ‖ X̃_0|x_1)], closed form (the means differ by an affine function of x_1).
    var expectedConditionalKL: Double {
        let u = conditionalSlope - backwardSlope, w = conditionalIntercept - backwardIntercept
        return 0.5 * (log(sigma2 / conditionalVariance) + (conditionalVariance + expectedSquare(slope: u, intercept: w)) / sigma2 - 1)
    }

    /// The coefficients of 𝓘 = s_0*(x_0) − (β/(σ²√α)) s_1(x_1) + (1/σ² − α/β)(x_0 − x_1/√α) (eq. 56) as
    /// 𝓘 = k₀x_0 + k₁x_1 + k₂.
    var integrandCoefficients: (x0: Double, x1: Double, constant: Double) {
        let r = 1 / sigma2 - alpha / beta, f = beta / (sigma2 * alpha.squareRoot())
        return (-1 / v + r, -f * scoreSlope - r / alpha.squareRoot(), m / v - f * scoreIntercept)
    }

    /// E_{x_0|x_1}[𝓘] at x_1 (the left side of Tweedie's step, eq. 63).
    func conditionalMeanOfIntegrand(at x1: Double) -> Double {
        let k = integrandCoefficients
        return k.x0 * (conditionalSlope * x1 + conditionalIntercept) + k.x1 * x1 + k.constant
    }

    /// Var_{x_0|x_1}[𝓘] = k₀² v_c (the same at every x_1).
    var conditionalVarianceOfIntegrand: Double { integrandCoefficients.x0 * integrandCoefficients.x0 * conditionalVariance }

    /// E_{x_1}E_{x_0|x_1}‖𝓘‖².
    var expectedSquaredIntegrand: Double {
        let k = integrandCoefficients
        return expectedSquare(slope: k.x0 * conditionalSlope + k.x1, intercept: k.x0 * conditionalIntercept + k.constant) + conditionalVarianceOfIntegrand
    }
}
