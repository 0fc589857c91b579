import MarkovGames

/// The localized average of a function of the joint action (mappo Def. 3.1's map Q ↦ Q^{1:m}):
/// (A_m f)(s,a^{1:m}) = Σ_ã π^{m+1:N}(ã|s,a^{1:m}) f(s,a^{1:m},ã), flat [s][b_m] for f flat [s][a].
/// In one game the localized values of π are A_m of its Q-function, for every m at once.
enum LocalizedMarginal {
    static func average(_ f: [Double], policy: ConditionalPolicy, layout: PrefixLayout, prefix m: Int) -> [Double] {
        let tail = policy.tailProbabilities(layout, after: m), nA = layout.counts[layout.agentCount]
        var out = [Double](repeating: 0, count: layout.entries(prefix: m))
        for s in 0..<layout.stateCount {
            for a in 0..<nA { out[s * layout.counts[m] + layout.prefix(a, length: m)] += tail[s * nA + a] * f[s * nA + a] }
        }
        return out
    }
}
