import Foundation
import GSLKit

extension DDPLClaims {
    /// ddpl, Theorem C.2 proof, Step 1, eq. (75), as printed: the perturbation bound on J. Left side by
    /// two exact policy evaluations; right side the paper's constants with ε := the measured
    /// max_{i,s} D_TV (the smallest ε the hypothesis allows), on random, mixed and adversarial pairs.
    static let theoremC2Step4 = Claim(
        id: "ddpl.thmC.2/step4", paper: .ddpl, source: "Theorem C.2 proof (App. C), Step 1, eq. (75)",
        statement: "For any two joint policies π = (π_1, …, π_n) and π̃ = (π̃_1, …, π̃_n) with D_TV(π_i(·|s), π̃_i(·|s)) ≤ ε for all i, s: |J(π) − J(π̃)| ≤ 2n(r_max − r_min)ε/(1−γ)².",
        hypotheses: "random identical-interest games and pairs of product policies (see family); ε = max_{i,s} D_TV",
        kind: .upperBound,
        check: ClaimCheck(family: policyPairFamily) { x in
            let g = try x.requireGame()
            let pi = try x.productPolicy("pi"), piTilde = try x.productPolicy("piTilde")
            let j = try g.evaluate(.product(pi)), jTilde = try g.evaluate(.product(piTilde))
            let epsilon = DecSPGTrajectory.maximalVariation(pi, piTilde, game: g)
            let (rMin, rMax) = g.rewards.range
            let rhs = 2 * Double(g.agentCount) * (rMax - rMin) * epsilon / pow(1 - g.gamma, 2)
            let lhs = abs(j.objective(initial: g.initial) - jTilde.objective(initial: g.initial))
            return Evaluation(
                measurements: [Measurement(lhs: lhs, .lessOrEqual, rhs: rhs,
                                           tolerance: .discounted(g, scale: max(Vector.infinityNorm(j.values), Vector.infinityNorm(jTilde.values)), solves: 2, what: "J(π), J(π̃)"),
                                           trivialBound: (rMax - rMin) / (1 - g.gamma))],
                quantities: [NamedValue("ε = max TV", epsilon), NamedValue("n", Double(g.agentCount)), NamedValue("γ", g.gamma),
                             NamedValue("r_max − r_min", rMax - rMin), NamedValue("ratio lhs/rhs", rhs > 0 ? lhs / rhs : .nan)])
        })
}
