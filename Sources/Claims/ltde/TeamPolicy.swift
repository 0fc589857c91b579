import Foundation
import GSLKit

/// A team-decentralized policy Π(h | µ) = ∏_x Π_x(h(x) | µ(x)) (ltde eq. (3.3)), as the tables
/// Π_x(c_x | n_x) over the team-action counts c_x of the n_x agents in x.
///
/// Two sources: the multinomial law (3.1)–(3.2) induced by an individual-decentralized policy
/// π(x, µ(x)) ∈ P(A) (the class U), and energy-based (Gibbs) laws Π_x ∝ exp(E_x(n_x, c_x)) such as
/// the actor (4.4).
struct TeamPolicy: Sendable {
    /// probabilities[x][n][j]: Π_x(teamActions[n][j] | n_x = n).
    let probabilities: [[[Double]]]

    init(probabilities: [[[Double]]]) { self.probabilities = probabilities }

    /// The policy (3.2) induced by π: individual[x][n] = π(x, n/N) ∈ P(A) for n = 0…N (the row
    /// n = 0 is used by no team; it is kept so the printed reading of (3.13) can be evaluated):
    ///   Π_x(c | n) = n!/∏_a c_a! · ∏_a π(x, n/N)(a)^{c_a}.
    static func induced(by individual: [[[Double]]], space: TeamConfigurations) -> TeamPolicy {
        TeamPolicy(probabilities: individual.map { rows in
            (0...space.agentCount).map { n in multinomialLaw(trials: n, probabilities: rows[n], space: space) }
        })
    }

    /// Multinomial(n, p) over `space.teamActions[n]`.
    static func multinomialLaw(trials n: Int, probabilities p: [Double], space: TeamConfigurations) -> [Double] {
        space.teamActions[n].map { c in
            var logP = Special.logGamma(Double(n + 1))
            for (ca, pa) in zip(c, p) where ca > 0 {
                if pa <= 0 { return 0 }
                logP += Double(ca) * log(pa) - Special.logGamma(Double(ca + 1))
            }
            return exp(logP)
        }
    }

    /// The Gibbs law Π_x(c | n) ∝ exp(energy(x, n, c)) over `space.teamActions[n]`.
    static func gibbs(space: TeamConfigurations, energy: (Int, Int, [Int]) -> Double) -> TeamPolicy {
        TeamPolicy(probabilities: (0..<space.nodeCount).map { x in
            (0...space.agentCount).map { n in Special.softmax(space.teamActions[n].map { energy(x, n, $0) }) }
        })
    }

    /// Π(h | µ) for configuration ξ: ∏_x Π_x(c_x | n_x).
    func probability(_ xi: Int, in space: TeamConfigurations) -> Double {
        var p = 1.0
        let n = space.counts(xi)
        for x in 0..<space.nodeCount { p *= probabilities[x][n[x]][space.teamActionIndex(xi, node: x)] }
        return p
    }

    /// Π(· | µ) over the configurations of each measure: weights[µ][j] for ξ = first(µ) + j.
    func measureWeights(in space: TeamConfigurations) -> [[Double]] {
        (0..<space.measureCount).map { mu in space.configurations(ofMeasure: mu).map { probability($0, in: space) } }
    }
}

extension TeamPolicy {
    /// The individual-decentralized policy table π(x, n/N)(a) = softmax(logits[(x·(N+1) + n)·m + a])
    /// for n = 0…N (eq. (2.8)); `logits` has k·(N+1)·m entries.
    static func individualTable(logits: [Double], nodes k: Int, agents n: Int, actions m: Int) -> [[[Double]]] {
        precondition(logits.count == k * (n + 1) * m, "TeamPolicy.individualTable: \(logits.count) logits, expected \(k * (n + 1) * m)")
        return (0..<k).map { x in
            (0...n).map { c in Special.softmax(Array(logits[((x * (n + 1) + c) * m)..<((x * (n + 1) + c + 1) * m)])) }
        }
    }

    /// π(x, µ(x))(a) recovered from Π by the paper's inverse (Sec. 3.1, below (3.2)):
    /// π(x, µ(x))(a) = Π_x(δ_a | µ(x))^{1/(Nµ(x))}, for n_x ≥ 1.
    func recoveredIndividual(node x: Int, count n: Int, action a: Int, space: TeamConfigurations) -> Double {
        precondition(n >= 1, "TeamPolicy.recoveredIndividual: empty team")
        var dirac = [Int](repeating: 0, count: space.actionCount)
        dirac[a] = n
        let j = space.teamActions[n].firstIndex(of: dirac)!
        return pow(probabilities[x][n][j], 1 / Double(n))
    }
}
