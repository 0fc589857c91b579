import Foundation
import GSLKit

extension DDPLClaims {
    /// `issmScheduleFamily` with the action bound c_b log-uniform in [0.01, 2] (the proposal rescaled with
    /// it), H ≤ 100, and two parameters θ, θ̃ of the class s^θ(x) = θ₁ g(x) + θ₂, g(x) = min(max(|x| − c_b, 0), 1) with |θ₁| + |θ₂| ≤ c₂.
    static let coveringFamily: InstanceFamily = {
        let base = issmScheduleFamily
        return InstanceFamily(
            description: base.description.replacingOccurrences(of: "c_b ~ U[0.5, 2]", with: "c_b log-uniform in [0.01, 2]")
                .replacingOccurrences(of: "H log-uniform in [20, 200]", with: "H log-uniform in [20, 100]")
                + "; θ, θ̃ on |θ₁| + |θ₂| ≤ c₂ for s^θ(x) = θ₁ g(x) + θ₂, g(x) = min(max(|x| − c_b, 0), 1); in half the pairs θ̃₂ = θ₂ (fields that agree on A)",
            searchSpace: SearchSpace(scalars: ["bound": .interval(0.001, 3)], vectors: ["theta": false, "thetaTilde": false]),
            admissible: { x in
                if let r = base.admissible(x) { return r }
                guard let c2 = x.scalars["c2"], let t = x.vectors["theta"], let u = x.vectors["thetaTilde"], t.count == 2, u.count == 2 else { return "needs c₂, θ, θ̃" }
                return abs(t[0]) + abs(t[1]) <= c2 && abs(u[0]) + abs(u[1]) <= c2 ? nil : "|θ₁| + |θ₂| ≤ c₂ (linear growth)"
            }
        ) { rng in
            var x = try base.sample(rng)
            while x.scalars["horizon"]! > 100 { x = try base.sample(rng) }
            let old = x.scalars["bound"]!, new = pow(10, rng.uniform(-2, log10(2)))
            x.scalars["bound"] = new
            x.scalars["proposalMean"]! *= new / old
            x.scalars["proposalSD"]! *= new / old
            let c2 = x.scalars["c2"]!
            func draw() -> [Double] {
                let r = c2 * rng.uniform(), share = rng.uniform()
                return [(rng.uniform() < 0.5 ? -1 : 1) * r * share, (rng.uniform() < 0.5 ? -1 : 1) * r * (1 - share)]
            }
            let theta = draw()
            var other = draw()
            // Half the pairs agree on A (same θ₂, so |s^θ − s^θ̃| = |Δθ₁| g vanishes there).
            if rng.uniform() < 0.5 { other[1] = theta[1]; other[0] = (c2 - abs(theta[1])) * rng.uniform(-1, 1) }
            x.vectors["theta"] = theta
            x.vectors["thetaTilde"] = other
            return x
        }
    }()

    /// The weighted-loss class of an instance, its c_w, and the factor 3(c'+c'')c₂c_w(1+c_b+2√d) log H of eq. (38).
    static func weightedLossClass(_ x: ClaimInstance) throws -> (loss: WeightedLossClass, factor: Double, cw: Double, c1Schedule: Double, bound: Double, c2: Double) {
        let target = try issmTarget(x)
        let (s, h, c1, c2p) = try schedule(of: x)
        let c2 = try x.scalar("c2")
        let z = try target.normalizer().value
        let cw = try target.maximalWeight(normalizer: z)
        let factor = 3 * (c1 + c2p) * c2 * cw * (1 + target.bound + 2) * log(Double(h))
        return (try WeightedLossClass(target: target, schedule: s), factor, cw, c1, target.bound, c2)
    }
}
