import ExactSolvers
import MarkovGames

/// The constant M := sup_π max_s 1/d^π(s) of ddpl Thm. C.1, exactly: max_s 1/d_min(s) with d_min from
/// `FiniteMDP.minimalDiscountedStateOccupancy` (∞ when some state can be avoided entirely).
enum VisitationConstant {
    static func exact(_ game: Game) throws -> Double {
        try FiniteMDP(game: game).minimalDiscountedStateOccupancy().map { $0 > 0 ? 1 / $0 : .infinity }.max()!
    }

    /// The cheap upper bound M ≤ 1/((1−γ) min_s ρ₀(s)).
    static func initialDistributionBound(_ game: Game) -> Double { 1 / ((1 - game.gamma) * game.initial.min()!) }
}
