import Foundation
import GSLKit

extension HAQOClaims {
    /// haqo Prop. 5.3 proof, eq. (139): entropy of a product policy.
    static let proposition53Step12 = Claim(
        id: "haqo.prop5.3/step12", paper: .haqo, source: "Proposition 5.3 proof (App. A.8), eq. (139)",
        statement: "For a factorized joint policy π(a|s) = ∏_{j=1}^n π^j(a^j|s), the chain rule of entropy yields H(a|s) = Σ_{j=1}^n H(a^j|s).",
        reading: "discrete actions (Shannon entropy); the joint table built by the game's joint indexing",
        hypotheses: "random heterogeneous cooperative games (|S| ≤ 3, n ≤ 3, |A^i| ≤ 3); a product policy π = 'pi'; every state", kind: .identity,
        check: ClaimCheck(family: HAQOFamilies.singlePolicy) { x in
            let g = try x.requireGame(), pi = try x.productPolicy("pi")
            let joint = pi.joint(in: g).table, nA = g.jointActionCount
            func entropy(_ p: ArraySlice<Double>) -> Double { p.reduce(0) { $1 > 0 ? $0 - $1 * log($1) : $0 } }
            let out = (0..<g.stateCount).map { s in
                let sum = g.agents.indices.reduce(0.0) { acc, i in
                    let k = g.agents[i].actionCount
                    return acc + entropy(pi.tables[i][(s * k)..<((s + 1) * k)])
                }
                return Measurement("s=\(s)", lhs: entropy(joint[(s * nA)..<((s + 1) * nA)]), .equal, rhs: sum,
                                   tolerance: .roundoff(scale: log(Double(nA)) + 1, operations: 8 * nA, what: "the entropy sums"))
            }
            return Evaluation(measurements: out)
        },
        defaultInstances: 32)
}
