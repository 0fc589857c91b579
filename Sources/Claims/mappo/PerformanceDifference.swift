import ExactSolvers
import GSLKit
import MarkovGames

/// The terms of mappo Lemma 4.1 and its proof (App. B) for a policy π against the comparator π*
/// with its stationary law ν*: J(π*) − J(π) with J = E_{ν*}V, the all-agents advantage average
/// E_{σ*}A_π^{1:N}, and per agent m the ν*π*^{1:m−1}-averages of ⟨A_π^m, π*^m⟩ and
/// ⟨Q_π^{1:m}, π*^m − π^m⟩ over a^m.
struct PerformanceDifference {
    let gap: Double
    let advantageAverage: Double
    /// E_{ν*}E_{a^{1:m−1}~π*}⟨A_π^m(s,a^{1:m−1},·), π*^m⟩ for m = 1…N (0-based).
    let advantageTerms: [Double]
    /// E_{ν*}E_{a^{1:m−1}~π*}⟨Q_π^{1:m}(s,a^{1:m−1},·), π*^m − π^m⟩ for m = 1…N (0-based).
    let localizedTerms: [Double]
    /// |Q| scale.
    let scale: Double

    init(game: Game, policy: ConditionalPolicy, q: LocalizedActionValues, reference: OptimalReference) {
        let layout = PrefixLayout(game: game)
        let star = reference.stationary.prefixes
        gap = reference.optimalObjective - reference.objective(q.values)
        var avg = 0.0
        let full = star[layout.agentCount], k = layout.counts[layout.agentCount]
        for j in full.indices where full[j] > 0 { avg += full[j] * (q.tables[layout.agentCount][j] - q.values[j / k]) }
        advantageAverage = avg
        var aTerms: [Double] = [], qTerms: [Double] = []
        for m in 1...layout.agentCount {
            let width = layout.actionCount(agent: m), adv = q.advantage(agentAt: m)
            let pStar = reference.policy.tables[m - 1], p = policy.tables[m - 1], qm = q.tables[m]
            var a = 0.0, b = 0.0
            for (row, w) in star[m - 1].enumerated() where w > 0 {
                for j in (row * width)..<((row + 1) * width) {
                    a += w * adv[j] * pStar[j]
                    b += w * qm[j] * (pStar[j] - p[j])
                }
            }
            aTerms.append(a)
            qTerms.append(b)
        }
        advantageTerms = aTerms
        localizedTerms = qTerms
        scale = Vector.infinityNorm(q.tables[layout.agentCount])
    }
}

/// mappo Lemma 4.1's setting on a `PolicyInstances` instance: the game, the comparator π* with ν*
/// (`OptimalReference`), π's exact localized Q-functions and the terms of the lemma and its proof.
struct PerformanceDifferenceSetup {
    let game: Game
    let reference: OptimalReference
    let q: LocalizedActionValues
    let terms: PerformanceDifference

    init(_ x: ClaimInstance) throws {
        game = try x.requireGame()
        let pi = try PolicyInstances.policy(x)
        reference = try OptimalReference(game: game)
        q = try LocalizedActionValues(game: game, policy: pi)
        terms = PerformanceDifference(game: game, policy: pi, q: q, reference: reference)
    }

    /// `PolicyInstances.tolerance` of a quantity built from `solves` exact evaluations of size `scale`
    /// and an average under ν*.
    func tolerance(scale: Double, solves: Int, what: String) -> Tolerance {
        PolicyInstances.tolerance(game, scale: scale, solves: solves, stationary: reference.stationary, what: what)
    }
}
