import MarkovGames

/// The localised team rewards r_y of ltde (3.6) on a networked game. The game stores the team reward
/// r(s, a) = (1/N) Σ_i g_i(s, a) with g_i = r(s^i, µ(N_{s^i}), a^i) (ltde (2.1), (2.6)); per-agent
/// rewards give g_i = r_i directly, and a shared reward is split exactly for this additive form by
///
///   ĝ_i(s, a) = N·E_{a_{−i}~U}[r(s, a_i, a_{−i})] − (N−1)·E_{a~U}[r(s, a)]   (= g_i − ḡ_i + (1/N)Σ_j ḡ_j),
///
/// which sums to N·r (the game does not say how a team reward splits; this split is exact up to terms
/// that do not depend on the actions). Team y's reward then has two readings (ltde flag F1):
///
///   `weighted`: r_y = (1/N) Σ_{i: s^i = y} ĝ_i  — with the µ(y) factor of the App. A proof, Σ_y r_y = r;
///   `printed`:  r_y = (1/n_y) Σ_{i: s^i = y} ĝ_i = Σ_a r(y, µ(N_y), a)h(y)(a)  — (3.6) as printed (0 when n_y = 0).
public struct LocalRewards: Sendable {
    /// r_y(s, a), flat [y][s·|A| + a].
    public let tables: [[Double]]
    public let weighted: Bool

    public init(teams: NetworkedTeams, weighted: Bool) {
        let game = teams.game, n = game.agentCount, nS = game.stateCount, nA = game.jointActionCount
        let space = game.jointActions
        var perAgent = [[Double]](repeating: [Double](repeating: 0, count: nS * nA), count: n)
        switch game.rewards {
        case .perAgent(let rs):
            perAgent = rs
        case .shared(let r):
            for s in 0..<nS {
                let row = Array(r[(s * nA)..<((s + 1) * nA)])
                let mean = row.reduce(0, +) / Double(nA)
                for i in 0..<n {
                    let k = space.sizes[i]
                    var conditional = [Double](repeating: 0, count: k)
                    for a in 0..<nA { conditional[space.action(ofAgent: i, in: a)] += row[a] * Double(k) / Double(nA) }
                    for a in 0..<nA {
                        perAgent[i][s * nA + a] = Double(n) * conditional[space.action(ofAgent: i, in: a)] - Double(n - 1) * mean
                    }
                }
            }
        }
        var tables = [[Double]](repeating: [Double](repeating: 0, count: nS * nA), count: teams.localStateCount)
        for s in 0..<nS {
            let counts = teams.counts(state: s)
            for (i, y) in teams.profiles[s].enumerated() {
                let share = weighted ? 1 / Double(n) : 1 / Double(counts[y])
                for a in 0..<nA { tables[y][s * nA + a] += share * perAgent[i][s * nA + a] }
            }
        }
        self.tables = tables
        self.weighted = weighted
    }
}
