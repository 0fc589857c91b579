import ExactSolvers
import GSLKit
import MarkovGames

/// Two joint policies π (old) and π′ (new) on one game, evaluated exactly: the objects of haqo
/// App. A.5 (Lemma A.8, Remark A.9, Lemma A.10) and of eq. (143).
struct PolicyPairComparison: Sendable {
    let game: Game
    /// π and π′ as joint tables [s][a].
    let old: [Double]
    let new: [Double]
    let oldEvaluation: PolicyEvaluation
    let newEvaluation: PolicyEvaluation
    /// d^π, d^{π′} (normalised, eq. (34)).
    let oldOccupancy: [Double]
    let newOccupancy: [Double]

    init(game: Game, old: [Double], new: [Double]) throws {
        self.game = game
        self.old = old
        self.new = new
        let mdp = FiniteMDP(game: game)
        oldEvaluation = try PolicyEvaluation(mdp: mdp, policy: old)
        newEvaluation = try PolicyEvaluation(mdp: mdp, policy: new)
        oldOccupancy = try mdp.discountedStateOccupancy(policy: old)
        newOccupancy = try mdp.discountedStateOccupancy(policy: new)
    }

    init(_ x: ClaimInstance) throws {
        let g = try x.requireGame()
        try self.init(game: g, old: try x.policy("pi").joint(in: g).table, new: try x.policy("piPrime").joint(in: g).table)
    }

    var gamma: Double { game.gamma }
    var rewardBound: Double { HAQOGames.rewardBound(game) }

    /// J(π′) − J(π).
    var returnGain: Double { newEvaluation.objective(initial: game.initial) - oldEvaluation.objective(initial: game.initial) }

    /// A^π(s,a) = Q^π(s,a) − V^π(s), flat [s][a].
    var oldAdvantage: [Double] {
        let nA = game.jointActionCount
        return oldEvaluation.actionValues.enumerated().map { $0.element - oldEvaluation.values[$0.offset / nA] }
    }

    /// ε = sup_{s,a} |A^π(s,a)| (Lemma A.10).
    var maxAbsoluteAdvantage: Double { Vector.infinityNorm(oldAdvantage) }

    /// g(s) = E_{a ~ π′(·|s)} A^π(s,a).
    var expectedAdvantage: [Double] {
        let nA = game.jointActionCount, adv = oldAdvantage
        return (0..<game.stateCount).map { s in
            var v = 0.0
            for a in 0..<nA { v += new[s * nA + a] * adv[s * nA + a] }
            return v
        }
    }

    /// TV(π′(·|s), π(·|s)) per state.
    var totalVariation: [Double] { get throws { try PolicyDivergences.totalVariation(new, old, width: game.jointActionCount) } }

    /// α(π′, π) = sup_s TV (eq. (36)).
    var maxTotalVariation: Double { get throws { try totalVariation.max()! } }

    /// ‖d^{π′} − d^π‖₁.
    var occupancyDistance: Double { Vector.oneNorm(Vector.difference(newOccupancy, oldOccupancy)) }

    /// E_{s~ρ} g(s) for a state weighting ρ.
    func expectedAdvantage(under rho: [Double]) -> Double { PolicyDivergences.average(expectedAdvantage, under: rho) }

    /// The tolerance of quantities built from the two exact solves and the two occupancy solves.
    func tolerance(what: String) -> Tolerance {
        .discounted(game, scale: max(rewardBound / (1 - gamma), 1e-300), solves: 4, what: what)
    }
}
