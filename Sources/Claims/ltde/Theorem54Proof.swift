import Foundation
import GSLKit

/// The quantities of App. D.1.3 (proof of Theorem 5.4) for one team s and one k, in the tabular
/// limit of the critic class (F = every function of ζ_s^k, R = ∞, so that Q_0(·; ω*) is the
/// projected fixed point Q_loc and Proj_F is the ν-conditional expectation given ζ_s^k):
/// Q̂_s = E_ν[Q_s | ζ_s^k] (a local Q-function), (I) = ‖Q_s − Q̂_s‖, (II) = ‖Q̂_s − Proj_F Q̂_s‖,
/// (III) = ‖Q_0(ω*) − Proj_F Q̂_s‖, all in L2(ν).
struct CriticDecomposition: Sendable {
    let q: [Double]
    let localQ: [Double]
    let fixedPoint: [Double]
    let termI: Double
    let termII: Double
    let termIII: Double
    /// ‖Q_s − Q_0(ω*)‖_{L2(ν)}.
    let distance: Double
    /// sup_ξ |Q_s − Q̂_s|.
    let supError: Double

    init(problem: TeamProblem, reward r: [Double], q: [Double], nu: [Double], team s: Int, hops k: Int) throws {
        let classes = OutsideSpread(actionValues: q, space: problem.space, team: s, hops: k).classes
        let localQ = LocalQWeights.stationary.localQ(q, classes: classes, nu: nu)
        let fixedPoint = try LocalizedFixedPoint(chain: problem.chain, reward: r, nu: nu, classes: classes).values
        let projected = LocalQWeights.stationary.localQ(localQ, classes: classes, nu: nu)
        self.q = q
        self.localQ = localQ
        self.fixedPoint = fixedPoint
        termI = l2Norm(Vector.difference(q, localQ), weights: nu)
        termII = l2Norm(Vector.difference(localQ, projected), weights: nu)
        termIII = l2Norm(Vector.difference(fixedPoint, projected), weights: nu)
        distance = l2Norm(Vector.difference(q, fixedPoint), weights: nu)
        supError = Vector.infinityNorm(Vector.difference(q, localQ))
    }
}

extension LTDEClaims {
    /// Runs `body` on every team s and k < ecc(s) of an instance of the mixed family.
    static func criticSteps(_ x: ClaimInstance, reading: TeamRewardReading,
                            _ body: (TeamProblem, TeamRewards, CriticDecomposition, Int, Int, Double) -> [Measurement]) throws -> Evaluation {
        let problem = try TeamProblem(x)
        let rewards = problem.rewards(reading)
        let q = try problem.chain.teamActionValues(rewards)
        let nu = try problem.chain.stationaryDistribution()
        var measurements: [Measurement] = []
        for s in 0..<problem.space.nodeCount {
            for k in 0..<OutsideSpread.eccentricity(of: s, in: problem.graph) {
                let parts = try CriticDecomposition(problem: problem, reward: rewards.values[s], q: q.values[s], nu: nu, team: s, hops: k)
                measurements += body(problem, rewards, parts, s, k, q.errorBound)
            }
        }
        return Evaluation(measurements: measurements,
                          quantities: [NamedValue("γ", problem.gamma), NamedValue("r_max = sup|r_s|", rewards.supremum), NamedValue("|Ξ|", Double(problem.space.count))],
                          notes: ["\(problem.instance.description); \(reading.phrase)"])
    }

    /// App. D.1.3, (D.7): |Q_s^θ(ζ) − Q̂_s^θ(ζ_s^k)| ≤ cρ^{k+1} with c = r_max/(1−γ), ρ = √γ (Lemma 3.5).
    static func theorem54Step1(_ reading: TeamRewardReading) -> Claim {
        Claim(
            id: "ltde.thm5.4/step1" + (reading == .printed ? "" : ".weighted"), paper: .ltde, source: "Theorem 5.4 proof (App. D.1.3), (D.7)",
            statement: "First recall that by Lemma 3.5, Q_s^{Π^θ} satisfies the (c, ρ)-exponential decay property in Definition 3.4, with c = r_max/(1−γ), ρ = √γ. Now, let Q̂_s^{Π^θ} be any localized Q-function in (Local Q-function), then |Q_s^{Π^θ}(ζ) − Q̂_s^{Π^θ}(ζ_s^k)| ≤ cρ^{k+1}, ∀ζ ∈ Ξ (D.7).",
            reading: "\(reading.phrase); r_max = sup|r_s|; Q̂_s = E_ν[Q_s | ζ_s^k]",
            hypotheses: "mixed path/ring/grid family; every s and k < ecc(s)",
            kind: .upperBound,
            check: ClaimCheck(family: mixedNetworkFamily) { x in
                try criticSteps(x, reading: reading) { problem, rewards, parts, s, k, solveError in
                    let c = rewards.supremum / (1 - problem.gamma)
                    return [Measurement("s=\(s), k=\(k)", lhs: parts.supError, .lessOrEqual, rhs: c * pow(problem.gamma, Double(k + 1) / 2),
                                        tolerance: Tolerance(2 * solveError, "two exact solves of Q_s"),
                                        trivialBound: rewards.oscillation(team: s) / (1 - problem.gamma))]
                }
            })
    }

