@testable import Claims
import Testing

/// The box-constrained quadratic program shared by mappo's pessimistic evaluation and ltde's
/// projections, on problems solved by hand.
@Suite struct BoxQuadraticProgramTests {
    /// Separable: ½wᵀ(2I)w + (−6, 1)ᵀw on [0,1]² is x² − 6x + y² + y, minimised at the corner (1, 0)
    /// with value −5. Coupled: H = [[2,1],[1,2]], c = (−1,−1) on [0,10]²: Hw = (1,1) gives the interior
    /// w = (1/3, 1/3), value −1/3. The Frank–Wolfe gap certifies Φ(w) − Φ* ≤ gap, and with H ⪰ I here
    /// ‖w − w*‖² ≤ 2·gap.
    @Test func quadraticFormsByHand() {
        let separable = BoxQuadraticProgram(hessian: [2, 0, 0, 2], linear: [-6, 1], lower: [0, 0], upper: [1, 1])
            .solve(gapTolerance: 1e-13)
        #expect(abs(separable.point[0] - 1) < 1e-12 && abs(separable.point[1]) < 1e-12)
        #expect(abs(separable.value + 5) < 1e-12)
        let coupled = BoxQuadraticProgram(hessian: [2, 1, 1, 2], linear: [-1, -1], lower: [0, 0], upper: [10, 10])
            .solve(gapTolerance: 1e-13)
        #expect(coupled.gap < 1e-13)
        #expect(abs(coupled.point[0] - 1.0 / 3) < 1e-6 && abs(coupled.point[1] - 1.0 / 3) < 1e-6)
        #expect(abs(coupled.value + 1.0 / 3) < 1e-12)
    }

    /// H = 0: Φ(w) = 2w₁ − 3w₂ + 1 on [−1, 1] × [0, 4] is least at (−1, 4), value −13, gap 0.
    @Test func linearObjectiveGoesToTheFavouredBounds() {
        let s = BoxQuadraticProgram(hessian: [0, 0, 0, 0], linear: [2, -3], constant: 1, lower: [-1, 0], upper: [1, 4])
            .solve(gapTolerance: 0)
        #expect(s.point == [-1, 4])
        #expect(s.value == -13 && s.gap == 0)
    }

    /// Least squares: min (w − 3)² over [0, 1] is at the clipped w = 1 with Φ = 4 and gap 0 there;
    /// min (w₁ + w₂ − 1)² + (w₁ − w₂)² over [−5, 5]² is the interior solution w = (½, ½), Φ = 0.
    @Test func leastSquaresByHand() {
        let clipped = BoxQuadraticProgram.leastSquares(rows: [[1]], targets: [3], weights: [1], lower: [0], upper: [1])
            .solve(gapTolerance: 1e-20)
        #expect(abs(clipped.point[0] - 1) < 1e-12)
        #expect(abs(clipped.value - 4) < 1e-11)
        let interior = BoxQuadraticProgram.leastSquares(rows: [[1, 1], [1, -1]], targets: [1, 0], weights: [1, 1],
                                                        lower: [-5, -5], upper: [5, 5])
            .solve(gapTolerance: 1e-24)
        #expect(abs(interior.point[0] - 0.5) < 1e-10 && abs(interior.point[1] - 0.5) < 1e-10)
        #expect(abs(interior.value) < 1e-12)
    }
}
