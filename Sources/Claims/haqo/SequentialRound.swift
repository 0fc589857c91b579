import ExactSolvers
import GSLKit
import MarkovGames

/// Which state distribution a surrogate or a trust region averages over: ρ^π is a probability
/// distribution in the main text and Table 2 ("state visitation distribution") and "the
/// unnormalized occupancy" in eq. (143), i.e. ρ^π = d^π/(1−γ) with d^π of eq. (34).
enum VisitationReading: String, Sendable {
    case normalised, unnormalised
}

/// Which policy's conditional value chain defines Δ_m in the surrogate L^{i_m}: the proof's
/// eqs. (52)–(54) need Q^{π_(m−1)} (the policy before agent i_m moves); Alg. 1 fits one critic per
/// iteration, Q^{π_old} (the HAPPO convention).
enum CriticReading: String, Sendable {
    case current, old
}

/// Which divergence the trust-region radius δ_i measures: E_{s~ρ} KL(π_old^i‖π_new^i) as printed
/// in Sec. 5.1 and Assumption A.5(i); E_{s~ρ} KL(π_new^i‖π_old^i) as in App. A.12.4; or the
/// largest state's KL(π_old^i‖π_new^i) (the max-KL of eqs. (62)–(63)).
enum RadiusReading: String, Sendable {
    case expectedOldNew, expectedNewOld, maxOldNew
}

/// One round of sequential updates i_{1:n} from π_old to π_new (haqo App. A.6, eq. (49)):
/// π_(m) = {π_new^{i_1..i_m}, π_old^{i_{m+1..n}}}, each evaluated exactly, with its normalised
/// discounted occupancy d^{(m)} (eq. (34)).
struct SequentialRound: Sendable {
    let game: Game
    let order: [Int]
    /// π_(0) = π_old, …, π_(n) = π_new.
    let policies: [ProductPolicy]
    let evaluations: [PolicyEvaluation]
    /// d^{(m)}, each summing to 1.
    let occupancies: [[Double]]
    /// J(π_(m)) = ρ₀·V^{π_(m)} (unnormalised, Sec. 3.3).
    let objectives: [Double]

    init(game: Game, old: ProductPolicy, new: ProductPolicy, order: [Int]) throws {
        self.game = game
        self.order = order
        var ps = [old]
        for agent in order { ps.append(PolicyPaths.replacing(ps.last!, agent: agent, with: new.tables[agent])) }
        policies = ps
        let mdp = FiniteMDP(game: game)
        var evals: [PolicyEvaluation] = [], occ: [[Double]] = []
        for p in ps {
            let joint = p.joint(in: game).table
            evals.append(try PolicyEvaluation(mdp: mdp, policy: joint))
            occ.append(try mdp.discountedStateOccupancy(policy: joint))
        }
        evaluations = evals
        occupancies = occ
        objectives = evals.map { $0.objective(initial: game.initial) }
    }

    var agentCount: Int { order.count }
    var old: ProductPolicy { policies[0] }
    var new: ProductPolicy { policies[agentCount] }

    /// ΔJ = J(π_new) − J(π_old).
    var returnGain: Double { objectives[agentCount] - objectives[0] }

    /// The state distribution ρ^{π_(m)} under `reading`.
    func visitation(_ m: Int, _ reading: VisitationReading) -> [Double] {
        reading == .normalised ? occupancies[m] : occupancies[m].map { $0 / (1 - game.gamma) }
    }

    /// The conditional value chain of π_(m) (Lemma A.6 applied to the partially updated policy).
    func chain(of m: Int) -> LocalizedActionValues {
        LocalizedActionValues(game: game, policy: policies[m], order: order, actionValues: evaluations[m].actionValues)
    }

    /// The chain the surrogate of position m uses under `critic`.
    func chain(forPosition m: Int, _ critic: CriticReading) -> LocalizedActionValues {
        chain(of: critic == .current ? m - 1 : 0)
    }

    /// ∏_{l<m} π_new^{i_l}(a^{i_l}|s): the probability of the predecessors' prefix b_{m−1},
    /// flat [s][b_{m−1}] (position m = 1…n).
    func predecessorProbabilities(position m: Int) -> [Double] {
        ConditionalPolicy(new, game: game, order: order).prefixProbabilities(in: game)[m - 1]
    }

    /// Ā_m(s, a) = E_{a^{i_{1:m−1}} ~ π_new} Δ_m(s, a^{i_{1:m−1}}, a): agent i_m's conditional
    /// advantage averaged over its updated predecessors, flat [s][a].
    func conditionalAdvantage(position m: Int, chain: LocalizedActionValues) -> [Double] {
        let delta = chain.advantage(agentAt: m), pred = predecessorProbabilities(position: m)
        let k = chain.ordering.sizes[m - 1], width = chain.prefixCounts[m - 1], nS = game.stateCount
        var out = [Double](repeating: 0, count: nS * k)
        for s in 0..<nS {
            for b in 0..<width {
                let w = pred[s * width + b]
                for a in 0..<k { out[s * k + a] += w * delta[(s * width + b) * k + a] }
            }
        }
        return out
    }

