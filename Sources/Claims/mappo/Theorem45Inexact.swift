import Foundation
import GSLKit
import MarkovGames

extension MAPPOClaims {
    /// mappo, Thm. 4.5, inexact case, with the constant of its proof: Algorithm 1 with low-dimensional
    /// log-linear features, Algorithm 3 (finite T) and a noisy critic, at the theorem's β (the fixed
    /// point β = sqrt((NB²/2)/(N log|A| + ΣΣ(Δ+δ))) of the run's own errors). Every term is computed:
    /// ε_k^m, ε'^m_k (exact σ_k-norms), φ_k^m, φ_k^{m−1} (Def. 4.4), Δ_k^m, δ_k^m. Right side
    /// √2·B√N·sqrt((N log|A| + ΣΣ(Δ+δ))/K)/(1−γ), the proof's bound at that β.
    static let theorem45Inexact = Claim(
        id: "mappo.thm4.5.inexact", paper: .mappo, source: "Theorem 4.5 (Sec. 4.2), inexact case; bound from its proof (App. B)",
        statement: theorem45Statement,
        reading: "the O(·) with the proof's constant √2, at the theorem's β (fixed point of β ↦ β(ΣΣ(Δ+δ) of the run at β)); B = 1/(1−γ); J(π̄) = (1/K)Σ_k J(π_{θ_k})",
        hypotheses: "Theorem45Instances.inexact: N = 2, |S| ≤ 3, |A| ≤ 3, d ≤ 3, R ∈ [1,4], T ∈ 50…200, critic sd ≤ 0.3B, K ∈ {5,10,20}; π* optimal deterministic, J = E_{ν*}V.",
        kind: .upperBound,
        check: ClaimCheck(family: Theorem45Instances.inexact) { x in
            let (run, residual, g) = try Theorem45Instances.inexactRun(x)
            let n = Double(g.agentCount), logA = log(Double(g.agents[0].actionCount)), b = run.bound
            let k = Double(run.settings.iterations)
            let total = n * logA + run.errorSum
            let rhs = 2.0.squareRoot() * b * n.squareRoot() * (total / k).squareRoot() / (1 - g.gamma)
            let agents = run.steps.flatMap(\.agents)
            let law = try OptimalReference(game: g).stationary
            return Evaluation(
                measurements: [Measurement("K=\(run.settings.iterations)", lhs: run.averageGap, .lessOrEqual, rhs: rhs,
                                           tolerance: Theorem45Instances.objectiveTolerance(g, iterations: run.settings.iterations, law: law),
                                           trivialBound: b)],
                quantities: [NamedValue("β (fixed point)", run.settings.beta), NamedValue("|β − F(β)|", residual),
                             NamedValue("ΣΣ(Δ+δ)", run.errorSum), NamedValue("N log|A|", n * logA),
                             NamedValue("max ε_k^m", agents.map(\.epsilon).max()!), NamedValue("max ε'_k^m", agents.map(\.epsilonPrime).max()!),
                             NamedValue("max φ_k^m", agents.map(\.phi).max()!), NamedValue("max φ_k^{m−1}", agents.map(\.phiPrevious).max()!),
                             NamedValue("ΣΣΔ", agents.reduce(0) { $0 + $1.bigDelta }), NamedValue("ΣΣδ", agents.reduce(0) { $0 + $1.smallDelta }),
                             NamedValue("B", b), NamedValue("K", k)])
        })
}
