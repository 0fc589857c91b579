import MarkovGames

/// haqo Proposition 5.1 (Heterogeneous Sequential Improvement Bound), eq. (4), and its readings.
///
/// Left side ΔJ = J(π_new) − J(π_old) by exact evaluation. Right side Σ_i ΔL^i − Σ_i C_i δ_i² with
/// the surrogate gains ΔL^i of eq. (50) (Lemma A.6's Δ_m averaged over the updated predecessors,
/// states from ρ^{π_old}) and δ_i the realised trust-region radius (the smallest the hypothesis
/// allows). "There exist constants C_i = O(γR_max/(1−γ)²)" hides the constant: the inequality
/// readings use the paper's own printed constants (K = 8γR_max/(1−γ)³ of eq. (69), which Remark
/// A.12 names as the product of the three layers C_i comes from, and C = 4γR_max/(1−γ)² of
/// eq. (143)); the `.order` readings test the existence of any constant by the δ → 0 rate.
extension HAQOClaims {
    /// Proposition 5.1 as printed.
    static let proposition51Statement = """
        Let agents i ∈ {1, 2, …, n} update in a random permutation order i_{1:n}. Suppose rewards are bounded \
        (Assumption A.1), policies are regular (Assumption A.3), and trust-region constraints hold with radius δ_i \
        for each agent i (Assumption A.5). Then there exist constants C_i = O(γR_max/(1−γ)²) for each agent i such that: \
        J(π_new) − J(π_old) ≥ Σ_{i=1}^n (L^i(π_new^i) − L^i(π_old^i)) − Σ_{i=1}^n C_i δ_i².
        """

    /// Which per-agent surrogate L^i a reading uses.
    enum SurrogateForm: Sendable {
        /// Eq. (50): Δ_m of the chain of `critic`'s policy, predecessors from π_new.
        case conditional(CriticReading)
        /// Sec. 5.1 read literally with A^i(s,a^i) the joint advantage A^{π_old} of Table 2 and
        /// a^{−i} ~ π_new^{−i}.
        case jointAdvantage
    }

    /// One reading of eq. (4): the state law, the surrogate, the radius and the constant.
    struct Proposition51Reading: Sendable {
        var visitation: VisitationReading = .normalised
        var surrogate: SurrogateForm = .conditional(.current)
        var radius: RadiusReading = .expectedOldNew
        /// K = 8γR_max/(1−γ)³ (eq. (69)) when true, C = 4γR_max/(1−γ)² (eq. (143)) when false.
        var constantK = true

        func constant(_ game: Game) -> Double {
            let r = HAQOGames.rewardBound(game), g = game.gamma
            return constantK ? 8 * g * r / ((1 - g) * (1 - g) * (1 - g)) : 4 * g * r / ((1 - g) * (1 - g))
        }

        /// Σ_i ΔL^i of the round.
        func surrogateGain(_ round: SequentialRound) -> Double {
            switch surrogate {
            case .conditional(let critic):
                return (1...round.agentCount).reduce(0) { $0 + round.surrogateGain(position: $1, visitation: visitation, critic: critic) }
            case .jointAdvantage:
                let rho = round.visitation(0, visitation)
                return (0..<round.agentCount).reduce(0) { acc, i in
                    acc + round.jointAdvantageSurrogate(agent: i, table: round.new.tables[i], rho: rho)
                        - round.jointAdvantageSurrogate(agent: i, table: round.old.tables[i], rho: rho)
                }
            }
        }

        /// δ_i for every agent.
        func radii(_ round: SequentialRound) throws -> [Double] {
            try (0..<round.agentCount).map { try round.radius(agent: $0, radius, visitation: visitation) }
        }

        /// The comparison of eq. (4) on one round, with every term as a quantity.
        func measurement(_ round: SequentialRound) throws -> (Measurement, [NamedValue]) {
            let g = round.game, c = constant(g), deltas = try radii(round)
            let gain = surrogateGain(round), penalty = deltas.reduce(0) { $0 + c * $1 * $1 }
            let deltaSquares = deltas.reduce(0) { $0 + $1 * $1 }
            let r = HAQOGames.rewardBound(g)
            return (Measurement(lhs: round.returnGain, .greaterOrEqual, rhs: gain - penalty,
                                tolerance: round.tolerance(what: "J(π_(m)), Q^{π_(m)} and d^{π_(m)}"),
                                trivialBound: -2 * r / (1 - g.gamma)),
                    [NamedValue("ΔJ", round.returnGain), NamedValue("Σ ΔL^i", gain), NamedValue("Σ δ_i", deltas.reduce(0, +)),
                     NamedValue("Σ C_i δ_i²", penalty), NamedValue(constantK ? "C_i = K = 8γR_max/(1−γ)³" : "C_i = 4γR_max/(1−γ)²", c),
                     NamedValue("C* = (ΣΔL − ΔJ)/Σδ_i² (smallest constant that would do)", (gain - round.returnGain) / deltaSquares),
                     NamedValue("R_max", r), NamedValue("γ", g.gamma)])
        }
    }

    static func proposition51(id: String, reading text: String?, _ reading: Proposition51Reading,
                              hypotheses: String, naturalGradient: Bool = false) -> Claim {
        Claim(
            id: id, paper: .haqo, source: "Proposition 5.1 (Sec. 5.1), eq. (4); proof App. A.6",
            statement: proposition51Statement, reading: text,
            hypotheses: hypotheses,
            kind: .lowerBound,
            check: ClaimCheck(family: naturalGradient ? HAQOFamilies.oldPolicy : HAQOFamilies.sequentialPair) { x in
                naturalGradient
                    ? try SequentialSweep.evaluateNaturalGradient(x) { [try reading.measurement($0)] }
                    : try SequentialSweep.evaluate(x) { [try reading.measurement($0)] }
            },
            defaultInstances: 32)
    }

