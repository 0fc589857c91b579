/// The non-negative Q-weights of haqo eqs. (6)–(7), applied to agent i's conditional advantage
/// A^i(s, a^i; a^{−i}) = Δ_m(s, a^{i_{1:m}}) (App. A.7, Case A/B) at one (s, a^{−i}).
enum QWeight: Sendable, Equatable {
    /// qadv (6): ω = max{0, A^i(s,a^i) − E_{ã ~ π_old^i} A^i(s,ã)}.
    case qadv
    /// qcut (7): ω = max{0, A^i(s,a^i)}·1{A^i(s,a^i) ≥ threshold}; the threshold ε is unstated.
    case qcut(threshold: Double)

    /// ω for one row of advantages `advantage[a]` under agent i's old action law `old[a]`.
    func weights(advantage: ArraySlice<Double>, old: ArraySlice<Double>) -> [Double] {
        switch self {
        case .qadv:
            var baseline = 0.0
            for (p, a) in zip(old, advantage) { baseline += p * a }
            return advantage.map { max(0, $0 - baseline) }
        case .qcut(let eps):
            return advantage.map { $0 >= eps ? max(0, $0) : 0 }
        }
    }
}
