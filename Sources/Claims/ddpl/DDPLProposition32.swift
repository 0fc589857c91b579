import Foundation
import GSLKit

extension DDPLClaims {
    /// ddpl, Proposition 3.2 (Sec. 3.2.2), as printed. The proof bounds P(visit 1_n) by P(∩_i E_i) with
    /// E_i = {[s]_i = 1 at least once}; until E_i occurs agent i follows the run of Theorem 3.1 on its own
    /// coordinate, independently of the others, so P(∩_i E_i) = P(E_1)ⁿ with P(E_1) the exact reach
    /// probability of `ddpl.thm3.1`. One measurement per n = 1…8.
    static let proposition32 = Claim(
        id: "ddpl.prop3.2", paper: .ddpl, source: "Proposition 3.2 (Sec. 3.2.2); proof App. A, eqs. (18)–(21)",
        statement: "Consider Algorithm 1 with batch size B = 32, learning rate η = 0.01(1−γ), and Π_i being the Gaussian policy class. For every i ∈ [n] and every epoch k where [s]_i = 1 has not been reached, suppose Q̂_i^{π^k} is accurate for M_ma with reward r¬_ma(s,a) = 1(s = −1_n) Σ_j r_start(a_j) + 1(s ≠ −1_n) c_1 Σ_{j≠i} [s]_j. Then starting from {π_i^0 = N(0, 0.1)}_{i∈[n]}, the probability of reaching state s = 1_n using Algorithm 1 and Gaussian policies is at most 0.45ⁿ.",
        reading: "the probability bounded through the proof's P(∩_i E_i) = ∏_i P(E_i), each agent's updates the stationary-point updates of ddpl.thm3.1, 32 independent draws at the start state per epoch",
        hypotheses: "M_ma constants as printed; n = 1…8; per-agent run as in ddpl.thm3.1",
        kind: .upperBound,
        check: ClaimCheck(family: .fixed("the paper's M_ma from N(0, 0.1) for every agent", ClaimInstance())) { _ in
            let run = try GaussianProjectedRun(.stationaryPoint)
            let single = run.reachProbability
            let measurements = (1...8).map { n in
                Measurement("n=\(n)", lhs: pow(single, Double(n)), .lessOrEqual, rhs: pow(0.45, Double(n)),
                            tolerance: Tolerance(Double(n) * 32 * run.tailBound, "n times the epochs after the run (32·Σ_{k>K} p_k each)"), trivialBound: 1)
            }
            return Evaluation(measurements: measurements,
                              quantities: [NamedValue("P(E_i) (one agent)", single), NamedValue("P(∩E_i), n = 2", single * single),
                                           NamedValue("0.45²", 0.45 * 0.45)])
        },
        defaultInstances: 1)
}
