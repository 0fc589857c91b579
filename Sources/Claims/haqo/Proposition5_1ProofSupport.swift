import Foundation
import GSLKit
import MarkovGames

extension HAQOClaims {
    /// The instance class of the proof steps.
    static let stepHypotheses = commonHypotheses + "π_new on the geometric path towards 'target', t ∈ {1, …, 1e-4}; every permutation and every micro-step m"

    /// The measurements of `body` at every micro-step m = 1…n of a round.
    static func perStep(_ round: SequentialRound, _ body: (Int) throws -> (Measurement, [NamedValue])) rethrows -> [(Measurement, [NamedValue])] {
        try (1...round.agentCount).map { m in
            let (x, q) = try body(m)
            return (Measurement("m=\(m)" + (x.label.isEmpty ? "" : ", " + x.label), lhs: x.lhs, x.relation, rhs: x.rhs,
                                tolerance: x.tolerance, trivialBound: x.trivialBound), q)
        }
    }

    /// J(π_(m)) − J(π_(m−1)).
    static func stepGain(_ round: SequentialRound, _ m: Int) -> Double { round.objectives[m] - round.objectives[m - 1] }

    /// 1/min_s ρ^{π_old}(s) (normalised): the computable choice of the "finite state-support
    /// constant" c_j of eq. (63), for which E_ρ KL ≤ δ implies KL_max ≤ c_j δ.
    static func stateSupportConstant(_ round: SequentialRound) -> Double { 1 / round.occupancies[0].min()! }

    /// ‖d^{(m−1)} − ρ^{π_old}‖₁ under a reading of ρ.
    static func mismatchDistance(_ round: SequentialRound, _ m: Int, _ reading: VisitationReading) -> Double {
        Vector.oneNorm(Vector.difference(round.occupancies[m - 1], round.visitation(0, reading)))
    }

    /// Δ_mismatch^{(m)} = (E_{d^{(m−1)}} − E_{ρ^{π_old}}) E[Δ_m] with Δ_m from Q^{π_(m−1)}.
    static func mismatch(_ round: SequentialRound, _ m: Int, _ reading: VisitationReading) -> Double {
        let chain = round.chain(forPosition: m, .current), table = round.new.tables[round.order[m - 1]]
        return round.surrogate(position: m, table: table, rho: round.occupancies[m - 1], chain: chain)
            - round.surrogate(position: m, table: table, rho: round.visitation(0, reading), chain: chain)
    }
}