    static let commonHypotheses = "random heterogeneous cooperative games (|S| ≤ 3, n ≤ 3, |A^i| ≤ 3, r ∈ [−1,1] so R_max = max|r|, γ ∈ {0.5, 0.9}); "

    static let proposition51Primary = proposition51(
        id: "haqo.prop5.1",
        reading: "ρ^{π_old} normalised (the 'state visitation distribution' of Sec. 5.1 and Table 2) in L^i and in δ_i; L^i of eq. (50) with Δ_m from Q^{π_(m−1)} (what eqs. (52)–(54) use); δ_i = E_{s~ρ^{π_old}} KL(π_old^i‖π_new^i) as printed in Sec. 5.1 and A.5(i); C_i = K = 8γR_max/(1−γ)³, the largest constant the proof writes (eq. (69))",
        Proposition51Reading(),
        hypotheses: commonHypotheses + "π_new on the geometric path π_t ∝ π_old^{1−t}π_target^t, t ∈ {1, …, 1e-4} (any update inside a trust region; δ_i := its realised radius); every permutation")

    static let proposition51Constant143 = proposition51(
        id: "haqo.prop5.1.constant143",
        reading: "as haqo.prop5.1 but C_i = 4γR_max/(1−γ)², the constant C the proof of Thm. 5.4 takes in eq. (143)",
        Proposition51Reading(constantK: false),
        hypotheses: commonHypotheses + "geometric update path t ∈ {1, …, 1e-4}; every permutation")

    static let proposition51Unnormalised = proposition51(
        id: "haqo.prop5.1.unnormalised",
        reading: "ρ^{π_old} = d^{π_old}/(1−γ), 'the unnormalized occupancy' of eq. (143), in L^i and in δ_i; otherwise as haqo.prop5.1",
        Proposition51Reading(visitation: .unnormalised),
        hypotheses: commonHypotheses + "geometric update path t ∈ {1, …, 1e-4}; every permutation")

    static let proposition51ReverseKL = proposition51(
        id: "haqo.prop5.1.klNewOld",
        reading: "δ_i = E_{s~ρ^{π_old}} KL(π_new^i‖π_old^i), the direction of App. A.12.4; otherwise as haqo.prop5.1",
        Proposition51Reading(radius: .expectedNewOld),
        hypotheses: commonHypotheses + "geometric update path t ∈ {1, …, 1e-4}; every permutation")

    static let proposition51MaxRadius = proposition51(
        id: "haqo.prop5.1.maxRadius",
        reading: "δ_i = max_s KL(π_old^i(·|s)‖π_new^i(·|s)), the max-KL radius of eqs. (62)–(63); otherwise as haqo.prop5.1",
        Proposition51Reading(radius: .maxOldNew),
        hypotheses: commonHypotheses + "geometric update path t ∈ {1, …, 1e-4}; every permutation")

    static let proposition51OldCritic = proposition51(
        id: "haqo.prop5.1.oldCritic",
        reading: "Δ_m in L^{i_m} from the chain of Q^{π_old} (one critic per iteration, Alg. 1 step 7; HAPPO's convention); otherwise as haqo.prop5.1",
        Proposition51Reading(surrogate: .conditional(.old)),
        hypotheses: commonHypotheses + "geometric update path t ∈ {1, …, 1e-4}; every permutation")

    static let proposition51JointAdvantage = proposition51(
        id: "haqo.prop5.1.jointAdvantage",
        reading: "L^i as printed in Sec. 5.1, E_{s~ρ^{π_old}, a^{−i}~π_new^{−i}} E_{a^i~π^i}[A^i(s,a^i)], with A^i the joint advantage A^{π_old}(s,a) of Table 2 (A^i = Q^i − V^i); otherwise as haqo.prop5.1",
        Proposition51Reading(surrogate: .jointAdvantage),
        hypotheses: commonHypotheses + "geometric update path t ∈ {1, …, 1e-4}; every permutation")

    static let proposition51NaturalGradient = proposition51(
        id: "haqo.prop5.1.npgStep",
        reading: "updates restricted to the proof's line search along the natural-gradient direction (App. A.6 Step 5): π_new^{i_m} ∝ π_old^{i_m}·exp(η Ā_m) with Ā_m the conditional advantage of π_(m−1), η swept; otherwise as haqo.prop5.1",
        Proposition51Reading(),
        hypotheses: commonHypotheses + "π_old = 'old'; sequential natural-gradient step with η ∈ {3, …, 3e-4}; every permutation",
        naturalGradient: true)

    static let proposition51UnnormalisedNaturalGradient = proposition51(
        id: "haqo.prop5.1.unnormalised.npgStep",
        reading: "as haqo.prop5.1.npgStep (natural-gradient line search) with ρ^{π_old} = d^{π_old}/(1−γ) (unnormalised, eq. (143)) in L^i and δ_i",
        Proposition51Reading(visitation: .unnormalised),
        hypotheses: commonHypotheses + "π_old = 'old'; sequential natural-gradient step with η ∈ {3, …, 3e-4}; every permutation",
        naturalGradient: true)
}
