import ExactSolvers
import GSLKit
import MarkovGames

/// The tabular idealised HAQO update (haqo Alg. 1 with an infinite-capacity denoiser and an exact
/// reverse process; haqo.md §4.3 (T2)): in each iteration a random permutation i_{1:n} is drawn
/// (Alg. 1 line 8) and the agents update one after the other. For agent i_m:
///
/// 1. Δ_m from the critic's conditional chain: `critic=old` is Alg. 1's single critic Q^{π_old}
///    (HAPPO convention, variant V2); `critic=sequential` is Q^{π_(m−1)} with the predecessors
///    already updated, as in the proof's (52)–(54) (variant V1) — haqo flag 4;
/// 2. ω by qadv (6) or qcut (7), averaged over the predecessors' new policies: ω̄(s, a);
/// 3. the minimiser over all denoisers of E_{a~π_old}[ω̄‖ε − ε_θ‖²] + α E_{a~U}[‖ε − ε_θ‖²] is the
///    Bayes denoiser of the tilted law q ∝ π_old·ω̄ + α·u, so the exact reverse process samples
///    q(a|s) = (π_old(a|s)ω̄(s,a) + α u(a)) / (E_{π_old}[ω̄] + α), u uniform (1/|A_i|, or the
///    uniform density on the action rule for continuous actions);
/// 4. the trust region (`TrustRegionMixing`): π_new^{i_m} = (1−λ)π_old^{i_m} + λq.
///
/// The literal reading of (11), which maximises the non-negative losses J^QV and J^ent, has no
/// maximiser over all denoisers, so only the minimising reading (haqo flag 6) exists here.
public final class HAQOTabular: IterativeLearner {
    let game: Game
    let options: HAQOParameters.Options
    private var policy: ProductPolicy
    private let rng: RandomSource

    init(context: LearnerContext, p: LearnerParameters) throws(ModelError) {
        game = context.game
        options = try HAQOParameters.Options(game: game, p)
        policy = try InitialPolicy.product(context, choice: p.text("initial"))
        rng = context.random("permutations")
    }

    public var targetRule: TargetRule? { nil }

    public func start() throws -> LearnerIterate { LearnerIterate(policy: .product(policy)) }

    /// The uniform law u on agent i's actions (the tabulated uniform density for an action rule).
    func uniform(agent i: Int) -> [Double] {
        if let rule = game.agents[i].actionRule { return rule.table { _ in 1 } }
        let k = game.agents[i].actionCount
        return [Double](repeating: 1 / Double(k), count: k)
    }

    public func step() throws -> LearnerIterate {
        let old = policy
        var new = old
        let permutation = options.randomOrder ? rng.permutation(game.agentCount) : Array(0..<game.agentCount)
        let rho = try options.trustRegion.stateWeights(game: game, old: .product(old))
        var diagnostics: [(name: String, value: Double)] = []
        for m in 1...game.agentCount {
            let agent = permutation[m - 1]
            let k = game.agents[agent].actionCount
            let delta = try SequentialAdvantage.delta(game: game, critic: options.sequentialCritic ? new : old, permutation: permutation, position: m)
            let omega = SequentialAdvantage.averagedWeights(game: game, delta: delta, weighting: options.weighting, permutation: permutation,
                                                            position: m, old: old, new: new)
            let u = uniform(agent: agent)
            var q = [Double](repeating: 0, count: game.stateCount * k)
            for s in 0..<game.stateCount {
                let row = (s * k)..<((s + 1) * k)
                let mass = zip(old.tables[agent][row], omega[row]).reduce(0) { $0 + $1.0 * $1.1 }
                let z = mass + options.entropyWeight
                for a in 0..<k {
                    q[s * k + a] = z > 0 ? (old.tables[agent][s * k + a] * omega[s * k + a] + options.entropyWeight * u[a]) / z
                                         : old.tables[agent][s * k + a]
                }
            }
            let (mixed, lambda, kl) = options.trustRegion.mix(old: old.tables[agent], candidate: q, width: k, rho: rho)
            new.tables[agent] = mixed
            diagnostics.append(("mixing λ of \(game.agents[agent].name)", lambda))
            diagnostics.append(("E_ρ KL of \(game.agents[agent].name)", kl))
        }
        policy = new
        diagnostics.insert(("first agent of the permutation (1-based)", Double(permutation[0] + 1)), at: 0)
        return LearnerIterate(policy: .product(policy), diagnostics: diagnostics)
    }
}

