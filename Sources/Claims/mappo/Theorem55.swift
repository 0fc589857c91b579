import ExactSolvers
import Foundation
import GSLKit
import MarkovGames

/// The settings of mappo Thm. 5.5 for Algorithm 2: η = (1−γ)sqrt(log|A|/K) and λ = (1−γ)⁻¹ε_r^{−2/3}
/// with ε_r = d log(nLR/δ)/((1−γ)²n) (its hidden constant set to 1), R = KηL (the largest ‖θ_k‖ the
/// updates θ_{k+1} = θ_k + ηw_k can reach with ‖w‖ ≤ L), δ = 0.1.
enum Theorem55Runs {
    static func settings(game: Game, iterations k: Int, sampleSize n: Int?, seed: UInt64) -> Algorithm2Run.Settings {
        let eta = ExponentialWeightsRegret.stepSize(gamma: game.gamma, actions: game.agents[0].actionCount, horizon: k)
        let base = Section5Constants(game: game)
        let constants = Section5Constants(game: game, policyBound: Double(k) * eta * base.weightBound)
        return Algorithm2Run.Settings(iterations: k, sampleSize: n, lambda: n.map { constants.lambda($0) } ?? .infinity,
                                      eta: eta, initialState: 0, seed: seed)
    }

    static func run(_ x: ClaimInstance, iterations k: Int, sampleSize n: Int?, label: String) throws -> (game: Game, run: Algorithm2Run) {
        let g = try x.requireGame()
        let run = try Algorithm2Run(game: g, states: try x.vector("muS"), actions: try x.vector("muA"),
                                    settings: settings(game: g, iterations: k, sampleSize: n, seed: SeedSequence.derive(x.seed, label)))
        return (g, run)
    }

    /// J(π*) = V*(s₀).
    static func optimalObjective(_ g: Game) throws -> Double { try FiniteMDP(game: g).policyIteration().values[0] }

    /// The run the proof steps are checked on: K = 20, n = 300.
    static func stepRun(_ x: ClaimInstance) throws -> (game: Game, run: Algorithm2Run, games: AuxiliaryGames) {
        let (g, run) = try run(x, iterations: 20, sampleSize: 300, label: "steps")
        return (g, run, try AuxiliaryGames(game: g, run: run))
    }

    static let stepHypotheses = "Section5Instances (N = 2, |A| = 2, |S| ≤ 3, s₀ = 0), one run of Algorithm 2 with K = 20, n = 300 per (k, m), η and λ of Thm. 5.5 (ε_r's constant 1, R = KηL, δ = 0.1); M_k from f_k^N (R_k = (I − γP^{π_k})f_k^N); d_{π*} the discounted occupancy from s₀."
}

extension MAPPOClaims {
    static let theorem55Statement = "Theorem 5.5. For the output policy π̄ attained by Algorithm 2 in a fully cooperative Markov game, set η = (1−γ)sqrt(log|A|/K) and λ = (1−γ)⁻¹(d log(nLR/δ)/((1−γ)²n))^{−2/3}. After K iterations, w.p. at least 1 − δ we have J(π*) − J(π̄) upper bounded by O(N sqrt(log|A|)/((1−γ)²√K) + C_μ^{d_{π*}} (d log(nLR/δ)/n)^{1/3}/(1−γ)²). [Intro: statistical error Õ(n^{−1/3}).]"

