import Foundation
import GSLKit

extension LTDEClaims {
    /// ltde, Sec. 3.1, below (3.2): a team policy induced by π is inverted by querying Dirac team
    /// actions, Π_s(δ_a | µ(s)) = π(s, µ(s))(a)^{Nµ(s)}, so π(s, µ(s))(a) = Π_s(δ_a | µ(s))^{1/(Nµ(s))}.
    /// Left side: π; right side: the inverse applied to the multinomial law (3.2). For a Gibbs team
    /// law (4.4), which need not lie in U, the same inverse is reported as Σ_a Π_s(δ_a)^{1/n}
    /// (1 for laws in U).
    static let policyInversion = Claim(
        id: "ltde.eq3.2", paper: .ltde, source: "Sec. 3.1, (3.1)–(3.2) and the inverse below (3.2)",
        statement: "Given a team-decentralized policy Π_s(· | µ(s)), one can recover the individual-decentralized policy π(s, µ(s)): with h_i(s) = δ_{a_i}, Π_s(h_i(s) | µ(s)) = (π(s, µ(s))(a_i))^{N·µ(s)}, implying π(s, µ(s))(a_i) = Π(h_i(s) | µ(s))^{1/(N·µ(s))}.",
        hypotheses: "random individual policies π(x, n/N) on the path family; every x, n = 1…N, a",
        kind: .identity,
        check: ClaimCheck(family: networkFamily(.path)) { x in
            let problem = try TeamProblem(x)
            let space = problem.space, policy = problem.chain.policy
            var worst = WorstDiscrepancy(), normalisation = 0.0
            for y in 0..<space.nodeCount {
                for n in 1...space.agentCount {
                    normalisation = max(normalisation, abs(policy.probabilities[y][n].reduce(0, +) - 1))
                    for a in 0..<space.actionCount {
                        worst.record(problem.individual[y][n][a], policy.recoveredIndividual(node: y, count: n, action: a, space: space),
                                     "x = \(y), n = \(n), a = \(a)")
                    }
                }
            }
            // A Gibbs law with random energies (outside U in general), for the report.
            let rng = RandomSource(seed: x.seed).child("gibbs")
            let gibbs = TeamPolicy.gibbs(space: space) { _, _, _ in rng.normal() }
            var gibbsMass = 0.0
            for y in 0..<space.nodeCount {
                for n in 1...space.agentCount {
                    let total = (0..<space.actionCount).reduce(0.0) { $0 + gibbs.recoveredIndividual(node: y, count: n, action: $1, space: space) }
                    gibbsMass = max(gibbsMass, abs(total - 1))
                }
            }
            return Evaluation(
                measurements: [worst.measurement(tolerance: .roundoff(scale: 1, operations: 8 * space.agentCount, what: "a multinomial pmf and its n-th root"))],
                quantities: [NamedValue("max |Σ_c Π_x(c|n) − 1|", normalisation),
                             NamedValue("Gibbs law: max |Σ_a Π_x(δ_a|n)^{1/n} − 1|", gibbsMass)],
                notes: ["a random Gibbs team law Π_x ∝ exp(E_x(n, c)) is outside U: its inverse does not sum to 1 (see the quantity)"])
        })
}
