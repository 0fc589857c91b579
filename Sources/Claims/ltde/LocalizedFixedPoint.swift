import GSLKit

/// The tabular (M → ∞, R → ∞) limit of ltde's localized critic: the fixed point of Proj_F T_s^Π in
/// L2(ν) (Lemma D.1, (D.5)–(D.6)) when F is every function of ζ_s^k. With Φ the indicator matrix of
/// the classes of equal ζ_s^k and D_ν = diag(ν), it solves the projected Bellman equation
///
///   Φᵀ D_ν (Φ − γP^Π Φ) w = Φᵀ D_ν r_s,   Q_loc = Φw,
///
/// a K × K linear system (K classes).
struct LocalizedFixedPoint: Sendable {
    /// Q_loc on Ξ (constant on classes).
    let values: [Double]
    /// ‖A w − b‖_∞ of the K × K solve.
    let residual: Double

    init(chain: TeamChain, reward r: [Double], nu: [Double], classes: [[Int]]) throws(GSLError) {
        let n = chain.space.count, kCount = classes.count
        var classOf = [Int](repeating: 0, count: n)
        for (j, members) in classes.enumerated() { for xi in members { classOf[xi] = j } }
        var a = Matrix(rows: kCount, columns: kCount), b = [Double](repeating: 0, count: kCount)
        for xi in 0..<n where nu[xi] > 0 {
            let i = classOf[xi]
            a.storage[i * kCount + i] += nu[xi]
            b[i] += nu[xi] * r[xi]
            for t in 0..<n {
                let p = chain.transition[xi, t]
                if p != 0 { a.storage[i * kCount + classOf[t]] -= chain.gamma * nu[xi] * p }
            }
        }
        let solution = try a.solve(b)
        values = classOf.map { solution.x[$0] }
        residual = solution.residualNorm
    }
}

/// L2(ν) norm ‖f‖_{L2(ν)} = (Σ ν f²)^{1/2} (D.1).
func l2Norm(_ f: [Double], weights nu: [Double]) -> Double {
    zip(f, nu).reduce(0.0) { $0 + $1.1 * $1.0 * $1.0 }.squareRoot()
}
