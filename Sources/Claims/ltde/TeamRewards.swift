import MarkovGames

/// The two readings of ltde's localized team reward (3.6).
enum TeamRewardReading: String, CaseIterable, Sendable {
    /// As printed in (3.6): r_s(µ(N_s), h(s)) = Σ_a r(s, µ(N_s), a) h(s)(a) (0 for an empty team).
    case printed
    /// With the factor µ(s) that App. A, Step 2 carries: r_s = µ(s) Σ_a r(s, µ(N_s), a) h(s)(a),
    /// so that Σ_s r_s = (1/N) Σ_i r(s^i, µ(N_{s^i}), a^i).
    case weighted

    /// How the reading is named in claim texts.
    var phrase: String {
        switch self {
        case .printed: "r_s as printed in (3.6), r_s = Σ_a r(s, µ(N_s), a) h(s)(a)"
        case .weighted: "r_s with the factor µ(s) of App. A, Step 2, r_s = µ(s) Σ_a r(s, µ(N_s), a) h(s)(a)"
        }
    }
}

/// The team rewards r_s(µ(N_s), h(s)) of every team s on every configuration ξ ∈ Ξ, under one
/// reading of (3.6), and the reward bounds the paper's constants use.
struct TeamRewards: Sendable {
    let reading: TeamRewardReading
    /// values[s][ξ] = r_s(ξ).
    let values: [[Double]]
    /// sup |r| of (2.6) over the inputs (x, µ(N_x), a) an agent can meet (n_x ≥ 1).
    let agentRewardBound: Double

    init(model: NetworkedMeanFieldModel, space: TeamConfigurations, reading: TeamRewardReading) {
        let k = space.nodeCount, m = space.actionCount, nAgents = Double(space.agentCount)
        var values = [[Double]](repeating: [Double](repeating: 0, count: space.count), count: k)
        var bound = 0.0
        for mu in 0..<space.measureCount {
            let measure = space.empiricalMeasure(mu), n = space.measures[mu]
            for x in 0..<k where n[x] > 0 {
                let r = (0..<m).map { model.localReward(at: x, measure: measure, action: $0) }
                for v in r { bound = max(bound, abs(v)) }
                for xi in space.configurations(ofMeasure: mu) {
                    var sum = 0.0
                    for a in 0..<m { sum += r[a] * Double(space.teamCounts[xi][x * m + a]) }
                    values[x][xi] = reading == .printed ? sum / Double(n[x]) : sum / nAgents
                }
            }
        }
        self.reading = reading
        self.values = values
        agentRewardBound = bound
    }

    /// sup_{s, ξ} |r_s(ξ)|: the r_max of Lemma 3.5's hypothesis under this reading.
    var supremum: Double { values.reduce(0) { m, r in r.reduce(m) { max($0, abs($1)) } } }

    /// osc(r_s) = sup_ξ r_s − inf_ξ r_s.
    func oscillation(team s: Int) -> Double { values[s].max()! - values[s].min()! }

    /// Σ_s r_s(ξ), the per-step reward of Q^Π (3.10).
    var total: [Double] {
        (0..<values[0].count).map { xi in values.reduce(0) { $0 + $1[xi] } }
    }
}
