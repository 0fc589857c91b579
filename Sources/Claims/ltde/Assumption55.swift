import Foundation
import GSLKit

extension LTDEClaims {
    /// The single-sample actor estimator of (4.14) at configuration ξ for team s:
    /// ĝ_s^{(1)}(ξ) = (τ/(1−γ)) (Σ_{y∈N_s^k} Q̂_y(ξ)) Φ(θ, s, ξ) = (1/(1−γ)) (Σ_y Q̂_y(ξ)) ∇_{θ_s} log Π_s(ξ),
    /// with the exact centring of Algorithm 2 and critics Q̂_y.
    static func singleSampleEstimator(_ pg: TeamPolicyGradient, team s: Int, critics: [[Double]], hops k: Int) -> [[Double]] {
        let ball = pg.space.graph.neighbourhood(of: s, hops: k)
        return (0..<pg.space.count).map { xi in
            let value = ball.reduce(0) { $0 + critics[$1][xi] } / (1 - pg.gamma)
            return pg.score(team: s, xi).map { value * $0 }
        }
    }

    /// ltde, Assumption 5.5 (variance bound): E‖ξ_s(t)‖₂² ≤ τ²Σ²/B for the batch estimator (4.14) with
    /// B i.i.d. samples from σ_θ. On finite Ξ a finite Σ exists, Σ² = Var_σ(ĝ_s^{(1)})/τ², because B
    /// i.i.d. samples divide the single-sample variance by B. Left side: B·E‖ξ_s‖² for B = 2 and
    /// B = 3, by summing over all B-tuples of configurations; right side: Var_σ(ĝ_s^{(1)}) from one sum.
    static let assumption55 = Claim(
        id: "ltde.asm5.5", paper: .ltde, source: "Assumption 5.5 (Sec. 5), with (4.14)",
        statement: "For every t ∈ [T_actor] and s ∈ S, denote ξ_s(t) = ĝ_s(θ(t)) − E[ĝ_s(θ(t))] with ĝ_s(θ(t)) defined in (4.14). Assume there exists Σ > 0 such that E‖ξ_s(t)‖₂² ≤ τ²Σ²/B. Here the expectations are taken over σ_{θ(t)} given {ω̄_s}_{s∈S}.",
        reading: "checked through its 1/B form: B·E‖ξ_s‖² = Var_σ(ĝ_s^{(1)}) (so Σ² = max_s Var_σ(ĝ_s^{(1)})/τ² is finite and satisfies the assumption with equality); critics Q̂_y = E_ν[Q_y | ζ_y^k] at k = 1",
        hypotheses: "neural actor family (M = 4), r_s as printed; every team s; B = 2 and 3 by exhaustive sums over Ξ^B",
        kind: .identity,
        check: ClaimCheck(family: neuralActorFamily) { x in
            let instance = try GibbsInstance(x)
            let pg = try instance.gradient(reading: .printed)
            let nu = try pg.chain.stationaryDistribution()
            let critics = localTeamQ(pg, hops: 1, weights: .stationary, nu: nu)
            let tau = try x.scalar("temperature")
            var measurements: [Measurement] = [], sigmaSquared = 0.0
            let support = (0..<pg.space.count).filter { pg.sigma[$0] > 0 }
            for s in 0..<pg.space.nodeCount {
                let g = singleSampleEstimator(pg, team: s, critics: critics, hops: 1)
                let dim = g[0].count
                var mean = [Double](repeating: 0, count: dim), second = 0.0
                for xi in support {
                    for i in 0..<dim { mean[i] += pg.sigma[xi] * g[xi][i] }
                    second += pg.sigma[xi] * Vector.dot(g[xi], g[xi])
                }
                let variance = second - Vector.dot(mean, mean)
                sigmaSquared = max(sigmaSquared, variance / (tau * tau))
                var pairs = 0.0, triples = 0.0
                for a in support {
                    for b in support {
                        let w2 = pg.sigma[a] * pg.sigma[b]
                        var d2 = 0.0
                        for i in 0..<dim { let e = (g[a][i] + g[b][i]) / 2 - mean[i]; d2 += e * e }
                        pairs += w2 * d2
                        for c in support {
                            var d3 = 0.0
                            for i in 0..<dim { let e = (g[a][i] + g[b][i] + g[c][i]) / 3 - mean[i]; d3 += e * e }
                            triples += w2 * pg.sigma[c] * d3
                        }
                    }
                }
                let tol = Tolerance.roundoff(scale: second, operations: 3 * support.count * dim, what: "sums over Ξ^B")
                measurements.append(Measurement("s=\(s), B = 2", lhs: 2 * pairs, .equal, rhs: variance, tolerance: tol))
                measurements.append(Measurement("s=\(s), B = 3", lhs: 3 * triples, .equal, rhs: variance, tolerance: tol))
            }
            return Evaluation(measurements: measurements, quantities: [NamedValue("Σ² = max_s Var(ĝ_s^{(1)})/τ²", sigmaSquared), NamedValue("τ", tau)],
                              notes: [instance.network.description])
        })
}
