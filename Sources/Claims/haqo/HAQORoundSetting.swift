import ExactSolvers
import GSLKit
import MarkovGames

/// One idealised HAQO round on an instance of `HAQOFamilies.haqoRound` (order i_{1:n} = (1, …, n);
/// the agents of a random game are exchangeable): the update, the sequential round it defines,
/// and agent i_m's surrogate L^{i_m} and diffusion losses J^QV, J^ent (eqs. (5), (9), (50)).
struct HAQORoundSetting: Sendable {
    let game: Game
    let step: SequentialUpdateRules.HAQOStep
    let round: SequentialRound
    /// α_i (the same for every agent) and the trust radius δ the step was cut to.
    let alpha: Double
    let radius: Double

    init(_ x: ClaimInstance, radius override: Double? = nil) throws {
        let g = try x.requireGame(), old = try x.productPolicy("old")
        alpha = try x.scalar("alpha")
        radius = try override ?? x.scalar("radius")
        let order = Array(0..<g.agentCount)
        game = g
        step = try SequentialUpdateRules.haqoRound(game: g, old: old, order: order, weight: .qadv, alpha: alpha, radius: radius)
        round = try SequentialRound(game: g, old: old, new: step.new, order: order)
    }

    /// The schedule the diffusion losses average over.
    static let schedule = NoiseSchedule.paper

    /// ρ^{π_old} under a reading.
    func rho(_ reading: VisitationReading) -> [Double] { round.visitation(0, reading) }

    /// The chain of π_(m−1): the exact conditional advantage of agent i_m (Lemma A.6).
    func chain(_ m: Int) -> LocalizedActionValues { round.chain(of: m - 1) }

    /// w̄(s,a) = E_{pred ~ π_new} ω(s, pred, a) for agent i_m.
    func weights(_ m: Int, _ weight: QWeight) -> [Double] {
        SequentialUpdateRules.averagedWeights(round: round, position: m, chain: chain(m), weight: weight)
    }

    /// L^{i_m}(table) (eq. (50); Δ_m of π_(m−1), predecessors new, states from ρ^{π_old}).
    func surrogate(_ m: Int, table: [Double], _ reading: VisitationReading = .normalised) -> Double {
        round.surrogate(position: m, table: table, rho: rho(reading), chain: chain(m))
    }

    /// Agent i_m's action count and tables.
    func actions(_ m: Int) -> Int { game.agents[round.order[m - 1]].actionCount }
    func oldTable(_ m: Int) -> [Double] { round.old.tables[round.order[m - 1]] }
    func newTable(_ m: Int) -> [Double] { round.new.tables[round.order[m - 1]] }

    /// J^QV_{i_m}(θ) with θ the Bayes denoiser of `denoiserTable` (eq. (5)).
    func qvLoss(_ m: Int, _ weight: QWeight, denoiserTable: [Double], _ reading: VisitationReading = .normalised,
                schedule: NoiseSchedule = schedule) throws(GSLError) -> QuadratureSum {
        try DiffusionSurrogates.qvLoss(oldTable: oldTable(m), averagedWeights: weights(m, weight), denoiserTable: denoiserTable,
                                       actions: actions(m), rho: rho(reading), schedule: schedule)
    }

    /// J^ent_{i_m}(θ) with θ the Bayes denoiser of `denoiserTable` (eq. (9)).
    func entropyLoss(_ m: Int, denoiserTable: [Double], _ reading: VisitationReading = .normalised,
                     schedule: NoiseSchedule = schedule) throws(GSLError) -> QuadratureSum {
        try DiffusionSurrogates.entropyLoss(denoiserTable: denoiserTable, actions: actions(m), rho: rho(reading), alpha: alpha, schedule: schedule)
    }

    /// One conditioning context (s, a^{−i}) of agent i_m: the state, the predecessors' prefix b,
    /// its probability under π_new, ρ^{π_old}(s), and the row Δ_m(s, b, ·).
    struct Context: Sendable {
        let state: Int
        let prefix: Int
        let prefixProbability: Double
        let stateWeight: Double
        let advantage: [Double]
    }

    /// Every context (s, b) with ρ(s) > 0 and positive prefix probability.
    func contexts(_ m: Int, _ reading: VisitationReading = .normalised) -> [Context] {
        let c = chain(m), delta = c.advantage(agentAt: m), pred = round.predecessorProbabilities(position: m)
        let k = c.ordering.sizes[m - 1], width = c.prefixCounts[m - 1], rho = self.rho(reading)
        var out: [Context] = []
        for s in 0..<game.stateCount where rho[s] > 0 {
            for b in 0..<width where pred[s * width + b] > 0 {
                let row = (s * width + b) * k
                out.append(Context(state: s, prefix: b, prefixProbability: pred[s * width + b], stateWeight: rho[s],
                                   advantage: Array(delta[row..<(row + k)])))
            }
        }
        return out
    }

    /// ω(s, b, ·) of a context.
    func contextWeights(_ m: Int, _ context: Context, _ weight: QWeight) -> [Double] {
        let k = actions(m), p = oldTable(m)
        return weight.weights(advantage: context.advantage[...], old: p[(context.state * k)..<((context.state + 1) * k)])
    }

    /// Agent i_m's data law π_old^{i_m}(·|s) and the law of a table at state s, noised at ᾱ.
    func noisedOld(_ m: Int, state s: Int, alphaBar: Double) -> NoisedActionLaw {
        NoisedActionLaw(law: DiffusionSurrogates.actionLaw(table: oldTable(m), state: s, actions: actions(m)), alphaBar: alphaBar)
    }

    func noised(_ table: [Double], _ m: Int, state s: Int, alphaBar: Double) -> NoisedActionLaw {
        NoisedActionLaw(law: DiffusionSurrogates.actionLaw(table: table, state: s, actions: actions(m)), alphaBar: alphaBar)
    }

    /// The tolerance of the round's exact quantities.
    var exactTolerance: Tolerance { round.tolerance(what: "J, Q, d of π_(m)") }
}
