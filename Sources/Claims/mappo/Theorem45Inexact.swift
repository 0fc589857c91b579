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

    /// The inexact run the proof steps are checked on: β = B/sqrt(2 log|A|), the theorem's β without
    /// errors (every step holds for any β, so no fixed point is needed).
    static func stepRun(_ x: ClaimInstance) throws -> (run: Algorithm1Run, game: OptimalReferenceGame) {
        var s = try Theorem45Instances.inexactSetup(x)
        s.settings.beta = 1 / (1 - s.game.gamma) / (2 * log(Double(s.game.agents[0].actionCount))).squareRoot()
        let run = try Algorithm1Run(game: s.game, reference: s.reference, features: s.features, settings: s.settings)
        return (run, OptimalReferenceGame(game: s.game, reference: s.reference))
    }

    static let stepHypotheses = "Theorem45Instances.inexact, one run of Algorithm 1 at β = B/sqrt(2 log|A|) (the steps hold for any β); every iteration k and agent m; B = 1/(1−γ); E_{σ*} over (s,a^{1:m−1}) ~ ν*π*^{1:m−1}."

    /// mappo, Thm. 4.5 proof, inequality (14), per (k, m): Lemma B.6 averaged over σ* with Lemma B.5.
    static let theorem45Step1 = Claim(
        id: "mappo.thm4.5/step1", paper: .mappo, source: "Theorem 4.5 proof (App. B), eq. (14)",
        statement: "β_k⁻¹E_{σ*}⟨A_{π_{θ_k}}^{1:m}(s,a^{1:m−1},·), π*^m − π_{θ_k}^m⟩ ≤ E_{σ*}[KL(π*^m‖π_{θ_k}^m) − KL(π*^m‖π_{θ_{k+1}}^m)] + Δ_k^m − E_{σ*}[½‖π_{θ_{k+1}}^m − π_{θ_k}^m‖₁² + ⟨(θ_{k+1}^m − θ_k^m)ᵀϕ, π_{θ_k}^m − π_{θ_{k+1}}^m⟩].",
        hypotheses: stepHypotheses,
        kind: .upperBound,
        check: ClaimCheck(family: Theorem45Instances.inexact) { x in
            let (run, ref) = try stepRun(x)
            var ms: [Measurement] = []
            for (k, step) in run.steps.enumerated() {
                for agent in step.agents {
                    let t = try DescentInequality(agent)
                    ms.append(Measurement("k=\(k) m=\(agent.m)", lhs: t.scaledAdvantage, .lessOrEqual, rhs: t.bound,
                                          tolerance: StepTolerance.weighted(step, agent, scale: t.scale, count: agent.q.count, what: "the σ*-averages of (14)")))
                }
            }
            return Evaluation(measurements: ms, quantities: [NamedValue("β_k", run.steps[0].beta), NamedValue("J(π*)", ref.reference.optimalObjective)])
        })

    /// mappo, Thm. 4.5 proof, "LHS: this equals (1−γ)Σ_k β_k⁻¹(J(π*) − J(π_{θ_k})) by Lemma 4.1", per k.
    static let theorem45Step2 = Claim(
        id: "mappo.thm4.5/step2", paper: .mappo, source: "Theorem 4.5 proof (App. B), summed left side via Lemma 4.1",
        statement: "Σ_{m=1}^N β_k⁻¹E_{σ*}⟨A_{π_{θ_k}}^{1:m}(s,a^{1:m−1},·), π*^m − π_{θ_k}^m⟩ = (1−γ)β_k⁻¹(J(π*) − J(π_{θ_k})).",
        hypotheses: stepHypotheses,
        kind: .identity,
        check: ClaimCheck(family: Theorem45Instances.inexact) { x in
            let (run, ref) = try stepRun(x)
            return Evaluation(measurements: try run.steps.enumerated().map { k, step in
                let lhs = try step.agents.reduce(0) { $0 + (try DescentInequality($1)).scaledAdvantage }
                let rhs = (1 - ref.game.gamma) * (run.optimalObjective - step.objective) / step.beta
                return Measurement("k=\(k)", lhs: lhs, .equal, rhs: rhs,
                                   tolerance: PolicyInstances.tolerance(ref.game, scale: run.bound / step.beta, solves: 3,
                                                                        stationary: ref.reference.stationary, what: "Q^{1:m}, V_π*, V_{π_k}"))
            })
        })

    /// mappo, Thm. 4.5 proof, "(i) … upper bounded by N log|A| because … the initial policy π_{θ_0}
    /// is uniformly distributed": Σ_m E_{σ*}KL(π*^m‖π_{θ_0}^m) ≤ N log|A|.
    static let theorem45Step3 = Claim(
        id: "mappo.thm4.5/step3", paper: .mappo, source: "Theorem 4.5 proof (App. B), term (i)",
        statement: "After summation over k and m, the KL terms are upper bounded by N log|A|: for any m, E_{σ*}KL(π*^m‖π_{θ_0}^m) ≤ log|A| since π_{θ_0} is uniform; and Σ_k E_{σ*}[KL(π*^m‖π_{θ_k}^m) − KL(π*^m‖π_{θ_{k+1}}^m)] = E_{σ*}KL(π*^m‖π_{θ_0}^m) − E_{σ*}KL(π*^m‖π_{θ_K}^m).",
        hypotheses: stepHypotheses + " One measurement of Σ_m E_{σ*}KL(π*^m‖π_{θ_0}^m) against N log|A| and one of the telescoped KL drops Σ_k against the same bound.",
        kind: .upperBound,
        check: ClaimCheck(family: Theorem45Instances.inexact) { x in
            let (run, ref) = try stepRun(x)
            let n = Double(ref.game.agentCount), logA = log(Double(ref.game.agents[0].actionCount))
            let initial = try run.steps[0].agents.reduce(0) { $0 + (try DescentInequality($1)).klToCurrent }
            let telescoped = try run.steps.reduce(0) { s, step in try step.agents.reduce(s) { $0 + (try DescentInequality($1)).klDrop } }
            let tol = Tolerance.roundoff(scale: n * logA, operations: 64 * run.steps.count, what: "KL sums") + Tolerance(4 * n * logA * run.steps[0].lawError, "ν* forward error")
            return Evaluation(measurements: [Measurement("Σ_m KL(π*‖π_0)", lhs: initial, .lessOrEqual, rhs: n * logA, tolerance: tol),
                                             Measurement("Σ_k Σ_m KL drop", lhs: telescoped, .lessOrEqual, rhs: n * logA, tolerance: tol)])
        })

    /// mappo, Thm. 4.5 proof, "(ii)": Hölder, Lemma B.4, ‖π − π'‖₁ ≤ 2 and −½x² + yx ≤ ½y² give
    /// −E_{σ*}[½‖π_{θ_{k+1}} − π_{θ_k}‖₁² + ⟨(θ_{k+1} − θ_k)ᵀϕ, π_{θ_k} − π_{θ_{k+1}}⟩] ≤ δ_k^m + B²/(2β_k²), per (k, m).
    static let theorem45Step4 = Claim(
        id: "mappo.thm4.5/step4", paper: .mappo, source: "Theorem 4.5 proof (App. B), term (ii)",
        statement: "−E_{σ*}[½‖π_{θ_{k+1}}^m − π_{θ_k}^m‖₁² + ⟨(θ_{k+1}^m − θ_k^m)ᵀϕ, π_{θ_k}^m − π_{θ_{k+1}}^m⟩] ≤ δ_k^m + B²/(2β_k²) (using Hölder, Lemma B.4 and ‖π_{θ_k}^m − π_{θ_{k+1}}^m‖₁ ≤ 2).",
        hypotheses: stepHypotheses,
        kind: .upperBound,
        check: ClaimCheck(family: Theorem45Instances.inexact) { x in
            let (run, _) = try stepRun(x)
            var ms: [Measurement] = []
            for (k, step) in run.steps.enumerated() {
                for agent in step.agents {
                    let t = try DescentInequality(agent)
                    ms.append(Measurement("k=\(k) m=\(agent.m)", lhs: t.termTwo, .lessOrEqual,
                                          rhs: t.smallDelta + run.bound * run.bound / (2 * step.beta * step.beta),
                                          tolerance: StepTolerance.weighted(step, agent, scale: t.scale, count: agent.q.count, what: "term (ii)")))
                }
            }
            return Evaluation(measurements: ms, quantities: [NamedValue("B", run.bound), NamedValue("β_k", run.steps[0].beta)])
        })

    /// mappo, Thm. 4.5 proof, the summed inequality.
    static let theorem45Step5 = Claim(
        id: "mappo.thm4.5/step5", paper: .mappo, source: "Theorem 4.5 proof (App. B), summed inequality",
        statement: "(1−γ) Σ_{k=0}^{K−1} β_k⁻¹(J(π*) − J(π_{θ_k})) ≤ N log|A| + Σ_{m=1}^N Σ_{k=0}^{K−1}(Δ_k^m + δ_k^m) + Σ_{k=0}^{K−1} N B²/(2β_k²).",
        hypotheses: stepHypotheses,
        kind: .upperBound,
        check: ClaimCheck(family: Theorem45Instances.inexact) { x in
            let (run, ref) = try stepRun(x)
            let n = Double(ref.game.agentCount), logA = log(Double(ref.game.agents[0].actionCount))
            let lhs = run.steps.reduce(0) { $0 + (1 - ref.game.gamma) * (run.optimalObjective - $1.objective) / $1.beta }
            let rhs = n * logA + run.errorSum + run.steps.reduce(0) { $0 + n * run.bound * run.bound / (2 * $1.beta * $1.beta) }
            return Evaluation(measurements: [Measurement(lhs: lhs, .lessOrEqual, rhs: rhs,
                                                         tolerance: Theorem45Instances.objectiveTolerance(ref.game, iterations: run.steps.count, law: ref.reference.stationary))],
                              quantities: [NamedValue("ΣΣ(Δ+δ)", run.errorSum), NamedValue("N log|A|", n * logA)])
        })

    /// mappo, Thm. 4.5 proof, the averaged bound with β_k = β√K, as it follows from the summed
    /// inequality: (1/K)Σ_k[J(π*) − J(π_{θ_k})] ≤ [β(N log|A| + ΣΣ(Δ+δ)) + NB²/(2β)]/((1−γ)√K).
    static let theorem45Step6 = Claim(
        id: "mappo.thm4.5/step6", paper: .mappo, source: "Theorem 4.5 proof (App. B), β_k = β√K, as derived",
        statement: "Setting β_k = β√K and noting that π̄ is uniformly sampled from π_{θ_k}: J(π*) − J(π̄) ≤ [β²(N log|A| + ΣΣ(Δ_k^m + δ_k^m)) + NB²/2]/((1−γ)β√K).",
        reading: "the form the summed inequality gives (β² multiplies N log|A|); the printed intermediate is mappo.thm4.5/step6.printed",
        hypotheses: stepHypotheses,
        kind: .upperBound,
        check: ClaimCheck(family: Theorem45Instances.inexact) { x in
            let (run, ref) = try stepRun(x)
            let n = Double(ref.game.agentCount), logA = log(Double(ref.game.agents[0].actionCount))
            let beta = run.settings.beta, k = Double(run.settings.iterations), b = run.bound
            let rhs = (beta * beta * (n * logA + run.errorSum) + n * b * b / 2) / ((1 - ref.game.gamma) * beta * k.squareRoot())
            return Evaluation(measurements: [Measurement(lhs: run.averageGap, .lessOrEqual, rhs: rhs,
                                                         tolerance: Theorem45Instances.objectiveTolerance(ref.game, iterations: run.steps.count, law: ref.reference.stationary),
                                                         trivialBound: b)],
                              quantities: [NamedValue("β", beta), NamedValue("ΣΣ(Δ+δ)", run.errorSum)])
        })

    /// mappo, Thm. 4.5 proof, the averaged bound as printed: (Nβ log|A| + NB²/2 + β²ΣΣ(Δ+δ))/((1−γ)β√K).
    static let theorem45Step6Printed = Claim(
        id: "mappo.thm4.5/step6.printed", paper: .mappo, source: "Theorem 4.5 proof (App. B), β_k = β√K, as printed",
        statement: "Setting the penalty parameter β_k = β√K and noting that π̄ is uniformly sampled from π_{θ_k}, k = 1,2,…,K−1, we have J(π*) − J(π̄) ≤ (Nβ log|A| + NB²/2 + β² Σ_{m=1}^N Σ_{k=0}^{K−1}(Δ_k^m + δ_k^m))/((1−γ)β√K).",
        reading: "as printed: Nβ log|A| (the summed inequality gives β² N log|A|)",
        hypotheses: stepHypotheses,
        kind: .upperBound,
        check: ClaimCheck(family: Theorem45Instances.inexact) { x in
            let (run, ref) = try stepRun(x)
            let n = Double(ref.game.agentCount), logA = log(Double(ref.game.agents[0].actionCount))
            let beta = run.settings.beta, k = Double(run.settings.iterations), b = run.bound
            let rhs = (n * beta * logA + n * b * b / 2 + beta * beta * run.errorSum) / ((1 - ref.game.gamma) * beta * k.squareRoot())
            return Evaluation(measurements: [Measurement(lhs: run.averageGap, .lessOrEqual, rhs: rhs,
                                                         tolerance: Theorem45Instances.objectiveTolerance(ref.game, iterations: run.steps.count, law: ref.reference.stationary),
                                                         trivialBound: b)],
                              quantities: [NamedValue("β", beta), NamedValue("ΣΣ(Δ+δ)", run.errorSum)])
        })
}

/// A game with its comparator π*.
struct OptimalReferenceGame {
    let game: Game
    let reference: OptimalReference
}