    /// mappo, Thm. 5.5, rate with hidden constants: along K(n) = round(n^{2/3}/4) both terms of the bound
    /// scale like n^{−1/3} (up to logs), so the gap must decay at least like n^{−1/3}. y(n) = 90% quantile
    /// (δ = 0.1) over 6 runs of J(π*) − (1/K)Σ_k J(π_k) (the expected gap of the uniformly drawn π̄).
    /// Regime: with the printed λ = (1−γ)⁻¹ε_r^{−2/3} the pessimistic term λE must outweigh f(s₀,π) ≈ Q(s₀)
    /// or the estimates collapse towards 0 and nothing is learnt; at γ = 0.9 that needs n ≳ 10⁵ (λ ≈ 3 at
    /// n = 3162), at γ = 0.5 it holds from n ≈ 10³, so the check uses γ = 0.5. Even there the first term
    /// of the bound with the proof's constant, 2N sqrt(2 log|A|)/((1−γ)²√K), exceeds the trivial 1/(1−γ)
    /// for every K < 90, and the measured gap is that of the optimisation transient (population runs at
    /// the same K give the same gap): the range that fits the budget is pre-asymptotic, which the verdict
    /// must be read with (see proofs/mappo.md).
    static let theorem55 = Claim(
        id: "mappo.thm5.5", paper: .mappo, source: "Theorem 5.5 (Sec. 5)",
        statement: theorem55Statement,
        reading: "hidden constants, along K ∝ n^{2/3} where both terms are ~n^{−1/3}: the gap decays at least like n^{−1/3}; the C_μ factor and the (1−γ) power (2 or 5/3 in the OCR) do not change the slope",
        hypotheses: "Section5Instances with γ = 0.5 (N = 2, |A| = 2, |S| ≤ 3); one-hot F^m; η, λ of Thm. 5.5 (ε_r as printed, constant 1); n ∈ {30, 100, 316, 1000, 3162} (2 decades) with K = max(3, round(n^{2/3}/4)) = 3, 5, 12, 25, 54; 6 runs per n.",
        kind: .rate,
        check: ClaimCheck(family: Section5Instances.family(gammas: [0.5])) { x in
            let sizes = [30, 100, 316, 1000, 3162]
            let g = try x.requireGame()
            let optimal = try Theorem55Runs.optimalObjective(g)
            let ys = try sizes.map { n -> Double in
                let k = max(3, Int((pow(Double(n), 2.0 / 3) / 4).rounded()))
                let gaps = try (0..<6).map { r in try Theorem55Runs.run(x, iterations: k, sampleSize: n, label: "n\(n) run\(r)").run.averageGap(optimal: optimal) }
                return Section5Instances.quantile(gaps, level: 0.9)
            }
            return Evaluation(rate: RateObservation(x: sizes.map(Double.init), y: ys, claimedExponent: -1.0 / 3, kind: .atMost,
                                                    xLabel: "n (K ∝ n^{2/3})", yLabel: "q₀.₉ J(π*) − J(π̄)"),
                              quantities: [NamedValue("J(π*)", optimal), NamedValue("γ", g.gamma)])
        }, defaultInstances: 4)

    /// mappo, Thm. 5.5, the optimisation term alone: with population data (n = ∞, so the statistical
    /// term vanishes and f_k = Q_{π_k}) the gap must decay at least like K^{−1/2}. K = 100…10⁴ at γ = 0.5
    /// (the regime where the mirror-ascent transient is over, as for mappo.thm4.5.exact.rate).
    static let theorem55Optimization = Claim(
        id: "mappo.thm5.5.optimization", paper: .mappo, source: "Theorem 5.5 (Sec. 5), first term",
        statement: theorem55Statement,
        reading: "the first term with its hidden constant: population data (n = ∞), gap decays at least like K^{−1/2}",
        hypotheses: "Section5Instances with γ = 0.5; population data (λ = ∞: f_k = Q_{π_k}^{1:m}); η = (1−γ)sqrt(log|A|/K); K ∈ {100, 316, 1000, 3162, 10000}.",
        kind: .rate,
        check: ClaimCheck(family: Section5Instances.family(gammas: [0.5])) { x in
            let sizes = [100, 316, 1000, 3162, 10000]
            let g = try x.requireGame()
            let optimal = try Theorem55Runs.optimalObjective(g)
            let ys = try sizes.map { k in try Theorem55Runs.run(x, iterations: k, sampleSize: nil, label: "population").run.averageGap(optimal: optimal) }
            return Evaluation(rate: RateObservation(x: sizes.map(Double.init), y: ys, claimedExponent: -0.5, kind: .atMost,
                                                    xLabel: "K", yLabel: "J(π*) − J(π̄)"),
                              quantities: [NamedValue("J(π*)", optimal)])
        }, defaultInstances: 4)

    /// mappo, Thm. 5.5 proof, Term I with the constant of Lemma C.6: (1/K)Σ_k [J_{M_k}(π*) − J_{M_k}(π_k)] ≤ 2N sqrt(2 log|A|)/((1−γ)²√K).
    static let theorem55Step3 = Claim(
        id: "mappo.thm5.5/step3", paper: .mappo, source: "Theorem 5.5 proof (App. C.2), Term I",
        statement: "Term I = (1/K)Σ_{k=1}^K [J_{M_k}(π*) − J_{M_k}(π_k)] = (1/((1−γ)K)) Σ_m Σ_k E_{s~d_{π*}} E_{a^{1:m−1}~π*} ⟨π*^m − π_k^m, f_k^m⟩ (because f_k^m is the multi-agent state-action value function for M_k); then, with η = (1−γ)sqrt(log|A|/K), Lemma C.6 gives Term I ≤ 2N sqrt(2 log|A|)/((1−γ)²√K).",
        reading: "M_k built from f_k^N (R_k = (I − γP^{π_k})f_k^N); right side with (1−γ)² (the printed power is garbled; Thm. 5.5's first term has (1−γ)²)",
        hypotheses: Theorem55Runs.stepHypotheses,
        kind: .upperBound,
        check: ClaimCheck(family: Section5Instances.family()) { x in
            let (g, run, games) = try Theorem55Runs.stepRun(x)
            let k = Double(run.settings.iterations), n = Double(g.agentCount), logA = log(Double(g.agents[0].actionCount))
            let rhs = 2 * n * (2 * logA).squareRoot() / ((1 - g.gamma) * (1 - g.gamma) * k.squareRoot())
            return Evaluation(measurements: [Measurement("K=\(run.settings.iterations)", lhs: games.termOne, .lessOrEqual, rhs: rhs,
                                                         tolerance: Tolerance(4 * games.errorBound, "4× the LU forward-error bounds of V in M and M_k"))],
                              quantities: [NamedValue("J(π*) − J(π̄)", run.averageGap(optimal: games.optimalObjective)), NamedValue("λ", run.settings.lambda),
                                           NamedValue("η", run.settings.eta)])
        })

