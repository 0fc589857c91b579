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

    static let theorem55Step5Statement = "Note the definition of the auxiliary Markov game for which f_k is its value function (cf. Lemma C.3): (1/(1−γ))‖Q_{π*} − R_k − γP_{π*}Q_{π*}‖_{2,d_{π*}}, R_k = (I − γP)f_k, ≤ (1/(1−γ))‖f_k − T f_k‖_{2,d_{π*}} ≤ (sqrt(C_μ^{d_{π*}})/(1−γ))‖f_k − T f_k‖_{2,D}."

    /// Term II's second line per iteration k: ‖Q_{π*} − T^{M_k}_{π*}Q_{π*}‖_{2,d_{π*}} of the step run
    /// against the residual `operatorResiduals` (of T_{π*} or of T_{π_k}) by `relation`.
    static func theorem55Step5Measurements(_ x: ClaimInstance, _ relation: Relation,
                                           operatorResiduals: KeyPath<AuxiliaryGames, [Double]>) throws -> [Measurement] {
        let (g, _, games) = try Theorem55Runs.stepRun(x)
        return games.auxiliaryResiduals.enumerated().map { k, v in
            Measurement("k=\(k)", lhs: v, relation, rhs: games[keyPath: operatorResiduals][k],
                        tolerance: .roundoff(scale: max(v, 1 / (1 - g.gamma)), operations: 16 * g.stateCount * g.jointActionCount, what: "two Bellman residuals"))
        }
    }
}