    /// L^{i_m}(π^{i_m}) = E_{s~ρ} E_{a^{i_{1:m−1}} ~ π_new} E_{a^{i_m} ~ π^{i_m}} Δ_m (eq. (50)) for
    /// agent i_m's table `table`. The successors' actions do not enter Δ_m, so opponents drawn from
    /// π_new^{−i} (Sec. 5.1) or π_(m)^{−i_m} (eq. (50)) give the same value.
    func surrogate(position m: Int, table: [Double], rho: [Double], chain: LocalizedActionValues) -> Double {
        let abar = conditionalAdvantage(position: m, chain: chain)
        let k = chain.ordering.sizes[m - 1]
        var v = 0.0
        for s in 0..<game.stateCount {
            var inner = 0.0
            for a in 0..<k { inner += table[s * k + a] * abar[s * k + a] }
            v += rho[s] * inner
        }
        return v
    }

    /// L^{i_m}(π_new^{i_m}) − L^{i_m}(π_old^{i_m}) with ρ = ρ^{π_old} under `visitation` and Δ_m
    /// from `critic`.
    func surrogateGain(position m: Int, visitation: VisitationReading, critic: CriticReading) -> Double {
        let agent = order[m - 1], c = chain(forPosition: m, critic), rho = self.visitation(0, visitation)
        return surrogate(position: m, table: new.tables[agent], rho: rho, chain: c)
            - surrogate(position: m, table: old.tables[agent], rho: rho, chain: c)
    }

    /// The main-text surrogate of Sec. 5.1 read with agent i's advantage A^i(s,a^i) as the joint
    /// advantage A^{π_old}(s, a^i, a^{−i}) of Table 2 and a^{−i} ~ π_new^{−i}:
    /// L^i(π^i) = E_{s~ρ} E_{a^{−i} ~ π_new^{−i}} E_{a^i ~ π^i} A^{π_old}(s, a).
    func jointAdvantageSurrogate(agent i: Int, table: [Double], rho: [Double]) -> Double {
        let space = game.jointActions, nA = space.count, k = space.sizes[i]
        let q = evaluations[0].actionValues, v = evaluations[0].values
        var total = 0.0
        for s in 0..<game.stateCount {
            var inner = 0.0
            for a in 0..<nA {
                let w = new.othersProbability(excluding: i, state: s, joint: a, space: space) * table[s * k + space.action(ofAgent: i, in: a)]
                inner += w * (q[s * nA + a] - v[s])
            }
            total += rho[s] * inner
        }
        return total
    }

    /// δ_i of agent i under `radius`, averaged over ρ^{π_old} under `visitation`.
    func radius(agent i: Int, _ radius: RadiusReading, visitation: VisitationReading) throws -> Double {
        let k = game.agents[i].actionCount, rho = self.visitation(0, visitation)
        switch radius {
        case .expectedOldNew:
            return PolicyDivergences.average(try PolicyDivergences.kullbackLeibler(old.tables[i], new.tables[i], width: k), under: rho)
        case .expectedNewOld:
            return PolicyDivergences.average(try PolicyDivergences.kullbackLeibler(new.tables[i], old.tables[i], width: k), under: rho)
        case .maxOldNew:
            return try PolicyDivergences.kullbackLeibler(old.tables[i], new.tables[i], width: k).max()!
        }
    }

    /// max_s TV(π_new^i(·|s), π_old^i(·|s)).
    func maxTotalVariation(agent i: Int) throws -> Double {
        try PolicyDivergences.totalVariation(new.tables[i], old.tables[i], width: game.agents[i].actionCount).max()!
    }

    /// α(π_(m), π_(m−1)) = max_s TV of the joint tables (eq. (36)).
    func jointMaxTotalVariation(step m: Int) throws -> Double {
        let a = policies[m].joint(in: game).table, b = policies[m - 1].joint(in: game).table
        return try PolicyDivergences.totalVariation(a, b, width: game.jointActionCount).max()!
    }

    /// sup_{s,a} |A^{π_(m)}(s,a)|.
    func maxAbsoluteAdvantage(_ m: Int) -> Double {
        let nA = game.jointActionCount, q = evaluations[m].actionValues, v = evaluations[m].values
        var e = 0.0
        for s in 0..<game.stateCount { for a in 0..<nA { e = max(e, abs(q[s * nA + a] - v[s])) } }
        return e
    }

    /// E_{a ~ π_(m)}[A^{π_(m−1)}(s, a)] for every state s (the integrand of eqs. (51)–(52)).
    func expectedAdvantage(step m: Int) -> [Double] {
        let nA = game.jointActionCount, q = evaluations[m - 1].actionValues, v = evaluations[m - 1].values
        let pi = policies[m].joint(in: game).table
        return (0..<game.stateCount).map { s in
            var e = 0.0
            for a in 0..<nA { e += pi[s * nA + a] * (q[s * nA + a] - v[s]) }
            return e
        }
    }

    /// The tolerance of a quantity combining the round's exact solves, with values of size
    /// R_max/(1−γ).
    func tolerance(what: String) -> Tolerance {
        let scale = max(HAQOGames.rewardBound(game) / (1 - game.gamma), 1e-300)
        return .discounted(game, scale: scale, solves: 2 * (agentCount + 1), what: what)
    }
}