    /// App. D.1.3, (D.8) and (D.9): the triangle inequalities, with Q_s(·; ω̄) the output of
    /// Algorithm 1 (M = 64, T_critic = 1024) for team s at hops k.
    static let theorem54Step2 = Claim(
        id: "ltde.thm5.4/step2", paper: .ltde, source: "Theorem 5.4 proof (App. D.1.3), (D.8)–(D.9)",
        statement: "‖Q_s(·; ω̄) − Q_s^{Π^θ}(·)‖²_{L2(ν_θ)} ≤ 2(‖Q_s(·; ω̄) − Q_0(·; ω*)‖²_{L2(ν_θ)} + ‖Q_s^{Π^θ}(·) − Q_0(·; ω*)‖²_{L2(ν_θ)}) (D.8); ‖Q_s^{Π^θ}(·) − Q_0(·; ω*)‖_{L2(ν_θ)} ≤ ‖Q_s^{Π^θ} − Q̂_s^{Π^θ}‖ (I) + ‖Q̂_s^{Π^θ} − Proj_{F_{R,M}} Q̂_s^{Π^θ}‖ (II) + ‖Q_0(·; ω*) − Proj_{F_{R,M}} Q̂_s^{Π^θ}‖ (III) (D.9).",
        reading: "F_{R,M} in its tabular limit (every function of ζ_s^k), so Q_0(·; ω*) = Q_loc; Q_s(·; ω̄) from Algorithm 1 with M = 64, T_critic = 1024 (team 0, k = 1) for (D.8)",
        hypotheses: "mixed path/ring/grid family, r_s as printed; every s and k < ecc(s) for (D.9)",
        kind: .upperBound,
        check: ClaimCheck(family: mixedNetworkFamily) { x in
            var evaluation = try criticSteps(x, reading: .printed) { _, _, parts, s, k, solveError in
                [Measurement("(D.9) s=\(s), k=\(k)", lhs: parts.distance, .lessOrEqual, rhs: parts.termI + parts.termII + parts.termIII,
                             tolerance: Tolerance(4 * solveError, "exact solves of Q_s and Q_loc"))]
            }
            let problem = try TeamProblem(x)
            let r = problem.rewards(.printed).values[0]
            let q = try problem.chain.actionValues(reward: r)
            let nu = try problem.chain.stationaryDistribution()
            let parts = try CriticDecomposition(problem: problem, reward: r, q: q.values, nu: nu, team: 0, hops: 1)
            let rng = RandomSource(seed: x.seed).child("critic")
            let critic = NeuralTDCritic(space: problem.space, team: 0, hops: 1, width: 64, radius: 2 * (Vector.infinityNorm(q.values) + 2),
                                        steps: 1024, gamma: problem.gamma, rng: rng.child("init"))
            let omega = critic.train(reward: r, gamma: problem.gamma, stationary: DiscreteSampler(nu), rows: problem.chain.rowSamplers, rng: rng.child("samples"))
            let lhs = critic.squaredError(omega, against: q.values, nu: nu)
            let rhs = 2 * (critic.squaredError(omega, against: parts.fixedPoint, nu: nu) + parts.distance * parts.distance)
            evaluation.measurements.append(Measurement("(D.8) team 0, k = 1", lhs: lhs, .lessOrEqual, rhs: rhs,
                                                       tolerance: .roundoff(scale: rhs, operations: 8 * problem.space.count, what: "three weighted sums of squares")))
            return evaluation
        })

