import Foundation
import GSLKit
import MarkovGames

extension HAQOClaims {
    /// Eqs. (148)–(149): L^i(π_new^i) against J^QV(θ_new^i) (+ J^ent(θ_new^i)), θ_new^i the Bayes
    /// denoiser of π_new^i, exact critic (ξ_i = 0).
    static func theorem54Step8(id: String, statement: String, source: String, reading text: String, withEntropy: Bool) -> Claim {
        Claim(
            id: id, paper: .haqo, source: source,
            statement: statement,
            reading: text,
            hypotheses: diffusionHypotheses, kind: .lowerBound,
            check: ClaimCheck(family: HAQOFamilies.haqoRound) { x in
                let setting = try HAQORoundSetting(x)
                var out: [(Measurement, [NamedValue])] = []
                for m in 1...setting.round.agentCount {
                    let table = setting.newTable(m)
                    let l = setting.surrogate(m, table: table)
                    var losses = QuadratureSum()
                    let qv = try setting.qvLoss(m, .qadv, denoiserTable: table)
                    losses.add(qv)
                    var q = [NamedValue("L^i(π_new^i)", l), NamedValue("J^QV(θ_new^i)", qv.value)]
                    if withEntropy {
                        let ent = try setting.entropyLoss(m, denoiserTable: table)
                        losses.add(ent)
                        q.append(NamedValue("J^ent(θ_new^i)", ent.value))
                    }
                    out.append((Measurement("agent \(setting.round.order[m - 1] + 1)", lhs: l, .greaterOrEqual, rhs: losses.value,
                                            tolerance: setting.exactTolerance + losses.tolerance(what: "J^QV" + (withEntropy ? ", J^ent" : ""))),
                                q + [NamedValue("α", setting.alpha), NamedValue("δ", setting.radius)]))
                }
                return SequentialSweep.collect(out, notes: ["θ_new^i = Bayes denoiser of π_new^i; exact critic, so ξ_i = 0"])
            },
            defaultInstances: 4)
    }

    static let haqoStepHypotheses = "random two-agent cooperative games (|S| ≤ 3, |A^i| ≤ 3, r ∈ [−1,1], γ ∈ {0.5, 0.9}); π_old = 'old'; idealised HAQO rounds (qadv, α = 'alpha') cut to δ ∈ {'radius', 0.1, 0.01, 1e-3, 1e-4}; every micro-step m"

    /// Measures `body` on the HAQO round cut to every radius of the sweep, at every micro-step.
    static func haqoRadiusSweep(_ x: ClaimInstance, _ body: (HAQORoundSetting, Int) throws -> (Measurement, [NamedValue])) throws -> Evaluation {
        var all: [(Measurement, [NamedValue])] = []
        for delta in [try x.scalar("radius"), 0.1, 0.01, 1e-3, 1e-4] {
            let setting = try HAQORoundSetting(x, radius: delta)
            for m in 1...setting.round.agentCount {
                let (y, q) = try body(setting, m)
                all.append((Measurement("δ=\(shortNumber(delta)), m=\(m)", lhs: y.lhs, y.relation, rhs: y.rhs, tolerance: y.tolerance, trivialBound: y.trivialBound), q))
            }
        }
        return SequentialSweep.collect(all, notes: [])
    }

    /// C = 4γR_max/(1−γ)² of eq. (143).
    static func constant143(_ game: Game) -> Double {
        4 * game.gamma * HAQOGames.rewardBound(game) / ((1 - game.gamma) * (1 - game.gamma))
    }

    /// L^{i_m} of eq. (144): E_{s~ρ^{π_(m−1)}} E_{a^{−i_m}~π_(m−1)^{−i_m}} E_{a^{i_m}~table}[Δ_m], Δ_m of π_(m−1).
    static func surrogate144(_ round: SequentialRound, _ m: Int, table: [Double], _ reading: VisitationReading) -> Double {
        round.surrogate(position: m, table: table, rho: round.visitation(m - 1, reading), chain: round.chain(of: m - 1))
    }

    /// E_{s~ρ^{π_(m−1)}} of agent i_m's per-state divergence between π_(m−1) and π_(m).
    static func microStepDivergence(_ round: SequentialRound, _ m: Int, _ reading: VisitationReading, kl: Bool) throws -> Double {
        let agent = round.order[m - 1], k = round.game.agents[agent].actionCount
        let before = round.policies[m - 1].tables[agent], after = round.policies[m].tables[agent]
        let f = kl ? try PolicyDivergences.kullbackLeibler(before, after, width: k) : try PolicyDivergences.totalVariation(after, before, width: k)
        return PolicyDivergences.average(f, under: round.visitation(m - 1, reading))
    }
}
