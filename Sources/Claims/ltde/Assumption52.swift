import Foundation
import GSLKit

extension LTDEClaims {
    /// ltde, Assumption 5.2 (regularity of ν_θ and σ_θ): P_{ζ~ν_θ}(|vᵀζ| ≤ α) ≤ c₀α and the same for
    /// σ_θ, for every policy, α ≥ 0 and unit v. In the finite-N model ν_θ and σ_θ are atomic on Ξ, so
    /// at α = 0 and v orthogonal to an atom ζ₀ the left side is at least the atom's mass while the
    /// right side is c₀·0 = 0 for every c₀. Left side: that mass (exact ν, σ); right side 0.
    static let assumption52 = Claim(
        id: "ltde.asm5.2", paper: .ltde, source: "Assumption 5.2 (Sec. 5), with Remark 5.3",
        statement: "There exists a universal constant c₀ > 0 such that for any policy Π^θ, any α ≥ 0, and any v ∈ ℝ^{d_ζ} with ‖v‖₂ = 1, the stationary distribution ν_θ and the state visitation measure σ_θ satisfy P_{ζ~ν_θ}(|vᵀζ| ≤ α) ≤ c₀·α, P_{ζ~σ_θ}(|vᵀζ| ≤ α) ≤ c₀·α.",
        reading: "ζ ∈ Ξ embedded as the vector (µ(x), h(x))_{x∈S} ∈ ℝ^{|S|(1+|A|)} (h(x) := 1/m for an empty team); any injective linear embedding gives the same conclusion, since an atom ζ₀ ≠ 0 has an orthogonal unit v as soon as d ≥ 2; α = 0, which \"any α ≥ 0\" allows",
        hypotheses: "neural actor family (M = 4); ν_θ and σ_θ (P₀ = law of µ under uniform profiles) exact; v a unit vector orthogonal to the heaviest atom; atoms within round-off of the hyperplane counted",
        kind: .upperBound,
        check: ClaimCheck(family: neuralActorFamily) { x in
            let instance = try GibbsInstance(x)
            let pg = try instance.gradient(reading: .printed)
            let space = pg.space
            let all = Array(0..<space.nodeCount)
            let zetas = (0..<space.count).map { space.localizedFeature($0, ball: all) }
            let nu = try pg.chain.stationaryDistribution()
            var measurements: [Measurement] = [], quantities: [NamedValue] = []
            for (name, law) in [("ν_θ", nu), ("σ_θ", pg.sigma)] {
                let heaviest = law.indices.max { law[$0] < law[$1] }!
                let v = unitOrthogonal(to: zetas[heaviest])
                var onPlane = 0.0
                for (xi, z) in zetas.enumerated() where abs(Vector.dot(v, z)) <= 8 * Double.ulpOfOne * Vector.oneNorm(z) { onPlane += law[xi] }
                measurements.append(Measurement("\(name): P(|vᵀζ| ≤ 0), v ⊥ heaviest atom", lhs: onPlane, .lessOrEqual, rhs: 0, tolerance: .exact,
                                                trivialBound: 1))
                quantities.append(NamedValue("\(name): mass of the heaviest atom", law[heaviest]))
                for alpha in [1e-1, 1e-2, 1e-3] {
                    let mass = zip(zetas, law).reduce(0.0) { $0 + (abs(Vector.dot(v, $1.0)) <= alpha ? $1.1 : 0) }
                    quantities.append(NamedValue("\(name): P(|vᵀζ| ≤ \(alpha))/α", mass / alpha))
                }
            }
            return Evaluation(measurements: measurements, quantities: quantities,
                              notes: [instance.network.description + "; the ratio P(|vᵀζ| ≤ α)/α grows like (atom mass)/α as α → 0, so no c₀ exists"])
        })

    /// A unit vector orthogonal to z (Gram–Schmidt on the coordinate vector where |z| is smallest).
    static func unitOrthogonal(to z: [Double]) -> [Double] {
        let j = z.indices.min { abs(z[$0]) < abs(z[$1]) }!
        var e = [Double](repeating: 0, count: z.count)
        e[j] = 1
        let zz = Vector.dot(z, z)
        let proj = zz > 0 ? z[j] / zz : 0
        let v = (0..<z.count).map { e[$0] - proj * z[$0] }
        let norm = Vector.twoNorm(v)
        return v.map { $0 / norm }
    }
}
