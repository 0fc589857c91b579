import ExactSolvers
import GSLKit
import MarkovGames

/// The trust region of haqo's idealised update (haqo.md §4.3 (T2); haqo A.5(i)): the new row is the
/// mixture π_new = (1−λ)π_old + λq with the largest λ ∈ {1, ½, ¼, …} such that
/// E_{s~ρ} KL(π_old(·|s) ‖ π_new(·|s)) ≤ δ (or KL(π_new ‖ π_old), haqo flag 2), with ρ the discounted
/// occupancy of π_old, normalised or not (haqo flag 1).
public struct TrustRegionMixing: Sendable {
    public enum Direction: String, Sendable, CaseIterable {
        case oldNew = "old-new"
        case newOld = "new-old"
    }

    public let radius: Double?
    public let direction: Direction
    public let normalizedOccupancy: Bool
    /// Halvings tried before giving up (λ = 2^{−maxHalvings} is then taken if it fits, else 0).
    public let maxHalvings = 40

    public init(radius: Double?, direction: Direction, normalizedOccupancy: Bool) {
        self.radius = radius
        self.direction = direction
        self.normalizedOccupancy = normalizedOccupancy
    }

    /// The expected KL of two tables (rows of length `width`) under the state weights `rho`.
    public func expectedKL(old: [Double], new: [Double], width: Int, rho: [Double]) -> Double {
        var total = 0.0
        for (s, w) in rho.enumerated() where w > 0 {
            let range = (s * width)..<((s + 1) * width)
            total += w * (direction == .oldNew ? PolicyRows.kullbackLeibler(old[range], new[range]) : PolicyRows.kullbackLeibler(new[range], old[range]))
        }
        return total
    }

    /// The state weights ρ for π_old.
    public func stateWeights(game: Game, old: Policy) throws -> [Double] {
        let d = try FiniteMDP(game: game).discountedStateOccupancy(policy: old.joint(in: game).table)
        return normalizedOccupancy ? d : d.map { $0 / (1 - game.gamma) }
    }

    /// The mixed table, the λ taken and the realised expected KL.
    public func mix(old: [Double], candidate q: [Double], width: Int, rho: [Double]) -> (table: [Double], lambda: Double, kl: Double) {
        guard let delta = radius else { return (q, 1, expectedKL(old: old, new: q, width: width, rho: rho)) }
        var lambda = 1.0
        for _ in 0...maxHalvings {
            let mixed = zip(old, q).map { (1 - lambda) * $0 + lambda * $1 }
            let kl = expectedKL(old: old, new: mixed, width: width, rho: rho)
            if kl <= delta { return (mixed, lambda, kl) }
            lambda /= 2
        }
        return (old, 0, 0)
    }
}
