import Foundation
import GSLKit

extension DDPLClaims {
    /// A symmetric-width two-bump target inside A = [−1, 1] for the sampler's discretisation error.
    static let mixtureTargetFamily = InstanceFamily(
        description: "π* = w N(−m, v) + (1−w) N(m, v), w ~ U[0.3, 0.7], m ~ U[0.35, 0.6], √v ~ U[0.06, 0.1] (mass outside A = [−1, 1] below 10⁻⁵)"
    ) { rng in
        ClaimInstance(scalars: ["w": rng.uniform(0.3, 0.7), "m": rng.uniform(0.35, 0.6), "sd": rng.uniform(0.06, 0.1)])
    }

    static func mixtureTarget(_ x: ClaimInstance) throws -> DenoisingScoreMatching.Mixture {
        let w = try x.scalar("w"), m = try x.scalar("m"), sd = try x.scalar("sd")
        return .init(weights: [w, 1 - w], means: [-m, m], variances: [sd * sd, sd * sd])
    }

    /// ddpl, Theorem 4.1, the discretisation term as a rate in H: the sampler run with the exact scores
    /// (θ̂ = θ*, N → ∞) on schedule (24) with c' = 2, c'' = 4, its output density propagated on a grid
    /// (`ReverseDiffusionDensity`), projected onto A = [−1, 1]. The bound's shape d² log⁶H/H² is checked
    /// as D_TV²/log⁶H = O(H^{−2}) (`at-most`) over H = 64…2048 (1.5 decades; H ≥ 3c'' log H needs H ≥ 60).
    static let theorem41Horizon = Claim(
        id: "ddpl.thm4.1.H", paper: .ddpl, source: "Theorem 4.1 (Sec. 4.1); proof App. B.2, eqs. (34)–(36)",
        statement: theorem41Statement,
        reading: "the discretisation term as a rate in H (exact scores, N → ∞): D_TV²(π*, π^{θ*}) = O(d² log⁶H/H²), checked as D_TV²/log⁶H = O(H^{−2}); d = 1",
        hypotheses: "two-bump Gaussian-mixture target (see family), c_b = 1, schedule (24) with c' = 2, c'' = 4, H ∈ {64, …, 2048}; grid on [−6, 6], spacing 0.006",
        kind: .rate,
        check: ClaimCheck(family: mixtureTargetFamily) { x in
            let target = try mixtureTarget(x)
            let horizons = [64, 128, 256, 512, 1024, 2048]
            var projected: [Double] = [], plain: [Double] = []
            for h in horizons {
                let output = ReverseDiffusionDensity(target: target, schedule: DDPLNoiseSchedule(horizon: h, cPrime: 2, cDoublePrime: 4))
                projected.append(output.projectedTotalVariation(from: target, bound: 1))
                plain.append(output.totalVariation(from: target, bound: 1))
            }
            let hs = horizons.map(Double.init)
            let shaped = zip(hs, projected).map { $1 * $1 / pow(log($0), 6) }
            // ∇ log π* for a two-Gaussian mixture is Lipschitz; its constant (max |∂² log π*|) on a grid of A.
            let lipschitz = (0...4000).map { j -> Double in
                let a = -1 + Double(j) / 2000
                return abs(target.scoreAndDerivative(a, alphaBar: 1, noise: 0).derivative)
            }.max()!
            return Evaluation(
                rate: RateObservation(x: hs, y: shaped, claimedExponent: -2, kind: .atMost, xLabel: "H (denoising steps)", yLabel: "D_TV²(π*, Proj_A # q_0)/log⁶H"),
                quantities: zip(horizons, projected).map { NamedValue("D_TV at H = \($0)", $1) }
                    + [NamedValue("D_TV without projection at H = 2048", plain.last!), NamedValue("Lipschitz constant of ∇ log π* on A", lipschitz)],
                series: [PlotSeries(name: "D_TV²", x: hs, y: projected.map { $0 * $0 }, xLabel: "H", yLabel: "D_TV²"),
                         PlotSeries(name: "log⁶H/H²", x: hs, y: hs.map { pow(log($0), 6) / ($0 * $0) }, xLabel: "H", yLabel: "D_TV²")])
        },
        defaultInstances: 2)
}
