import Foundation
import GSLKit
import MarkovGames

extension HAQOClaims {
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

    /// haqo Thm. 5.4 proof (App. A.9), eq. (143), first equality, on the micro-updates of HAQO rounds.
    static let theorem54Step1 = Claim(
        id: "haqo.thm5.4/step1", paper: .haqo, source: "Theorem 5.4 proof (App. A.9), eq. (143), equality",
        statement: "For any two joint policies π′ and π, J(π′) − J(π) = 1/(1−γ) E_{s~d^{π′}} E_{a~π′}[A_π(s,a)], d^{π′} the (normalized) discounted occupancy of π′.",
        hypotheses: haqoStepHypotheses + "; (π, π′) = (π_(m−1), π_(m))", kind: .identity,
        check: ClaimCheck(family: HAQOFamilies.haqoRound) { x in
            try haqoRadiusSweep(x) { setting, m in
                let round = setting.round
                let rhs = PolicyDivergences.average(round.expectedAdvantage(step: m), under: round.occupancies[m]) / (1 - round.game.gamma)
                return (Measurement(lhs: stepGain(round, m), .equal, rhs: rhs, tolerance: setting.exactTolerance), [])
            }
        })

    static func theorem54Step2(id: String, reading text: String, _ reading: VisitationReading) -> Claim {
        Claim(
            id: id, paper: .haqo, source: "Theorem 5.4 proof (App. A.9), eq. (143), inequality",
            statement: "J(π′) − J(π) ≥ E_{s~ρ^π} E_{a~π′}[A_π(s,a)] − C·ε(π′,π), where ρ^π is the unnormalized occupancy of π and (by bounded rewards) one may take C = 4γR_max/(1−γ)², ε(π′,π) := E_{s~ρ^π}[D_TV(π′(·|s), π(·|s))].",
            reading: text,
            hypotheses: "random heterogeneous cooperative games (|S| ≤ 3, n ≤ 3, |A^i| ≤ 3, r ∈ [−1,1], γ ∈ {0.5, 0.9}); full-support joint policies π = 'pi', π′ = 'piPrime' at a random distance",
            kind: .lowerBound,
            check: ClaimCheck(family: HAQOFamilies.jointPair) { x in
                let c = try PolicyPairComparison(x)
                let rho = reading == .normalised ? c.oldOccupancy : c.oldOccupancy.map { $0 / (1 - c.gamma) }
                let first = c.expectedAdvantage(under: rho), eps = PolicyDivergences.average(try c.totalVariation, under: rho)
                let constant = constant143(c.game)
                return Evaluation(measurements: [Measurement(lhs: c.returnGain, .greaterOrEqual, rhs: first - constant * eps,
                                                             tolerance: c.tolerance(what: "V^π, V^{π′}, d^π"), trivialBound: -2 * c.rewardBound / (1 - c.gamma))],
                                  quantities: [NamedValue("J(π′) − J(π)", c.returnGain), NamedValue("E_ρ E_{π′} A_π", first),
                                               NamedValue("ε(π′,π)", eps), NamedValue("C", constant)])
            },
            defaultInstances: 32)
    }

    static let theorem54Step2 = theorem54Step2(id: "haqo.thm5.4/step2", reading: "ρ^π unnormalised, as printed", .unnormalised)
    static let theorem54Step2Normalised = theorem54Step2(id: "haqo.thm5.4/step2.normalised", reading: "ρ^π normalised (the main text's state visitation distribution)", .normalised)

    static func theorem54Step3(id: String, reading text: String, _ reading: VisitationReading) -> Claim {
        Claim(
            id: id, paper: .haqo, source: "Theorem 5.4 proof (App. A.9), eq. (144)",
            statement: "J(π_(m)) − J(π_(m−1)) ≥ E_{s~ρ^{π_(m−1)}} E_{a^{−i_m}~π_(m−1)^{−i_m}} E_{a^{i_m}~π_(m)^{i_m}}[Δ_m(s, a^{i_{1:m}})] − C ε_m = L^{i_m}(π_(m)^{i_m}) − C ε_m.",
            reading: text + "; C = 4γR_max/(1−γ)², ε_m = E_{s~ρ^{π_(m−1)}} TV(π_(m)^{i_m}, π_(m−1)^{i_m}), Δ_m of π_(m−1)",
            hypotheses: haqoStepHypotheses, kind: .lowerBound,
            check: ClaimCheck(family: HAQOFamilies.haqoRound) { x in
                try haqoRadiusSweep(x) { setting, m in
                    let round = setting.round
                    let l = surrogate144(round, m, table: round.policies[m].tables[round.order[m - 1]], reading)
                    let eps = try microStepDivergence(round, m, reading, kl: false), c = constant143(round.game)
                    return (Measurement(lhs: stepGain(round, m), .greaterOrEqual, rhs: l - c * eps, tolerance: setting.exactTolerance,
                                        trivialBound: -2 * HAQOGames.rewardBound(round.game) / (1 - round.game.gamma)),
                            [NamedValue("J(π_(m)) − J(π_(m−1))", stepGain(round, m)), NamedValue("L^{i_m}(π_(m)^{i_m})", l), NamedValue("ε_m", eps), NamedValue("C", c)])
                }
            },
            defaultInstances: 16)
    }

