import GSLKit
import Testing

/// Points (xᵢ, 1 + 0.5 xᵢ + N(0, 0.3²)) for xᵢ = i/4, i = 0..<n, drawn from `seed`.
private func noisyLine(n: Int, seed: UInt64) -> (x: [Double], y: [Double]) {
    let rng = RandomSource(seed: seed)
    let x = (0..<n).map { Double($0) / 4 }
    return (x, x.map { 1 + 0.5 * $0 + rng.normal(standardDeviation: 0.3) })
}

/// Hand formulas of simple regression: Sxx = Σ(x − x̄)², slope = Σ(x − x̄)(y − ȳ)/Sxx,
/// s² = RSS/(n − 2), se(slope) = √(s²/Sxx), se(intercept) = √(s² Σx² /(n Sxx)).
private func simpleRegression(_ x: [Double], _ y: [Double]) -> (slope: Double, intercept: Double, seSlope: Double, seIntercept: Double) {
    let n = Double(x.count)
    let xbar = x.reduce(0, +) / n, ybar = y.reduce(0, +) / n
    var sxx = 0.0, sxy = 0.0, sx2 = 0.0
    for i in x.indices {
        sxx += (x[i] - xbar) * (x[i] - xbar)
        sxy += (x[i] - xbar) * (y[i] - ybar)
        sx2 += x[i] * x[i]
    }
    let slope = sxy / sxx, intercept = ybar - slope * xbar
    var rss = 0.0
    for i in x.indices { let r = y[i] - intercept - slope * x[i]; rss += r * r }
    let s2 = rss / (n - 2)
    return (slope, intercept, (s2 / sxx).squareRoot(), (s2 * sx2 / (n * sxx)).squareRoot())
}

@Suite struct LineFitTests {
    /// y = 2 − 3x through 10 points: the fit is exact to round-off (coefficients of size ≤ 30,
    /// so 1e-13 absolute is 100s of ulps), with zero residual.
    @Test func exactLine() throws {
        let x = (0..<10).map(Double.init), y = x.map { 2 - 3 * $0 }
        let fit = try LineFit(x: x, y: y)
        #expect(abs(fit.slope + 3) <= 1e-13 && abs(fit.intercept - 2) <= 1e-13)
        #expect(fit.residualSumOfSquares <= 1e-24)
        #expect(fit.degreesOfFreedom == 8)
        #expect(fit.slopeInterval().contains(-3))
    }

    /// The standard errors match the hand formulas (to 1e-12 relative: both are O(n) sums).
    @Test func standardErrorsMatchHandFormulas() throws {
        let (x, y) = noisyLine(n: 40, seed: 7)
        let fit = try LineFit(x: x, y: y)
        let hand = simpleRegression(x, y)
        #expect(abs(fit.slope - hand.slope) <= 1e-12 * abs(hand.slope))
        #expect(abs(fit.intercept - hand.intercept) <= 1e-12 * abs(hand.intercept))
        #expect(abs(fit.slopeStandardError - hand.seSlope) <= 1e-12 * hand.seSlope)
        #expect(abs(fit.interceptStandardError - hand.seIntercept) <= 1e-12 * hand.seIntercept)
    }

    /// The 95% slope interval covers the true slope 0.5 at seed 7; over the 400 fixed seeds
    /// 0..<400 its coverage count is Binomial(400, 0.95) for a correct interval (mean 380, σ = 4.36),
    /// so it lies in 380 ± 5σ = [358, 400].
    @Test func slopeIntervalCoversTrueSlope() throws {
        let (x, y) = noisyLine(n: 40, seed: 7)
        #expect(try LineFit(x: x, y: y).slopeInterval(level: 0.95).contains(0.5))
        var covered = 0
        for seed in UInt64(0)..<400 {
            let (x, y) = noisyLine(n: 12, seed: seed)
            if try LineFit(x: x, y: y).slopeInterval(level: 0.95).contains(0.5) { covered += 1 }
        }
        #expect((358...400).contains(covered), "coverage \(covered)/400")
    }
}

@Suite struct LinearLeastSquaresTests {
    /// y = 1 + 2x + 3x² on 17 points in [−2, 2] with design [1, x, x²]: coefficients recovered to
    /// 1e-12 (κ₂ of this design is about 10, so round-off is a few hundred ulps at most).
    @Test func exactQuadratic() throws {
        let xs = (0...16).map { -2 + Double($0) / 4 }
        let design = Matrix(rows: xs.count, columns: 3, storage: xs.flatMap { [1, $0, $0 * $0] })
        let fit = try LinearLeastSquares(design: design, y: xs.map { 1 + 2 * $0 + 3 * $0 * $0 })
        for (c, expected) in zip(fit.coefficients, [1.0, 2, 3]) { #expect(abs(c - expected) <= 1e-12) }
        #expect(fit.residualSumOfSquares <= 1e-24)
    }

    /// With design [1, x] the covariance is s²(XᵀX)⁻¹, s² = RSS/(n − 2): its standard errors equal
    /// the simple-regression hand formulas and `LineFit`'s.
    @Test func standardErrorsOfLineMatchHandFormulas() throws {
        let (x, y) = noisyLine(n: 40, seed: 7)
        let design = Matrix(rows: x.count, columns: 2, storage: x.flatMap { [1, $0] })
        let fit = try LinearLeastSquares(design: design, y: y)
        let hand = simpleRegression(x, y)
        #expect(abs(fit.coefficients[1] - hand.slope) <= 1e-12 * abs(hand.slope))
        #expect(abs(fit.coefficients[0] - hand.intercept) <= 1e-12 * abs(hand.intercept))
        #expect(abs(fit.standardErrors[1] - hand.seSlope) <= 1e-10 * hand.seSlope)
        #expect(abs(fit.standardErrors[0] - hand.seIntercept) <= 1e-10 * hand.seIntercept)
    }
}
