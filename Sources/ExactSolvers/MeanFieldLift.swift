import MarkovGames

/// The mean-field (histogram) lift of a population game (mfppo Sec. 2, Prop. 2.1–2.2, §6.0 G1): the
/// MDP whose states are the histograms n = (n_x)_x of local states over the N agents.
///
/// The histograms and their members are MarkovGames' `HistogramLift` (lexicographic order). Each
/// histogram h has a representative profile rep(h) (the smallest global state with that
/// histogram); its actions are the joint actions at rep(h), and
///
///   P̃(h'|h,a) = Σ_{s' : hist(s') = h'} P(s'|rep(h),a),   r̃(h,a) = r(rep(h),a),   ρ̃₀(h) = Σ_{hist(s)=h} ρ₀(s).
///
/// When P and r are invariant under agent permutations ((2.1); MarkovGames' `PermutationInvariance`) this does
/// not depend on the representative, V*(s) = Ṽ*(hist(s)) for every profile s, and a symmetric policy
/// π (π(κa|κs) = π(a|s)) lifts to π̃(a|h) = π(a|rep(h)) with V^π(s) = Ṽ^π̃(hist(s)) and J = J̃ (mfppo
/// Prop. 2.1(b), 2.2). Without those hypotheses the lift is still a well-defined MDP but says nothing
/// about the game; check them first.
public struct MeanFieldLift: Sendable {
    /// The histogram indexing (histograms, hist(s), members).
    public let histograms: HistogramLift
    /// rep(h): the smallest global state with histogram h.
    public let representatives: [Int]
    /// The lifted MDP (histograms × joint actions).
    public let mdp: FiniteMDP

    /// Lifts `game` with agent i's reward (the shared reward when shared). Complexity O(|S|²|A|).
    public init(game: Game, agent i: Int = 0) throws(SolverError) {
        let histograms: HistogramLift
        do { histograms = try HistogramLift(game: game) } catch { throw .unsupported(error.rule) }
        let representatives = histograms.members.map { $0[0] }
        let histogramIndex = histograms.histogramIndex
        let nH = histograms.count, nA = game.jointActionCount, nS = game.stateCount
        var p = [Double](repeating: 0, count: nH * nA * nH)
        var r = [Double](repeating: 0, count: nH * nA)
        var rho = [Double](repeating: 0, count: nH)
        let reward = game.rewards.table(agent: i)
        for (h, s) in representatives.enumerated() {
            for a in 0..<nA {
                r[h * nA + a] = reward[s * nA + a]
                let base = (h * nA + a) * nH
                for (t, q) in game.transitionRow(s, a).enumerated() where q != 0 { p[base + histogramIndex[t]] += q }
            }
        }
        for s in 0..<nS { rho[histogramIndex[s]] += game.initial[s] }
        self.histograms = histograms
        self.representatives = representatives
        mdp = FiniteMDP(stateCount: nH, actionCount: nA, transitions: p, rewards: r, gamma: game.gamma, initial: rho)
    }

    /// π̃(a|h) = π(a|rep(h)), flat [h][a]; meaningful for a symmetric π.
    public func lift(_ policy: JointPolicy) -> [Double] {
        let nA = mdp.actionCount
        return representatives.flatMap { s in policy.table[(s * nA)..<((s + 1) * nA)] }
    }

    /// The function s ↦ f(hist(s)) on global states, for f on histograms (e.g. Ṽ).
    public func pullBack(_ f: [Double]) -> [Double] {
        precondition(f.count == histograms.count, "MeanFieldLift.pullBack: \(f.count) values for \(histograms.count) histograms")
        return histograms.histogramIndex.map { f[$0] }
    }
}
