import Foundation
import GSLKit

extension MFPPOClaims {
    static let assumption4Statement = "Assumption 4. The function ξ(s, d_S, ā) satisfies: for each (s, d_S) ∈ S̄ and any action a, we have (ξ(s, d_S, ā))² ≤ E_{x~d_S} τ₁(f_{β(0)}(s, x, ā))² + τ₂R_β² + τ₃. Remark: We will verify that with (τ₁, τ₂, τ₃) = (4, 4, 0), Assumption 4 holds for the policy evaluation step. With (τ₁, τ₂, τ₃) = (0, 0, r̄²), Assumption 4 holds for the policy improvement step."

    /// Mean-field MDPs with a network seed, a radius R and k (the improvement target's iteration).
    static let assumption4Family = MeanFieldInstances.family(
        "mean-field MDPs with a network initialisation, R ∈ [0.01, 2], k ∈ {1, …, 5}",
        searchScalars: ["radius": .positive],
        extra: { rng, x in
            x.scalars["radius"] = exp(rng.uniform(log(0.01), log(2)))
            x.integers["iteration"] = rng.integer(in: 1...5)
            x.integers["aligned"] = rng.integer(below: 2)
        })

    /// ξ² against τ₁ E_{x~d} f²_{β(0)} + τ₂R² + τ₃ at every (s, d, ā); the worst pair is reported.
    static func assumption4Evaluation(_ x: ClaimInstance, improvement: Bool,
                                              constants: (MeanFieldMDP) -> (Double, Double, Double)) throws -> Evaluation {
        let model = try MeanFieldInstances.model(x)
        let radius = try x.scalar("radius"), k = Double(try x.integer("iteration"))
        guard radius > 0 else { throw ClaimError.outsideHypotheses("R > 0") }
        let rng = RandomSource(seed: SeedSequence.derive(x.seed, "init"))
        let network = MeanPoolNetwork(localStates: model.dynamics.localStates, actions: model.actionCount, width: 64, rng: rng)
        let initial = network.localTable(network.initial)
        let nA = model.actionCount, rBar = model.maxAbsoluteReward
        var xi = model.mdp.rewards
        if improvement {
            // ξ = τ_{k+1}(v_k^{-1}F^Q_{θ_k} + τ_k^{-1}F^A_{α_k}) = (F^Q_{θ_k} + k F^A_{α_k})/(k + 1), both networks
            // within R of the shared initialisation; "aligned" displaces along Σ_z ψ(z) (raising every output).
            let direction: () -> [Double] = {
                (try? x.integer("aligned")) == 1 ? network.tangentFeatures().reduce([Double](repeating: 0, count: network.initial.count)) { zip($0, $1).map(+) }
                    : network.initial.map { _ in rng.normal() }
            }
            let critic = network.localTable(network.displaced(by: direction(), radius: radius))
            let actor = network.localTable(network.displaced(by: direction(), radius: radius))
            xi = (0..<(model.stateCount * nA)).map { i in
                let s = model.localState(of: i / nA), d = model.meanField(of: i / nA)
                return (network.pooled(critic, s, d, i % nA) + k * network.pooled(actor, s, d, i % nA)) / (k + 1)
            }
        }
        let (t1, t2, t3) = constants(model)
        var worst: (lhs: Double, rhs: Double, i: Int)? = nil
        for i in xi.indices {
            let s = model.localState(of: i / nA), d = model.meanField(of: i / nA)
            let square = (0..<model.dynamics.localStates).reduce(0.0) { $0 + d[$1] * pow(initial[network.feature(s, $1, i % nA)], 2) }
            let lhs = xi[i] * xi[i], rhs = t1 * square + t2 * radius * radius + t3
            if worst == nil || rhs - lhs < worst!.rhs - worst!.lhs { worst = (lhs, rhs, i) }
        }
        return Evaluation(
            measurements: [Measurement("ξ² ≤ τ₁E f²_{β(0)} + τ₂R² + τ₃ at the worst (x, ā) = \(worst!.i)", lhs: worst!.lhs, .lessOrEqual, rhs: worst!.rhs,
                                       tolerance: .roundoff(scale: max(worst!.lhs, worst!.rhs), operations: 64 * network.width, what: "network outputs"))],
            quantities: [NamedValue("τ₁", t1), NamedValue("τ₂", t2), NamedValue("τ₃", t3), NamedValue("R", radius), NamedValue("r̄ = max|r|", rBar),
                         NamedValue("max |ξ|", Vector.infinityNorm(xi)), NamedValue("m", Double(network.width))])
    }
}