    static let theorem54Step3 = theorem54Step3(id: "haqo.thm5.4/step3", reading: "ρ^{π_(m−1)} unnormalised, as (143) states", .unnormalised)
    static let theorem54Step3Normalised = theorem54Step3(id: "haqo.thm5.4/step3.normalised", reading: "ρ^{π_(m−1)} normalised", .normalised)

    static func theorem54Step4(id: String, reading text: String, _ reading: VisitationReading) -> Claim {
        Claim(
            id: id, paper: .haqo, source: "Theorem 5.4 proof (App. A.9), after eq. (144)",
            statement: "Because we enforce a trust region for agent i_m, e.g. E_{s~ρ^{π_(m−1)}} D_KL(π_(m−1)^{i_m} ‖ π_(m)^{i_m}) ≤ δ_{i_m}, Pinsker's inequality yields ε_m ≤ √(δ_{i_m}/2).",
            reading: text + "; δ_{i_m} := the realised E_{s~ρ^{π_(m−1)}} KL (the smallest radius the hypothesis allows)",
            hypotheses: haqoStepHypotheses, kind: .upperBound,
            check: ClaimCheck(family: HAQOFamilies.haqoRound) { x in
                try haqoRadiusSweep(x) { setting, m in
                    let eps = try microStepDivergence(setting.round, m, reading, kl: false), delta = try microStepDivergence(setting.round, m, reading, kl: true)
                    return (Measurement(lhs: eps, .lessOrEqual, rhs: (delta / 2).squareRoot(),
                                        tolerance: .roundoff(scale: max(eps, 1e-300), operations: 64, what: "the TV and KL averages")),
                            [NamedValue("ε_m", eps), NamedValue("δ_{i_m}", delta)])
                }
            },
            defaultInstances: 16)
    }

    static let theorem54Step4 = theorem54Step4(id: "haqo.thm5.4/step4", reading: "ρ^{π_(m−1)} unnormalised, as (143) states", .unnormalised)
    static let theorem54Step4Normalised = theorem54Step4(id: "haqo.thm5.4/step4.normalised", reading: "ρ^{π_(m−1)} normalised", .normalised)

    static func theorem54Step5(id: String, reading text: String, _ reading: VisitationReading) -> Claim {
        Claim(
            id: id, paper: .haqo, source: "Theorem 5.4 proof (App. A.9), eq. (145)",
            statement: "Hence there exists a curvature constant C_{i_m} = O(γR_max/(1−γ)²) such that J(π_(m)) − J(π_(m−1)) ≥ (L^{i_m}(π_(m)^{i_m}) − L^{i_m}(π_(m−1)^{i_m})) − C_{i_m} δ_{i_m}².",
            reading: text + "; L^{i_m} of (144); C_{i_m} = K = 8γR_max/(1−γ)³; δ_{i_m} the realised E_{s~ρ^{π_(m−1)}} KL(π_(m−1)^{i_m}‖π_(m)^{i_m})",
            hypotheses: haqoStepHypotheses, kind: .lowerBound,
            check: ClaimCheck(family: HAQOFamilies.haqoRound) { x in
                try haqoRadiusSweep(x) { setting, m in
                    let round = setting.round, agent = round.order[m - 1], g = round.game.gamma
                    let gain = surrogate144(round, m, table: round.policies[m].tables[agent], reading)
                        - surrogate144(round, m, table: round.policies[m - 1].tables[agent], reading)
                    let delta = try microStepDivergence(round, m, reading, kl: true)
                    let k = 8 * g * HAQOGames.rewardBound(round.game) / ((1 - g) * (1 - g) * (1 - g))
                    return (Measurement(lhs: stepGain(round, m), .greaterOrEqual, rhs: gain - k * delta * delta, tolerance: setting.exactTolerance,
                                        trivialBound: -2 * HAQOGames.rewardBound(round.game) / (1 - g)),
                            [NamedValue("J(π_(m)) − J(π_(m−1))", stepGain(round, m)), NamedValue("ΔL^{i_m}", gain), NamedValue("δ_{i_m}", delta), NamedValue("K", k)])
                }
            },
            defaultInstances: 16)
    }

    static let theorem54Step5 = theorem54Step5(id: "haqo.thm5.4/step5", reading: "ρ^{π_(m−1)} unnormalised, as (143) states", .unnormalised)
    static let theorem54Step5Normalised = theorem54Step5(id: "haqo.thm5.4/step5.normalised", reading: "ρ^{π_(m−1)} normalised", .normalised)

    /// haqo Thm. 5.4 proof, eq. (146): the zero baseline.
    static let theorem54Step6 = Claim(
        id: "haqo.thm5.4/step6", paper: .haqo, source: "Theorem 5.4 proof (App. A.9), eq. (146)",
        statement: "By construction of L^i (conditional increment has zero mean under the old π^i), L^i(π_(m−1)^i) = 0 for the step where only agent i moves.",
        reading: "L^{i_m} of (144) with ρ^{π_(m−1)} unnormalised",
        hypotheses: haqoStepHypotheses, kind: .identity,
        check: ClaimCheck(family: HAQOFamilies.haqoRound) { x in
            try haqoRadiusSweep(x) { setting, m in
                let round = setting.round
                return (Measurement(lhs: surrogate144(round, m, table: round.policies[m - 1].tables[round.order[m - 1]], .unnormalised), .equal, rhs: 0,
                                    tolerance: setting.exactTolerance), [])
            }
        })
}