    /// mappo, Thm. 5.5 proof, Term I on population data (f_k = Q_{π_k}, so M_k = M and Term I is the gap).
    static let theorem55Step3Population = Claim(
        id: "mappo.thm5.5/step3.population", paper: .mappo, source: "Theorem 5.5 proof (App. C.2), Term I",
        statement: "With η = (1−γ)sqrt(log|A|/K), Lemma C.6 gives Term I ≤ 2N sqrt(2 log|A|)/((1−γ)²√K).",
        reading: "population data (n = ∞): f_k^m = Q_{π_k}^{1:m}, M_k = M, Term I = J(π*) − (1/K)Σ J(π_k); right side with (1−γ)²",
        hypotheses: "Section5Instances; population Algorithm 2; K ∈ {10, 30, 100, 300}.",
        kind: .upperBound,
        check: ClaimCheck(family: Section5Instances.family()) { x in
            let g = try x.requireGame()
            let optimal = try Theorem55Runs.optimalObjective(g)
            let n = Double(g.agentCount), logA = log(Double(g.agents[0].actionCount))
            let ms = try [10, 30, 100, 300].map { k -> Measurement in
                let gap = try Theorem55Runs.run(x, iterations: k, sampleSize: nil, label: "population").run.averageGap(optimal: optimal)
                return Measurement("K=\(k)", lhs: gap, .lessOrEqual, rhs: 2 * n * (2 * logA).squareRoot() / ((1 - g.gamma) * (1 - g.gamma) * Double(k).squareRoot()),
                                   tolerance: .discounted(g, scale: 1 / (1 - g.gamma), solves: 2, what: "V*(s₀) and V_{π_k}(s₀)"),
                                   trivialBound: 1 / (1 - g.gamma))
            }
            return Evaluation(measurements: ms)
        })

    /// mappo, Thm. 5.5 proof, Term II first line (Xie & Jiang 2020, Lemma 1, and Jensen):
    /// J(π*) − J_{M_k}(π*) ≤ (1/(1−γ))‖Q_{π*} − T^{M_k}_{π*}Q_{π*}‖_{2,d_{π*}}, per k.
    static let theorem55Step4 = Claim(
        id: "mappo.thm5.5/step4", paper: .mappo, source: "Theorem 5.5 proof (App. C.2), Term II, Xie & Jiang 2020 Lemma 1",
        statement: "J(π*) − J_{M_k}(π*) = Q_{π*}(s₀, π*) − J_{M_k}(π*) ≤ (1/(1−γ))‖Q_{π*} − T_{π*,M_k}Q_{π*}‖_{2,d_{π*}}.",
        hypotheses: Theorem55Runs.stepHypotheses + " One measurement per k.",
        kind: .upperBound,
        check: ClaimCheck(family: Section5Instances.family()) { x in
            let (_, _, games) = try Theorem55Runs.stepRun(x)
            return Evaluation(measurements: games.optimalValues.enumerated().map { k, v in
                Measurement("k=\(k)", lhs: games.optimalObjective - v, .lessOrEqual, rhs: games.auxiliaryResiduals[k],
                            tolerance: Tolerance(4 * games.errorBound, "4× the LU forward-error bounds of V in M and M_k"))
            })
        })

    static let theorem55Step5Statement = "Note the definition of the auxiliary Markov game for which f_k is its value function (cf. Lemma C.3): (1/(1−γ))‖Q_{π*} − R_k − γP_{π*}Q_{π*}‖_{2,d_{π*}}, R_k = (I − γP)f_k, ≤ (1/(1−γ))‖f_k − T f_k‖_{2,d_{π*}} ≤ (sqrt(C_μ^{d_{π*}})/(1−γ))‖f_k − T f_k‖_{2,D}."

