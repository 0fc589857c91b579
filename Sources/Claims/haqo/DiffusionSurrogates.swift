import GSLKit
import MarkovGames

/// haqo's two diffusion losses of agent i on a finite game, with the agent's K discrete actions
/// embedded at `HAQOGames.actionEmbedding` (d_i = 1) and the denoiser ε_{θ^i}(z, s, t) the Bayes
/// denoiser of a policy table π_θ^i(·|s) — the well-specified, infinite-capacity denoiser whose
/// exact reverse process samples π_θ^i (Prop. 5.2's "well-specified reverse-process limit").
enum DiffusionSurrogates {
    /// The law of agent i's embedded action under row s of `table`.
    static func actionLaw(table: [Double], state s: Int, actions k: Int) -> ScalarActionLaw {
        ScalarActionLaw.discrete(points: HAQOGames.actionEmbedding(count: k), probabilities: Array(table[(s * k)..<((s + 1) * k)]))
    }

    /// The uniform law U(A^i) on the K embedded actions (counting measure, Assumption A.3).
    static func uniformLaw(actions k: Int) -> ScalarActionLaw {
        ScalarActionLaw.discrete(points: HAQOGames.actionEmbedding(count: k), probabilities: [Double](repeating: 1 / Double(k), count: k))
    }

    /// J_i^QV(θ) of eq. (5) (with √ᾱ_t, as in (79)):
    ///   Σ_s ρ(s) · (1/T)Σ_t E_{a ~ π_old^i(·|s), ε}[w̄(s,a)·(ε − ε_θ(z,s,t))²],
    /// where w̄(s,a) = E_{a^{−i} ~ π_new^{−i}} ω^i(s,a,a^{−i}) (the denoiser does not see a^{−i}, so
    /// the loss is linear in ω and only its average over the opponents enters), ε_θ the Bayes
    /// denoiser of `denoiserTable`.
    static func qvLoss(oldTable: [Double], averagedWeights wbar: [Double], denoiserTable: [Double], actions k: Int,
                       rho: [Double], schedule: NoiseSchedule) throws(GSLError) -> QuadratureSum {
        var sum = QuadratureSum()
        let T = Double(schedule.steps)
        for s in rho.indices where rho[s] != 0 {
            let data = actionLaw(table: oldTable, state: s, actions: k), model = actionLaw(table: denoiserTable, state: s, actions: k)
            let w = Array(wbar[(s * k)..<((s + 1) * k)])
            for alphaBar in schedule.alphaBars {
                let f = NoisedActionLaw(law: model, alphaBar: alphaBar).bayesDenoiser
                sum.add(try DenoisingRisk.weighted(data: NoisedActionLaw(law: data, alphaBar: alphaBar), weights: w, denoiser: f),
                        weight: rho[s] / T)
            }
        }
        return sum
    }

    /// J_i^ent(θ) of eq. (9): α_i Σ_s ρ(s)·(1/T)Σ_t E_{ã ~ U(A^i), ε}[(ε − ε_θ(z,s,t))²], with E_s
    /// read as the same state law ρ as J^QV.
    static func entropyLoss(denoiserTable: [Double], actions k: Int, rho: [Double], alpha: Double,
                            schedule: NoiseSchedule) throws(GSLError) -> QuadratureSum {
        try uniformActionAverage(denoiserTable: denoiserTable, actions: k, rho: rho, scale: alpha, schedule: schedule) { model, uniform throws(GSLError) in
            try DenoisingRisk.unweighted(data: uniform, denoiser: model.bayesDenoiser)
        }
    }

    /// The entropy term as Alg. 1 step 15 prints it: α_i E_{s, ã ~ U, t}[−(ã − μ_θ(ã_t, t, s))²],
    /// μ_θ the x₀-reconstruction of the same Bayes denoiser (non-positive).
    static func entropyReconstructionTerm(denoiserTable: [Double], actions k: Int, rho: [Double], alpha: Double,
                                          schedule: NoiseSchedule) throws(GSLError) -> QuadratureSum {
        try uniformActionAverage(denoiserTable: denoiserTable, actions: k, rho: rho, scale: -alpha, schedule: schedule) { model, uniform throws(GSLError) in
            try DenoisingRisk.reconstruction(data: uniform, reconstruction: model.bayesReconstruction)
        }
    }

    /// scale·Σ_s ρ(s)·(1/T)Σ_t `term(model_t, uniform_t)` over the states with ρ(s) ≠ 0: model_t the table's
    /// action law at s noised to level t, uniform_t the uniform law U(A^i) noised to level t (the
    /// shape of both entropy terms).
    private static func uniformActionAverage(denoiserTable: [Double], actions k: Int, rho: [Double], scale: Double, schedule: NoiseSchedule,
                                             _ term: (NoisedActionLaw, NoisedActionLaw) throws(GSLError) -> QuadratureSum) throws(GSLError) -> QuadratureSum {
        var sum = QuadratureSum()
        let T = Double(schedule.steps), uniform = uniformLaw(actions: k)
        for s in rho.indices where rho[s] != 0 {
            let model = actionLaw(table: denoiserTable, state: s, actions: k)
            for alphaBar in schedule.alphaBars {
                sum.add(try term(NoisedActionLaw(law: model, alphaBar: alphaBar), NoisedActionLaw(law: uniform, alphaBar: alphaBar)),
                        weight: scale * rho[s] / T)
            }
        }
        return sum
    }
}
