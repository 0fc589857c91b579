import Foundation
import GSLKit
import MarkovGames

extension HAQOClaims {
    /// haqo Prop. 5.1 proof, eqs. (55)–(57): G_m = ΔL^{i_m} + Δ_mismatch^{(m)} with the zero-mean
    /// property E_{π_old^{i_m}}Δ_m = 0 giving L^{i_m}(π_old^{i_m}) = 0.
    static let proposition51Step5 = Claim(
        id: "haqo.prop5.1/step5", paper: .haqo, source: "Proposition 5.1 proof (App. A.6), eqs. (55)–(57)",
        statement: "G_m := E_{s~d^{(m−1)}} E_{a^{−i_m}~π_(m)^{−i_m}, a^{i_m}~π_new^{i_m}}[Δ_m] = (L^{i_m}(π_new^{i_m}) − L^{i_m}(π_old^{i_m})) + Δ_mismatch^{(m)}, Δ_mismatch^{(m)} = (E_{s~d^{(m−1)}} − E_{s~ρ^{π_old}}) E_{a^{−i_m}, a^{i_m}}[Δ_m].",
        reading: "ρ^{π_old} normalised; Δ_m from Q^{π_(m−1)}",
        hypotheses: stepHypotheses, kind: .identity,
        check: ClaimCheck(family: HAQOFamilies.sequentialPair) { x in
            try SequentialSweep.evaluate(x, steps: [1, 0.1, 0.01]) { round in
                perStep(round) { m in
                    let chain = round.chain(forPosition: m, .current), agent = round.order[m - 1]
                    let table = round.new.tables[agent]
                    let g = round.surrogate(position: m, table: table, rho: round.occupancies[m - 1], chain: chain)
                    let gain = round.surrogateGain(position: m, visitation: .normalised, critic: .current)
                    let mismatch = g - round.surrogate(position: m, table: table, rho: round.occupancies[0], chain: chain)
                    return (Measurement(lhs: g, .equal, rhs: gain + mismatch, tolerance: round.tolerance(what: "Q, d of π_(m−1), d^{π_old}")),
                            [NamedValue("G_m", g), NamedValue("ΔL", gain), NamedValue("Δ_mismatch", mismatch)])
                }
            }
        },
        defaultInstances: 32)
}