    /// mappo, Thm. 5.5 proof, Term II second line with the operator read as T_{π*} (theory note §3 FLAG).
    static let theorem55Step5 = Claim(
        id: "mappo.thm5.5/step5", paper: .mappo, source: "Theorem 5.5 proof (App. C.2), Term II",
        statement: theorem55Step5Statement,
        reading: "the operator of the second line read as T_{π*}: ‖Q_{π*} − T^{M_k}_{π*}Q_{π*}‖_{2,d_{π*}} ≤ ‖f_k − T_{π*}f_k‖_{2,d_{π*}}",
        hypotheses: Theorem55Runs.stepHypotheses + " One measurement per k.",
        kind: .upperBound,
        check: ClaimCheck(family: Section5Instances.family()) { x in
            let (g, _, games) = try Theorem55Runs.stepRun(x)
            return Evaluation(measurements: games.auxiliaryResiduals.enumerated().map { k, v in
                Measurement("k=\(k)", lhs: v, .lessOrEqual, rhs: games.optimalOperatorResiduals[k],
                            tolerance: .roundoff(scale: max(v, 1 / (1 - g.gamma)), operations: 16 * g.stateCount * g.jointActionCount, what: "two Bellman residuals"))
            })
        })

    /// mappo, Thm. 5.5 proof, Term II second line with the operator read as T_{π_k}: then it is an
    /// identity, Q_{π*} − T^{M_k}_{π*}Q_{π*} = r − R_k = −(f_k − T_{π_k}f_k).
    static let theorem55Step5Current = Claim(
        id: "mappo.thm5.5/step5.piK", paper: .mappo, source: "Theorem 5.5 proof (App. C.2), Term II",
        statement: theorem55Step5Statement,
        reading: "the operator read as T_{π_k} (the residual Lemma C.2 controls): ‖Q_{π*} − T^{M_k}_{π*}Q_{π*}‖_{2,d_{π*}} = ‖f_k − T_{π_k}f_k‖_{2,d_{π*}}",
        hypotheses: Theorem55Runs.stepHypotheses + " One measurement per k.",
        kind: .identity,
        check: ClaimCheck(family: Section5Instances.family()) { x in
            let (g, _, games) = try Theorem55Runs.stepRun(x)
            return Evaluation(measurements: games.auxiliaryResiduals.enumerated().map { k, v in
                Measurement("k=\(k)", lhs: v, .equal, rhs: games.currentOperatorResiduals[k],
                            tolerance: .roundoff(scale: max(v, 1 / (1 - g.gamma)), operations: 16 * g.stateCount * g.jointActionCount, what: "two Bellman residuals"))
            })
        })

    /// mappo, Thm. 5.5 proof, last display: E(f_k, π_k) ≤ ε_r + 1/(λ(1−γ)), from
    /// f_k(s₀,π_k) + λE(f_k,π_k) ≤ Q_{π_k}(s₀,π_k) + λE(Q_{π_k},π_k) ≤ 1/(1−γ) + λε_r and f_k ≥ 0;
    /// ε_r := E(Q_{π_k}^{1:m}, π_k) on the same data (Lemma C.1's event with its smallest ε_r). Per (k, m).
    static let theorem55Step6 = Claim(
        id: "mappo.thm5.5/step6", paper: .mappo, source: "Theorem 5.5 proof (App. C.2), bound on E(f_k, π_k)",
        statement: "E(f_k, π_k) ≤ ε_r + 1/(λ(1−γ)), because f_k(s₀,π_k) + λE(f_k,π_k) = min_f(f(s₀,π_k) + λE(f,π_k)) ≤ Q_{π_k}(s₀,π_k) + λE(Q_{π_k},π_k) ≤ 1/(1−γ) + λε_r.",
        reading: "ε_r := E^{1:m}(Q_{π_k}^{1:m}, π_k) on the same data set",
        hypotheses: Theorem55Runs.stepHypotheses + " One measurement per (k, m).",
        kind: .upperBound,
        check: ClaimCheck(family: Section5Instances.family()) { x in
            let (g, run, _) = try Theorem55Runs.stepRun(x)
            var ms: [Measurement] = []
            for (k, row) in run.evaluations.enumerated() {
                for e in row {
                    let lhs = e.data.bellmanError(e.estimate, prefixPolicy: e.prefixPolicy, gamma: g.gamma)
                    let epsilonR = e.data.bellmanError(e.truth, prefixPolicy: e.prefixPolicy, gamma: g.gamma)
                    ms.append(Measurement("k=\(k) m=\(e.m)", lhs: lhs, .lessOrEqual, rhs: epsilonR + 1 / (run.settings.lambda * (1 - g.gamma)),
                                          tolerance: Tolerance(e.gap / run.settings.lambda, "quadratic-program gap / λ")
                                            + .roundoff(scale: lhs + epsilonR, operations: 64, what: "E")))
                }
            }
            return Evaluation(measurements: ms, quantities: [NamedValue("λ", run.settings.lambda)])
        })
}
