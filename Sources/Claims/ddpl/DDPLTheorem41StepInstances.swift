import Foundation
import GSLKit

extension DDPLClaims {
    /// A one-dimensional ISSM problem (`issmFamily`) on A = [−c_b, c_b] with schedule (24) and an affine
    /// score field s_τ(x) = u x + b at the edge of linear growth (|u| = |b| = c₂, signs drawn).
    static let issmScheduleFamily: InstanceFamily = {
        let base = issmFamily
        return InstanceFamily(
            description: base.description.replacingOccurrences(of: "; linear β from U[10⁻³, 0.05] to U[0.2, 0.6], H ∈ 2…5; u_τ, b_τ ~ U[−1, 1]", with: "")
                + "; schedule (24) with c' ~ U[1, 4], c'' ~ U[1, 8], H log-uniform in [20, 200] with H ≥ 3c'' log H; c₂ ~ U[1, 3]; s(x) = ±c₂x ± c₂",
            searchSpace: SearchSpace(scalars: ["lambda": .interval(0.01, 10), "proposalMean": .interval(-1, 1), "proposalSD": .interval(0.05, 3)]),
            admissible: base.admissible
        ) { rng in
            var x = try base.sample(rng)
            while true {
                let c1 = rng.uniform(1, 4), c2 = rng.uniform(1, 8), h = pow(10, rng.uniform(log10(20), log10(200))).rounded()
                if DDPLNoiseSchedule.lemmaCondition(horizon: Int(h), cDoublePrime: c2) {
                    x.scalars["cPrime"] = c1
                    x.scalars["cDoublePrime"] = c2
                    x.scalars["horizon"] = h
                    break
                }
            }
            x.scalars["c2"] = rng.uniform(1, 3)
            x.scalars["slopeSign"] = rng.uniform() < 0.5 ? -1 : 1
            x.scalars["interceptSign"] = rng.uniform() < 0.5 ? -1 : 1
            return x
        }
    }()

    /// l^θ(a) of eq. (25) as printed (target +ε/√(1−ᾱ)) for s(x) = u x + b on schedule `s`:
    /// Σ_τ β_τ[(u√ᾱ_τ a + b)² + (u√(1−ᾱ_τ) − 1/√(1−ᾱ_τ))²].
    static func affineScheduleLoss(slope u: Double, intercept b: Double, schedule s: DDPLNoiseSchedule) -> (Double) -> Double {
        { a in
            var total = 0.0
            for t in 0..<s.horizon {
                let sd = s.oneMinusAlphaBar[t].squareRoot()
                let mean = u * s.alphaBar[t].squareRoot() * a + b, noise = u * sd - 1 / sd
                total += s.beta[t] * (mean * mean + noise * noise)
            }
            return total
        }
    }

    /// The pieces the steps of Theorem 4.1's proof share.
    struct ISSMStep {
        let target: ImportanceSampledTarget
        let schedule: DDPLNoiseSchedule
        let loss: (Double) -> Double
        let normalizer: Double
        let c2: Double
        let kappa1: Double
        let cw: Double
        let fourthMoment: QuadratureResult

        init(_ x: ClaimInstance) throws {
            target = try issmTarget(x)
            let (s, h, c1, c2p) = try DDPLClaims.schedule(of: x)
            schedule = s
            c2 = try x.scalar("c2")
            loss = affineScheduleLoss(slope: try x.scalar("slopeSign") * c2, intercept: try x.scalar("interceptSign") * c2, schedule: s)
            normalizer = try target.normalizer().value
            // κ₁ = 3(c' + c'')c₂²(1 + c_b + 2√d)² log H, d = 1 (eq. 27).
            let edge: Double = 3 + target.bound
            let squares: Double = c2 * c2 * edge * edge
            kappa1 = 3 * (c1 + c2p) * squares * log(Double(h))
            cw = try target.maximalWeight(normalizer: normalizer)
            let z = normalizer, t = target
            fourthMoment = try target.proposalExpectation { pow(t.weight($0, normalizer: z), 4) }
        }

        var quantities: [NamedValue] {
            [NamedValue("κ₁", kappa1), NamedValue("c_w", cw), NamedValue("E_p̃ w⁴", fourthMoment.value), NamedValue("c₂", c2),
             NamedValue("c_b", target.bound), NamedValue("H", Double(schedule.horizon)), NamedValue("λ", target.lambda)]
        }
    }
}
