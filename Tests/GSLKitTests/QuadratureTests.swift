import Foundation
import GSLKit
import Testing

/// A converged adaptive result: its error estimate meets the requested relative tolerance, and
/// the true error |value − exact| is within the estimate (plus a few ulps of rounding of the
/// closed form itself).
private func expectConverged(_ r: QuadratureResult, exact: Double, settings: Quadrature.Settings = .init(),
                             sourceLocation: SourceLocation = #_sourceLocation) {
    #expect(r.absoluteError <= max(settings.absoluteTolerance, settings.relativeTolerance * abs(r.value)),
            "error estimate \(r.absoluteError) above the requested tolerance", sourceLocation: sourceLocation)
    #expect(abs(r.value - exact) <= r.absoluteError + 4 * Double.ulpOfOne * abs(exact),
            "|\(r.value) − \(exact)| exceeds the estimate \(r.absoluteError)", sourceLocation: sourceLocation)
}

@Suite struct QuadratureTests {
    /// ∫₀¹ xᵏ dx = 1/(k + 1).
    @Test(arguments: 0...12)
    func monomialsOnUnitInterval(k: Int) throws {
        let r = try Quadrature.integrate({ pow($0, Double(k)) }, from: 0, to: 1)
        expectConverged(r, exact: 1 / Double(k + 1))
    }

    /// ∫_ℝ e^{−x²} dx = √π (QAGI).
    @Test func gaussianIntegralOverReals() throws {
        expectConverged(try Quadrature.integrateOverReals { exp(-$0 * $0) }, exact: Double.pi.squareRoot())
    }

    /// ∫₀^∞ e^{−x} dx = 1 (QAGIU) and ∫_{−∞}^0 eˣ dx = 1 (QAGIL); ∫₂^∞ e^{−x} dx = e^{−2}.
    @Test func exponentialTails() throws {
        expectConverged(try Quadrature.integrate({ exp(-$0) }, fromLowerBound: 0), exact: 1)
        expectConverged(try Quadrature.integrate({ exp($0) }, toUpperBound: 0), exact: 1)
        expectConverged(try Quadrature.integrate({ exp(-$0) }, fromLowerBound: 2), exact: exp(-2))
    }

    /// ∫_{−1}^{2} |x − 0.3| dx = (1.3² + 1.7²)/2 = (1.69 + 2.89)/2 = 2.29, with the kink at 0.3
    /// given as a break point (QAGP).
    @Test func breakPointAtKink() throws {
        let r = try Quadrature.integrate({ abs($0 - 0.3) }, breakpoints: [-1, 0.3, 2])
        expectConverged(r, exact: 2.29)
    }

    /// QAGS copes with an integrable end-point singularity: ∫₀¹ x^{−1/2} dx = 2.
    @Test func integrableEndpointSingularity() throws {
        expectConverged(try Quadrature.integrate({ 1 / $0.squareRoot() }, from: 0, to: 1), exact: 2)
    }

    /// ∫₀¹ dx/x and ∫₁^∞ dx/x diverge: GSL reports failure, which arrives as a thrown `GSLError`
    /// (the GSL abort handler is off), not a crash and not a finite number.
    @Test func divergentIntegralThrows() {
        #expect(throws: GSLError.self) { try Quadrature.integrate({ 1 / $0 }, from: 0, to: 1) }
        #expect(throws: GSLError.self) { try Quadrature.integrate({ 1 / $0 }, fromLowerBound: 1) }
    }

    /// A tolerance GSL cannot meet within a tiny workspace is reported, not silently returned.
    @Test func exhaustedWorkspaceThrows() {
        let settings = Quadrature.Settings(relativeTolerance: 1e-13, subintervalLimit: 2)
        #expect(throws: GSLError.self) {
            try Quadrature.integrate({ sin(50 * $0) * exp(-$0) }, from: 0, to: 10, settings: settings)
        }
    }
}

@Suite struct GaussLegendreRuleTests {
    /// An n-point Gauss–Legendre rule integrates polynomials of degree ≤ 2n − 1 exactly and not
    /// degree 2n: its error for f is E_n = (b−a)^{2n+1} (n!)⁴ / ((2n+1) ((2n)!)³) · f^{(2n)}(ξ)
    /// (Davis & Rabinowitz, *Methods of Numerical Integration*, 2nd ed., eq. 2.7.12). For
    /// f = x^{2n}, f^{(2n)} = (2n)! is constant, so E_n = (b−a)^{2n+1} (n!)⁴ / ((2n+1) ((2n)!)²)
    /// exactly. Check n = 1: midpoint on [−1, 1] misses ∫x² = 2/3 entirely, and 2³·1/(3·2²) = 2/3.
    ///
    /// Round-off of the rule sum is at most n ε Σᵢ |wᵢ f(xᵢ)| (plus ε|exact| for the closed form);
    /// the tolerance is four times that.
    @Test(arguments: 1...12)
    func exactToDegreeTwoNMinusOne(n: Int) {
        let a = -1.0, b = 2.0
        let rule = GaussLegendreRule(points: n, from: a, to: b)
        #expect(rule.pointCount == n && rule.exactDegree == 2 * n - 1)
        #expect(rule.nodes == rule.nodes.sorted() && rule.nodes.allSatisfy { $0 > a && $0 < b })
        func integral(_ k: Int) -> Double { (pow(b, Double(k + 1)) - pow(a, Double(k + 1))) / Double(k + 1) }
        func roundOff(_ k: Int) -> Double {
            let absSum = zip(rule.nodes, rule.weights).reduce(0) { $0 + abs($1.1 * pow($1.0, Double(k))) }
            return 4 * (Double(n) * absSum + abs(integral(k))) * Double.ulpOfOne
        }
        for k in 0...(2 * n - 1) {
            let q = rule.integrate { pow($0, Double(k)) }
            #expect(abs(q - integral(k)) <= roundOff(k), "n = \(n), degree \(k)")
        }
        let k = 2 * n
        let q = rule.integrate { pow($0, Double(k)) }
        // (2n)! = n! · Π_{i=1}^n (n+i), so (n!)⁴/((2n)!)² = Π_{i=1}^n (i/(n+i))², a product that
        // stays in range.
        var ratio = 1.0
        for i in 1...n { ratio *= Double(i) * Double(i) / (Double(n + i) * Double(n + i)) }
        let errorFormula = pow(b - a, Double(2 * n + 1)) * ratio / Double(2 * n + 1)
        #expect(errorFormula > 100 * roundOff(k))
        #expect(abs((integral(k) - q) - errorFormula) <= roundOff(k), "n = \(n): degree 2n error")
    }

    /// Σ wᵢ = b − a (degree 0) for a shifted interval.
    @Test func weightsSumToLength() {
        let rule = GaussLegendreRule(points: 7, from: 3, to: 5.5)
        #expect(abs(rule.weights.reduce(0, +) - 2.5) <= 8 * Double.ulpOfOne)
    }
}
