import Foundation
import GSLKit
import MarkovGames

/// The agent permutations of a population game (mfppo eq. (2.1)) as maps on global states and
/// joint actions: κ carries agent i's local state and action to position κ(i), (κx)_{κ(i)} = x_i,
/// the same κ on s, s' and a (the convention of `PermutationInvariance`).
struct AgentPermutations {
    /// κ, every permutation of the N agents.
    let permutations: [[Int]]
    /// stateMaps[p][s] = κ_p s.
    let stateMaps: [[Int]]
    /// actionMaps[p][a] = κ_p a.
    let actionMaps: [[Int]]

    init(game: Game) throws {
        guard let population = game.population else { throw ClaimError.outsideHypotheses("the game has no population structure") }
        let n = game.agentCount, space = game.jointActions
        permutations = PermutationInvariance.allPermutations(n)
        func moved(_ x: [Int], _ kappa: [Int]) -> [Int] {
            var y = x
            for i in 0..<n { y[kappa[i]] = x[i] }
            return y
        }
        stateMaps = permutations.map { kappa in
            (0..<game.stateCount).map { population.state(ofProfile: moved(population.profile(ofState: $0, agents: n), kappa)) }
        }
        actionMaps = permutations.map { kappa in (0..<space.count).map { space.index(of: moved(space.actions(of: $0), kappa)) } }
    }

    /// max_{κ,s} |f(κs) − f(s)| for a function on states.
    func stateViolation(_ f: [Double]) -> Double {
        var worst = 0.0
        for map in stateMaps { for s in f.indices { worst = max(worst, abs(f[map[s]] - f[s])) } }
        return worst
    }

    /// max_{κ,s,a} |q(κs, κa) − q(s, a)| for a flat [s][a] table.
    func stateActionViolation(_ q: [Double], actions nA: Int) -> Double {
        var worst = 0.0
        for (sm, am) in zip(stateMaps, actionMaps) {
            for s in 0..<sm.count { for a in 0..<nA { worst = max(worst, abs(q[sm[s] * nA + am[a]] - q[s * nA + a])) } }
        }
        return worst
    }

    /// ν_sym(a|s) = (1/N!) Σ_κ ν(κa|κs): a permutation-invariant joint policy (the group average).
    func symmetrized(_ table: [Double], actions nA: Int) -> [Double] {
        var out = [Double](repeating: 0, count: table.count)
        let w = 1 / Double(permutations.count)
        for (sm, am) in zip(stateMaps, actionMaps) {
            for s in 0..<sm.count { for a in 0..<nA { out[s * nA + a] += w * table[sm[s] * nA + am[a]] } }
        }
        return out
    }
}

/// Instances of the permutation-invariant population game of mfppo Sec. 2 (the `mfppo-population`
/// builder, test bed G1) with a joint policy "nu".
enum PopulationGameInstances {
    /// A `mfppo-population` game with N ∈ `agents`, k ∈ `localStates`, two actions per agent,
    /// γ ∈ {0.5, 0.9}, at most 256 profile–action pairs.
    static func game(_ rng: RandomSource, agents: ClosedRange<Int> = 2...3, localStates: ClosedRange<Int> = 2...3) throws -> Game {
        var n = rng.integer(in: agents), k = rng.integer(in: localStates)
        while pow(Double(k * 2), Double(n)) > 256 { if k > 2 { k -= 1 } else { n -= 1 } }
        let gamma = [0.5, 0.9][rng.integer(below: 2)]
        return try GameCatalog.builder(named: "mfppo-population").build(
            overrides: ["agents": "\(n)", "states": "\(k)", "actions": "2", "gamma": "\(gamma)"],
            seed: SeedSequence.derive(rng.seed, "game"))
    }

    /// A permutation-invariant joint policy: half of the draws the group average of a random joint
    /// policy, half a shared factorised policy ν(a|s) = ∏_i μ(a_i | s_i, hist(s_{−i})) (the
    /// parameter-sharing class of Sec. 2), both invariant by construction.
    static func invariantPolicy(_ game: Game, _ rng: RandomSource) throws -> JointPolicy {
        let nA = game.jointActionCount
        if rng.integer(below: 2) == 0 {
            let raw = (0..<game.stateCount).flatMap { _ in rng.dirichlet(dimension: nA, concentration: 0.5) }
            return JointPolicy(table: try AgentPermutations(game: game).symmetrized(raw, actions: nA))
        }
        guard let population = game.population else { throw ClaimError.outsideHypotheses("the game has no population structure") }
        let n = game.agentCount, k = population.localStateCount, m = game.agents[0].actionCount
        var shared: [[Int]: [Double]] = [:]
        for z in 0..<k {
            for h in Compositions.all(total: n - 1, parts: k) { shared[[z] + h] = rng.dirichlet(dimension: m, concentration: 0.5) }
        }
        let space = game.jointActions
        var table = [Double](repeating: 0, count: game.stateCount * nA)
        for s in 0..<game.stateCount {
            let profile = population.profile(ofState: s, agents: n)
            let rows = (0..<n).map { i -> [Double] in
                var h = [Int](repeating: 0, count: k)
                for (j, z) in profile.enumerated() where j != i { h[z] += 1 }
                return shared[[profile[i]] + h]!
            }
            for a in 0..<nA {
                let acts = space.actions(of: a)
                table[s * nA + a] = (0..<n).reduce(1.0) { $0 * rows[$1][acts[$1]] }
            }
        }
        return JointPolicy(table: table)
    }

    /// The instance family: a game alone.
    static let games = InstanceFamily(description: "mfppo-population games (G1)", admissible: invarianceReason) { rng in
        ClaimInstance(game: try game(rng))
    }

    /// The instance family: a game and an invariant joint policy "nu".
    static let withInvariantPolicy = InstanceFamily(description: "mfppo-population games (G1) with a permutation-invariant joint policy ν",
                                                    admissible: { x in invarianceReason(x) ?? policyInvarianceReason(x) }) { rng in
            let g = try game(rng)
            return ClaimInstance(game: g, policies: ["nu": .joint(try invariantPolicy(g, rng.child("nu")))])
    }

    /// Why the joint policy "nu" is not permutation invariant (beyond round-off), or nil.
    static func policyInvarianceReason(_ x: ClaimInstance) -> String? {
        guard let g = x.game, let p = x.policies["nu"], let v = try? PermutationInvariance.worstViolation(of: p.joint(in: g), in: g) else {
            return "no game, no policy 'nu', or no population structure"
        }
        return v > 1e-12 ? "ν is not permutation invariant (violation \(v))" : nil
    }

    /// Why an instance is outside the hypotheses of (2.1): no population structure or a game that is
    /// not permutation invariant (beyond round-off).
    static func invarianceReason(_ x: ClaimInstance) -> String? {
        guard let g = x.game else { return "no game" }
        guard let v = try? PermutationInvariance.worstViolation(of: g) else { return "the game has no population structure" }
        return v.worst > 1e-12 ? "the game violates (2.1) by \(v.worst)" : nil
    }
}
