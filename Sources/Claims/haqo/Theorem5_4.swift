import GSLKit
import MarkovGames

/// haqo Theorem 5.4 (Monotone Improvement of HAQO), eq. (12), and its readings.
///
/// Left side ΔJ of one idealised HAQO round (exact). Right side Σ_i (J_i^QV(θ_new^i) +
/// J_i^ent(θ_new^i)) − Σ_i C_i δ_i² − O(ε_Q): θ_new^i the Bayes denoiser of π_new^i (well
/// specified), the losses by quadrature, δ_i the realised E_{s~ρ^{π_old}} KL(π_old^i‖π_new^i),
/// C_i = K = 8γR_max/(1−γ)³ (the largest constant the proofs write), exact critic (ε_Q = 0).
extension HAQOClaims {
    /// Theorem 5.4 as printed.
    static let theorem54Statement = "Assume bounded rewards (Assumption A.1), regular policies (Assumption A.3), critic bias ε_Q (Assumption A.4), and sequential updates with feasible neighborhoods constrained by D^i. Then the HAQO update satisfies J(π_new) − J(π_old) ≥ Σ_{i=1}^n (J_i^QV(θ_new^i) + J_i^ent(θ_new^i)) − Σ_{i=1}^n C_i δ_i² − O(ε_Q), C_i = O(γR_max/(1−γ)²)."

    /// Which right side a reading of (12) puts against ΔJ.
    enum Theorem54Form: Sendable {
        /// Σ(J^QV + J^ent) − ΣCδ², the losses as defined in (5), (9).
        case literal
        /// Σ(J^QV + J^ent_Alg1) − ΣCδ², with the entropy term signed as Alg. 1 step 15 prints it.
        case algorithmSigns
        /// −ΣCδ²: the theorem's title, implied by (12) since J^QV, J^ent ≥ 0.
        case monotone
    }

    static func theorem54Measurement(_ setting: HAQORoundSetting, form: Theorem54Form, visitation: VisitationReading) throws -> (Measurement, [NamedValue]) {
        let g = setting.game, gamma = g.gamma, r = HAQOGames.rewardBound(g)
        let k = 8 * gamma * r / ((1 - gamma) * (1 - gamma) * (1 - gamma))
        let deltas = try (0..<setting.round.agentCount).map { try setting.round.radius(agent: $0, .expectedOldNew, visitation: visitation) }
        let penalty = deltas.reduce(0) { $0 + k * $1 * $1 }
        var losses = QuadratureSum()
        var quantities: [NamedValue] = []
        if form != .monotone {
            for m in 1...setting.round.agentCount {
                let table = setting.newTable(m)
                let qv = try setting.qvLoss(m, .qadv, denoiserTable: table, visitation)
                let ent = form == .literal
                    ? try setting.entropyLoss(m, denoiserTable: table, visitation)
                    : try DiffusionSurrogates.entropyReconstructionTerm(denoiserTable: table, actions: setting.actions(m), rho: setting.rho(visitation),
                                                                        alpha: setting.alpha, schedule: HAQORoundSetting.schedule)
                losses.add(qv)
                losses.add(ent)
                quantities += [NamedValue("J^QV agent \(m)", qv.value), NamedValue((form == .literal ? "J^ent" : "J^ent (Alg. 1 sign)") + " agent \(m)", ent.value)]
            }
        }
        let tol = setting.exactTolerance + (form == .monotone ? Tolerance.exact : losses.tolerance(what: "J^QV and J^ent"))
        return (Measurement(lhs: setting.round.returnGain, .greaterOrEqual, rhs: losses.value - penalty, tolerance: tol, trivialBound: -2 * r / (1 - gamma)),
                [NamedValue("ΔJ", setting.round.returnGain), NamedValue("Σ C_i δ_i²", penalty), NamedValue("Σ δ_i", deltas.reduce(0, +)),
                 NamedValue("C_i = K", k), NamedValue("α", setting.alpha), NamedValue("δ (target radius)", setting.radius)] + quantities)
    }

    static func theorem54(id: String, reading: String, form: Theorem54Form, visitation: VisitationReading = .normalised) -> Claim {
        Claim(
            id: id, paper: .haqo, source: "Theorem 5.4 (Sec. 5.4), eq. (12); proof App. A.9",
            statement: theorem54Statement, reading: reading,
            hypotheses: diffusionHypotheses + (form == .monotone ? "; the step cut to each radius δ ∈ {'radius', 0.1, 0.01, 1e-3, 1e-4}" : ""),
            kind: .lowerBound,
            check: ClaimCheck(family: HAQOFamilies.haqoRound) { x in
                if form == .monotone {
                    var all: [(Measurement, [NamedValue])] = []
                    for delta in [try x.scalar("radius"), 0.1, 0.01, 1e-3, 1e-4] {
                        let (m, q) = try theorem54Measurement(HAQORoundSetting(x, radius: delta), form: form, visitation: visitation)
                        all.append((Measurement("δ=\(shortNumber(delta))", lhs: m.lhs, m.relation, rhs: m.rhs, tolerance: m.tolerance, trivialBound: m.trivialBound), q))
                    }
                    return SequentialSweep.collect(all, notes: [])
                }
                let (m, q) = try theorem54Measurement(HAQORoundSetting(x), form: form, visitation: visitation)
                return Evaluation(measurements: [m], quantities: q, notes: ["θ_new^i = Bayes denoiser of π_new^i; exact critic, so O(ε_Q) = 0"])
            },
            defaultInstances: form == .monotone ? 16 : 4)
    }

    static let theorem54 = theorem54(
        id: "haqo.thm5.4",
        reading: "J^QV and J^ent as defined in (5) and (9) (non-negative losses) at θ_new; ρ^{π_old} normalised in J^QV, J^ent and δ_i; C_i = K = 8γR_max/(1−γ)³; qadv weights",
        form: .literal)

    static let theorem54Unnormalised = theorem54(
        id: "haqo.thm5.4.unnormalised",
        reading: "as haqo.thm5.4 with ρ^{π_old} = d^{π_old}/(1−γ) (unnormalised, eq. (143)) in J^QV, J^ent and δ_i",
        form: .literal, visitation: .unnormalised)

    static let theorem54AlgorithmSigns = theorem54(
        id: "haqo.thm5.4.algorithmSigns",
        reading: "the entropy term with the sign and form of Alg. 1 step 15, J^ent = α_i E_{s, ã~U, t}[−‖ã − μ_θ(ã_t, t, s)‖²] (x₀-reconstruction, non-positive); otherwise as haqo.thm5.4",
        form: .algorithmSigns)

    static let theorem54Monotone = theorem54(
        id: "haqo.thm5.4.monotone",
        reading: "the theorem's title ('monotone improvement'): since J^QV, J^ent ≥ 0, (12) implies J(π_new) − J(π_old) ≥ −Σ_i C_i δ_i² − O(ε_Q) for every HAQO update; C_i = K, exact critic",
        form: .monotone)
}
