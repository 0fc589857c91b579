import Foundation
import GSLKit
import MarkovGames

/// The measure kernel P_N(µ' | µ, h) of ltde eq. (3.5).
///
/// For every (x, a), the c_{x,a} = Nµ(x)h(x)(a) agents in x that take a move independently by
/// P(· | x, µ(N_x), a) (eq. (2.7)), so Nµ' is the sum over (x, a) of independent
/// Multinomial(c_{x,a}, P(· | x, µ(N_x), a)) count vectors. Each row is computed exactly by
/// convolving these multinomials (pmf c!/∏_y j_y! ∏_y p_y^{j_y} over the support of P).
struct MeanFieldTransition: Sendable {
    let space: TeamConfigurations
    /// rows[ξ][µ']: P_N(µ' | ξ), dense over the measures of `space`.
    let rows: [[Double]]

    /// Complexity: for each ξ, the product over (x, a) of the multinomial supports (small for the
    /// N ≤ 6 the claims use).
    init(model: NetworkedMeanFieldModel, space: TeamConfigurations) {
        precondition(model.graph == space.graph && model.actionCount == space.actionCount && model.agentCount == space.agentCount,
                     "MeanFieldTransition: model and configuration space disagree")
        self.space = space
        let k = space.nodeCount, m = space.actionCount, nMeasures = space.measureCount
        let weights = (0..<k).map { space.codeWeight(ofNode: $0) }
        var rows: [[Double]] = []
        rows.reserveCapacity(space.count)
        for xi in 0..<space.count {
            let mu = space.empiricalMeasure(space.measureOfConfiguration[xi])
            var law: [Int: Double] = [0: 1]
            for x in 0..<k {
                for a in 0..<m {
                    let c = space.teamCounts[xi][x * m + a]
                    if c == 0 { continue }
                    let p = model.localTransition(from: x, measure: mu, action: a)
                    let support = (0..<k).filter { p[$0] > 0 }
                    let moves = Self.multinomial(trials: c, probabilities: support.map { p[$0] })
                    var next: [Int: Double] = [:]
                    // Codes in increasing order: a dictionary's order changes from run to run, and
                    // with it the order of the floating-point sums below.
                    for code in law.keys.sorted() {
                        let w = law[code]!
                        for (split, q) in moves {
                            var shifted = code
                            for (j, y) in support.enumerated() { shifted += split[j] * weights[y] }
                            next[shifted, default: 0] += w * q
                        }
                    }
                    law = next
                }
            }
            var row = [Double](repeating: 0, count: nMeasures)
            for code in law.keys.sorted() { row[space.measureIndex(ofCode: code)] += law[code]! }
            rows.append(row)
        }
        self.rows = rows
    }

    /// Every split (j_1, …, j_q) of `trials` over q cells with its multinomial probability.
    static func multinomial(trials c: Int, probabilities p: [Double]) -> [([Int], Double)] {
        Compositions.all(total: c, parts: p.count).map { split in
            var logP = Special.logGamma(Double(c + 1))
            for (j, pj) in zip(split, p) where j > 0 { logP += Double(j) * log(pj) - Special.logGamma(Double(j + 1)) }
            return (split, exp(logP))
        }
    }

    /// E[Nµ'(y) | ξ] = Σ_{µ'} P_N(µ'|ξ) n'_y.
    func expectedCounts(_ xi: Int) -> [Double] {
        var out = [Double](repeating: 0, count: space.nodeCount)
        for (mu, p) in rows[xi].enumerated() where p > 0 {
            for (y, n) in space.measures[mu].enumerated() { out[y] += p * Double(n) }
        }
        return out
    }
}