    /// App. D.1.3, (D.10): (III) ≤ γ‖Q_0(ω*) − Q_s‖ + (I) ≤ γ‖Q_0(ω*) − Q_s‖ + cρ^{k+1}.
    static func theorem54Step3(_ reading: TeamRewardReading) -> Claim {
        Claim(
            id: "ltde.thm5.4/step3" + (reading == .printed ? "" : ".weighted"), paper: .ltde, source: "Theorem 5.4 proof (App. D.1.3), (D.10)",
            statement: "(III) = ‖Proj_{F_{R,M}} T_s^θ Q_0(·; ω*) − Proj_{F_{R,M}} Q̂_s^{Π^θ}(·)‖ ≤ γ‖Q_0(·; ω*) − Q_s^{Π^θ}(·)‖_{L2(ν_θ)} + ‖Q_s^{Π^θ}(·) − Q̂_s^{Π^θ}(·)‖_{L2(ν_θ)} ≤ γ‖Q_0(·; ω*) − Q_s^{Π^θ}(·)‖_{L2(ν_θ)} + cρ^{k+1} (D.10).",
            reading: "\(reading.phrase); c = sup|r_s|/(1−γ), ρ = √γ; tabular limit of F_{R,M}",
            hypotheses: "mixed path/ring/grid family; every s and k < ecc(s)",
            kind: .upperBound,
            check: ClaimCheck(family: mixedNetworkFamily) { x in
                try criticSteps(x, reading: reading) { problem, rewards, parts, s, k, solveError in
                    let c = rewards.supremum / (1 - problem.gamma), gamma = problem.gamma
                    let tol = Tolerance(4 * solveError, "exact solves of Q_s and Q_loc")
                    return [Measurement("s=\(s), k=\(k): γ‖Q_0 − Q_s‖ + (I)", lhs: parts.termIII, .lessOrEqual, rhs: gamma * parts.distance + parts.termI, tolerance: tol),
                            Measurement("s=\(s), k=\(k): γ‖Q_0 − Q_s‖ + cρ^{k+1}", lhs: parts.termIII, .lessOrEqual,
                                        rhs: gamma * parts.distance + c * pow(gamma, Double(k + 1) / 2), tolerance: tol)]
                }
            })
    }

    /// App. D.1.3, (D.11): ‖Q_s − Q_0(ω*)‖ ≤ (2cρ^{k+1} + (II))/(1−γ), and its square
    /// ≤ (8c²ρ^{2k+2} + 2(II)²)/(1−γ)²; the statement's form γ^{k+1}r_max²/(1−γ)² is reported beside.
    static func theorem54Step4(_ reading: TeamRewardReading) -> Claim {
        Claim(
            id: "ltde.thm5.4/step4" + (reading == .printed ? "" : ".weighted"), paper: .ltde, source: "Theorem 5.4 proof (App. D.1.3), (D.11)",
            statement: "‖Q_s^{Π^θ}(·) − Q_0(·; ω*)‖_{L2(ν_θ)} ≤ (1/(1−γ))(2cρ^{k+1} + ‖Q̂_s^{Π^θ}(·) − Proj_{F_{R,M}} Q̂_s^{Π^θ}(·)‖_{L2(ν_θ)}) and consequently ‖Q_s^{Π^θ}(·) − Q_0(·; ω*)‖²_{L2(ν_θ)} ≤ (1/(1−γ)²)(8c²ρ^{2k+2} + 2‖Q̂_s^{Π^θ} − Proj_{F_{R,M}} Q̂_s^{Π^θ}‖²_{L2(ν_θ)}) (D.11).",
            reading: "\(reading.phrase); c = sup|r_s|/(1−γ), ρ = √γ; tabular limit of F_{R,M}, so (II) = 0",
            hypotheses: "mixed path/ring/grid family; every s and k < ecc(s)",
            kind: .upperBound,
            check: ClaimCheck(family: mixedNetworkFamily) { x in
                try criticSteps(x, reading: reading) { problem, rewards, parts, s, k, solveError in
                    let gamma = problem.gamma, c = rewards.supremum / (1 - gamma), rhoK = pow(gamma, Double(k + 1) / 2)
                    let tol = Tolerance(4 * solveError, "exact solves of Q_s and Q_loc")
                    return [Measurement("s=\(s), k=\(k)", lhs: parts.distance, .lessOrEqual, rhs: (2 * c * rhoK + parts.termII) / (1 - gamma), tolerance: tol),
                            Measurement("s=\(s), k=\(k), squared", lhs: parts.distance * parts.distance, .lessOrEqual,
                                        rhs: (8 * c * c * rhoK * rhoK + 2 * parts.termII * parts.termII) / ((1 - gamma) * (1 - gamma)),
                                        tolerance: Tolerance(2 * parts.distance * tol.value + tol.value * tol.value, "the square of the first tolerance"))]
                }
            })
    }
}
