import Foundation
import GSLKit

extension DDPLClaims {
    /// ddpl, Lemma B.5 proof, Step 1, eqs. (50)–(53), as printed, on the Gaussian instances of
    /// `ddpl.lemB.5`: the triangle inequality with X̃_0 = (X_1 + βs_1(X_1))/√α + σε, data processing,
    /// convexity of TV, Jensen and Pinsker. E_{X_1} of the conditional TVs by QAGS over x_1 (±14 sd).
    static let lemmaB5Step1 = Claim(
        id: "ddpl.lemB.5/step1", paper: .ddpl, source: "Lemma B.5 proof (App. B.2.2), Step 1, eqs. (50)–(53)",
        statement: "D_TV²(X_0‖Y_0) ≤ 2D_TV²(X_0‖X̃_0) + 2D_TV²(X̃_0‖Y_0) (50), D_TV(X̃_0‖Y_0) ≤ D_TV(X_1‖Y_1) (data processing), so D_TV²(X_0‖Y_0) ≤ 2D_TV²(X_0‖X̃_0) + 2D_TV²(X_1‖Y_1) (51); D_TV(X_0‖X̃_0) ≤ E_{X_1}[D_TV(X_0|x_1 ‖ X̃_0|x_1)] (52); 2E²_{X_1}[D_TV(·)] ≤ 2E_{X_1}[D_TV²(·)] ≤ E_{X_1}[D_KL(X_0|x_1 ‖ X̃_0|x_1)] (53, Pinsker).",
        hypotheses: "as ddpl.lemB.5 (d = 1, Gaussian)",
        kind: .upperBound,
        check: ClaimCheck(family: oneStepFamily) { x in
            let d = try oneStep(x)
            let meanTilde = d.backwardSlope * d.meanX1 + d.backwardIntercept
            let varianceTilde = d.backwardSlope * d.backwardSlope * d.varianceX1 + d.sigma2
            let tv0 = GaussianDivergences.totalVariation(d.m, d.v, d.meanY0, d.varianceY0)
            let tvTilde = GaussianDivergences.totalVariation(d.m, d.v, meanTilde, varianceTilde)
            let tvTildeY = GaussianDivergences.totalVariation(meanTilde, varianceTilde, d.meanY0, d.varianceY0)
            let tv1 = GaussianDivergences.totalVariation(d.meanX1, d.varianceX1, d.meanY, d.varianceY)
            let sd = d.varianceX1.squareRoot()
            let conditional = { (x1: Double) in
                GaussianDivergences.totalVariation(d.conditionalSlope * x1 + d.conditionalIntercept, d.conditionalVariance,
                                                   d.backwardSlope * x1 + d.backwardIntercept, d.sigma2)
            }
            let weight = { (x1: Double) in Special.normalDensity((x1 - d.meanX1) / sd) / sd }
            let meanTV = try Quadrature.integrate({ weight($0) * conditional($0) }, from: d.meanX1 - 14 * sd, to: d.meanX1 + 14 * sd,
                                                  settings: .init(absoluteTolerance: 1e-14, relativeTolerance: 1e-11))
            let meanTV2 = try Quadrature.integrate({ weight($0) * conditional($0) * conditional($0) }, from: d.meanX1 - 14 * sd, to: d.meanX1 + 14 * sd,
                                                   settings: .init(absoluteTolerance: 1e-14, relativeTolerance: 1e-11))
            let kl = d.expectedConditionalKL
            let cdf = Tolerance.roundoff(scale: 1, operations: 64, what: "normal CDFs")
            let quad = Tolerance(meanTV.absoluteError + meanTV2.absoluteError, "QAGS error estimates")
            return Evaluation(
                measurements: [
                    Measurement("(50)", lhs: tv0 * tv0, .lessOrEqual, rhs: 2 * tvTilde * tvTilde + 2 * tvTildeY * tvTildeY, tolerance: cdf),
                    Measurement("data processing", lhs: tvTildeY, .lessOrEqual, rhs: tv1, tolerance: cdf),
                    Measurement("(51)", lhs: tv0 * tv0, .lessOrEqual, rhs: 2 * tvTilde * tvTilde + 2 * tv1 * tv1, tolerance: cdf),
                    Measurement("(52)", lhs: tvTilde, .lessOrEqual, rhs: meanTV.value, tolerance: cdf + quad),
                    Measurement("(53) Jensen", lhs: 2 * meanTV.value * meanTV.value, .lessOrEqual, rhs: 2 * meanTV2.value, tolerance: quad + quad),
                    Measurement("(53) Pinsker", lhs: 2 * meanTV2.value, .lessOrEqual, rhs: kl, tolerance: quad + .roundoff(scale: max(kl, 1), operations: 32, what: "E KL")),
                ],
                quantities: oneStepQuantities(d) + [NamedValue("TV(X_0, X̃_0)", tvTilde), NamedValue("E TV(cond)", meanTV.value),
                                                    NamedValue("E KL(cond)", kl)])
        },
        defaultInstances: 16)
}
