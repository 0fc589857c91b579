import Foundation
import GSLKit

extension NeuralTDCritic {
    /// A radius R for which f (constant on `classes`) lies in the linearisation F_{R,M} of this critic at
    /// ω(0) (the class of (D.4) with Algorithm 1's signs b_m): √M‖Δ‖_∞ for the minimum-norm Δ with
    /// Σ_m b_m 1{[ω(0)]_mᵀζ_c > 0}(ω(0) + Δ)_mᵀζ_c/√M = f(c) on every class (a certificate for every
    /// R at least this large); `nil` when the class features are linearly dependent.
    func certifyingRadius(_ f: [Double], classes: [[Int]]) -> Double? {
        let d = inputDimension, scale = 1 / Double(width).squareRoot()
        let rows = classes.map { members -> [Double] in
            let zeta = inputs[members[0]]
            return (0..<width).flatMap { m -> [Double] in
                let pre = (0..<d).reduce(0.0) { $0 + zeta[$1] * initial[m * d + $1] }
                return pre > 0 ? zeta.map { $0 * scale * signs[m] } : [Double](repeating: 0, count: d)
            }
        }
        let residual = classes.enumerated().map { c, members in f[members[0]] - Vector.dot(rows[c], initial) }
        let k = rows.count
        var gram = Matrix(rows: k, columns: k)
        for i in 0..<k { for j in 0..<k { gram.storage[i * k + j] = Vector.dot(rows[i], rows[j]) } }
        guard let alpha = try? gram.solve(residual).x else { return nil }
        var delta = [Double](repeating: 0, count: initial.count)
        for (c, row) in rows.enumerated() { for i in 0..<row.count { delta[i] += alpha[c] * row[i] } }
        return Vector.infinityNorm(delta) / scale
    }
}

extension LTDEClaims {
    /// ltde, Theorem D.2 (cited from Cai et al. [6], Thm. 4.6): with η_critic = min{(1−γ)/8, T^{−1/2}},
    /// E_init ‖Q_s(·; ω̄) − Q_0(·; ω*)‖²_{L2(ν)} ≤ O(R²d/√T_critic + R³d^{3/2}/√M + R^{5/2}d^{5/4}/M^{1/4}).
    /// At k = 1 < ecc(0) the fixed point Q_0(·; ω*) of Proj_{F_{R,M}} T is the tabular projected fixed
    /// point Q_loc whenever Q_loc lies in F_{R,M} (then it is a fixed point, unique by Lemma D.1): R is
    /// chosen, once per instance, as the largest certifying radius over every width and initialisation
    /// used (and at least 2(‖Q_0‖_∞ + 2)); with T_critic = 16M, fitted against M, claimed ≤ −1/4.
    static let theoremD2 = Claim(
        id: "ltde.thmD.2", paper: .ltde, source: "Theorem D.2 (App. D.1.2)",
        statement: "Set η_critic = min{(1−γ)/8, 1/√T_critic} in Algorithm 1. Then the output Q_s(·; ω̄) of Algorithm 1 satisfies E_init[‖Q_s(·; ω̄) − Q_0(·; ω*)‖²_{L2(ν_θ)}] ≤ O(R² d_{ζ_s^k}/√T_critic + R³ d_{ζ_s^k}^{3/2}/√M + R^{5/2} d_{ζ_s^k}^{5/4}/M^{1/4}).",
        reading: "the M-dependence with T_critic = 16M (all three terms then decay at least like M^{−1/4}); Q_0(·; ω*) = Q_loc, certified to lie in F_{R,M} for every initialisation used",
        hypotheses: "3-node paths, N = 2, m = 2; team 0, k = 1 (d = 6); R fixed per instance: the largest radius certifying Q_loc ∈ F_{R,M} over the widths and initialisations used, at least 2(‖Q_0‖_∞ + 2); b_m ~ Unif{±1}; M = 16 … 512, 4 initialisations per M",
        kind: .rate,
        check: ClaimCheck(family: criticFamily) { x in
            let problem = try TeamProblem(x)
            let reading = rewardReading(x)
            let r = problem.rewards(reading).values[0]
            let q = try problem.chain.actionValues(reward: r).values
            let nu = try problem.chain.stationaryDistribution()
            let classes = OutsideSpread(actionValues: q, space: problem.space, team: 0, hops: 1).classes
            let local = try LocalizedFixedPoint(chain: problem.chain, reward: r, nu: nu, classes: classes).values
            let widths = [16, 32, 64, 128, 256, 512]
            let rng = RandomSource(seed: x.seed).child("critic")
            func critic(width m: Int, seed: Int, radius: Double) -> NeuralTDCritic {
                NeuralTDCritic(space: problem.space, team: 0, hops: 1, width: m, radius: radius, steps: 16 * m,
                               gamma: problem.gamma, rng: rng.child("M=\(m)#\(seed)").child("init"))
            }
            var radius = 2 * (Vector.infinityNorm(q) + 2)
            for m in widths {
                for seed in 0..<4 {
                    guard let needed = critic(width: m, seed: seed, radius: radius).certifyingRadius(local, classes: classes) else {
                        throw ClaimError.outsideHypotheses("the linearised features at M = \(m) are linearly dependent on the classes: Q_0(·; ω*) is not known exactly")
                    }
                    radius = max(radius, 1.0001 * needed)
                }
            }
            let errors = widths.map { m in
                criticError(problem: problem, reward: r, target: local, nu: nu, team: 0, hops: 1, width: m, radius: radius, seeds: 4, rng: rng)
            }
            return Evaluation(
                rate: RateObservation(x: widths.map(Double.init), y: errors, claimedExponent: -0.25, kind: .atMost,
                                      xLabel: "M (width)", yLabel: "E_init ‖Q_s(ω̄) − Q_0(ω*)‖²_{L2(ν)}"),
                quantities: [NamedValue("γ", problem.gamma), NamedValue("R", radius)] + zip(widths, errors).map { NamedValue("M = \($0)", $1) },
                notes: ["\(problem.instance.description); \(reading.phrase)"])
        },
        defaultInstances: 2)
}