/// The parameters shared by the two HAQO learners (each reading of haqo's ambiguities is a choice).
enum HAQOParameters {
    static let declared: [LearnerParameter] = [
        .init("weights", default: "qadv", "ω: qadv (6) or qcut (7)", choices: ["qadv", "qcut"]),
        .init("cutoff", default: "0", "the threshold ε of qcut (7)"),
        .init("critic", default: "old", "Δ_m from Q^{π_old} (Alg. 1's single critic) or from Q^{π_(m−1)} (proof (52)–(54)); haqo flag 4", choices: ["old", "sequential"]),
        .init("entropy", default: "0.1", "entropy weight α_i of J^ent (9)"),
        .init("delta", default: "0.05", "trust-region radius δ on E_ρ KL; none = no trust region"),
        .init("klDirection", default: "old-new", "KL(π_old‖π_new) as in A.5(i), or KL(π_new‖π_old); haqo flag 2", choices: TrustRegionMixing.Direction.allCases.map(\.rawValue)),
        .init("occupancy", default: "normalized", "ρ^{π_old} as a distribution (main text) or unnormalized (143); haqo flag 1", choices: ["normalized", "unnormalized"]),
        .init("order", default: "random", "agent order: a fresh random permutation each iteration (Alg. 1 line 8) or fixed 1…n", choices: ["random", "fixed"]),
    ]
}

extension HAQOParameters {
    /// The options `declared` sets, read once for both HAQO learners; HAQO is for cooperative games
    /// with a shared reward (haqo Sec. 2).
    struct Options: Sendable {
        let weighting: SequentialAdvantage.Weighting
        let sequentialCritic: Bool
        let entropyWeight: Double
        let trustRegion: TrustRegionMixing
        let randomOrder: Bool

        init(game: Game, _ p: LearnerParameters) throws(ModelError) {
            guard game.rewards.isShared else {
                throw ModelError(path: "rewardsPerAgent", "HAQO is for fully cooperative games with a shared reward (haqo Sec. 2)")
            }
            weighting = p.text("weights") == "qadv" ? .qadv : .qcut(threshold: try p.nonNegative("cutoff"))
            sequentialCritic = p.text("critic") == "sequential"
            entropyWeight = try p.nonNegative("entropy")
            trustRegion = TrustRegionMixing(radius: try p.optionalRadius("delta"),
                                            direction: TrustRegionMixing.Direction(rawValue: p.text("klDirection"))!,
                                            normalizedOccupancy: p.text("occupancy") == "normalized")
            randomOrder = p.text("order") == "random"
        }
    }
}

extension LearnerParameters {
    /// `optionalReal` that also reads the word `none` as nil.
    func optionalRadius(_ key: String) throws(ModelError) -> Double? {
        text(key) == "none" ? nil : try positive(key)
    }
}

extension LearnerCatalog {
    static let haqo = LearnerSpec(
        name: "haqo",
        summary: "idealised tabular HAQO: sequential, Q-weighted tilted update with entropy and trust region (haqo Alg. 1)",
        citation: "haqo Alg. 1, eqs. (5)–(11), with the minimiser over all denoisers (haqo.md §4.3 (T2))",
        parameters: HAQOParameters.declared + [InitialPolicy.parameter],
        acceptsInitialPolicy: true
    ) { context, p throws(ModelError) in
        try HAQOTabular(context: context, p: p)
    }
}
