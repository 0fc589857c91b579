import ExactSolvers
import Foundation
import GSLKit
import MarkovGames

/// The local data of N homogeneous agents that mfppo's mean-field MDP (Def. 2.1) is built from:
/// k local states, m local actions, and pairwise mean-field interactions
///
///   p(y | z, a, d) = Σ_x d(x) · softmax_y(ℓ[z][a][x][·]),    r_loc(z, a, d) = Σ_x d(x) · w[z][a][x],
///
/// where d is the distribution of all N agents' local states. Both are linear in d (an agent meets
/// a uniformly drawn member of the population), so every non-linearity of Q^π in d comes from the
/// dynamics and the policy, not from the data.
struct MeanFieldDynamics: Equatable {
    /// k.
    let localStates: Int
    /// m.
    let localActions: Int
    /// N ≥ 2.
    let agents: Int
    /// γ ∈ [0, 1).
    let gamma: Double
    /// ℓ, flat [z][a][x][y] (k·m·k·k reals).
    let kernelLogits: [Double]
    /// w, flat [z][a][x] (k·m·k reals).
    let rewardWeights: [Double]
    /// Ā ⊆ A^S: every map (false) or only the constant maps ā(z) ≡ a (true; |Ā| = m).
    let constantMetaActions: Bool

    /// Reads the dynamics from an instance (integers `localStates`, `localActions`, `agents`;
    /// vectors `kernelLogits`, `rewardWeights`; scalar `gamma`), checking every shape.
    init(_ x: ClaimInstance) throws {
        let k = try x.integer("localStates"), m = try x.integer("localActions"), n = try x.integer("agents")
        let gamma = try x.scalar("gamma")
        guard k >= 1, m >= 1, n >= 2 else { throw ClaimError.outsideHypotheses("k = \(k), m = \(m), N = \(n): need k, m ≥ 1 and N ≥ 2") }
        guard gamma >= 0, gamma < 1 else { throw ClaimError.outsideHypotheses("γ = \(gamma) is not in [0, 1)") }
        let logits = try x.vector("kernelLogits"), weights = try x.vector("rewardWeights")
        guard logits.count == k * m * k * k, weights.count == k * m * k else {
            throw ClaimError.outsideHypotheses("kernelLogits has \(logits.count) entries (k·m·k·k = \(k * m * k * k)), rewardWeights \(weights.count) (k·m·k = \(k * m * k))")
        }
        guard (logits + weights).allSatisfy(\.isFinite) else { throw ClaimError.outsideHypotheses("non-finite local data") }
        self.init(localStates: k, localActions: m, agents: n, gamma: gamma, kernelLogits: logits, rewardWeights: weights,
                  constantMetaActions: (x.integers["constantMetaActions"] ?? 0) != 0)
    }

    init(localStates: Int, localActions: Int, agents: Int, gamma: Double, kernelLogits: [Double], rewardWeights: [Double],
         constantMetaActions: Bool = false) {
        self.localStates = localStates
        self.localActions = localActions
        self.agents = agents
        self.gamma = gamma
        self.kernelLogits = kernelLogits
        self.rewardWeights = rewardWeights
        self.constantMetaActions = constantMetaActions
    }

    /// Random local data: logits ~ N(0, 1.5²), weights ~ U[−1, 1].
    static func random(_ rng: RandomSource, localStates k: Int, localActions m: Int, agents n: Int, gamma: Double) -> MeanFieldDynamics {
        MeanFieldDynamics(localStates: k, localActions: m, agents: n, gamma: gamma,
                          kernelLogits: (0..<(k * m * k * k)).map { _ in rng.normal(standardDeviation: 1.5) },
                          rewardWeights: (0..<(k * m * k)).map { _ in rng.uniform(-1, 1) })
    }

    /// The instance fields this data is stored in (see `init(_:)`).
    func store(in x: inout ClaimInstance) {
        x.integers["localStates"] = localStates
        x.integers["localActions"] = localActions
        x.integers["agents"] = agents
        x.scalars["gamma"] = gamma
        x.vectors["kernelLogits"] = kernelLogits
        x.vectors["rewardWeights"] = rewardWeights
        if constantMetaActions { x.integers["constantMetaActions"] = 1 }
    }

    /// p(· | z, a, d).
    func localKernel(state z: Int, action a: Int, population d: [Double]) -> [Double] {
        let k = localStates
        var p = [Double](repeating: 0, count: k)
        for x in 0..<k where d[x] > 0 {
            let base = ((z * localActions + a) * k + x) * k
            let row = Special.softmax(Array(kernelLogits[base..<(base + k)]))
            for y in 0..<k { p[y] += d[x] * row[y] }
        }
        return p
    }

    /// r_loc(z, a, d).
    func localReward(state z: Int, action a: Int, population d: [Double]) -> Double {
        let k = localStates
        var r = 0.0
        for x in 0..<k { r += d[x] * rewardWeights[(z * localActions + a) * k + x] }
        return r
    }
}

/// mfppo's mean-field MDP (Def. 2.1) for N agents, made finite (test bed G2): the representative
/// agent's state is x = (s, h) with s its local state and h the histogram of the other N − 1
/// agents' local states, so d_S = h/(N − 1); an action is a meta action ā ∈ Ā = A^S (all k-tuples
/// of local actions), which every agent applies to its own local state ("all the rest of the
/// agents uses the same meta action ā", Sec. 2); Def. 2.1 allows a subset Ā ⊆ A^S, and the constant
/// maps ā(z) ≡ a (every agent plays a) are available as one. Under ā every agent moves independently,
///
///   s' ~ p(· | s, ā(s), d̄),   h' = Σ_z Multinomial(h(z), p(· | z, ā(z), d̄)),   d̄ = (h + e_s)/N,
///
/// and the team receives r(x, ā) = Σ_z d̄(z) r_loc(z, ā(z), d̄) (the cooperative reward of Sec. 2).
/// Values follow the paper's (1−γ)-scaled convention only where a claim says so: `mdp` is the plain
/// discounted MDP and `NormalizedEvaluation` applies the factor.
struct MeanFieldMDP {
    let dynamics: MeanFieldDynamics
    /// The histograms h of the other N − 1 agents (`Compositions.all` order).
    let histograms: [[Int]]
    /// Ā: meta action ā as its table (ā(0), …, ā(k−1)), lexicographic.
    let metaActions: [[Int]]
    /// States x = s·|H| + h, actions ā; ρ₀ uniform.
    let mdp: FiniteMDP

    init(_ dynamics: MeanFieldDynamics) {
        let k = dynamics.localStates, m = dynamics.localActions, n = dynamics.agents
        let hs = Compositions.all(total: n - 1, parts: k)
        var lookup: [[Int]: Int] = [:]
        for (i, h) in hs.enumerated() { lookup[h] = i }
        let metas = JointActionSpace(sizes: [Int](repeating: m, count: k))
        let actions = dynamics.constantMetaActions ? (0..<m).map { [Int](repeating: $0, count: k) } : (0..<metas.count).map(metas.actions(of:))
        let nX = k * hs.count, nA = actions.count
        var transitions = [Double](repeating: 0, count: nX * nA * nX)
        var rewards = [Double](repeating: 0, count: nX * nA)
        for s in 0..<k {
            for (hi, h) in hs.enumerated() {
                var counts = h
                counts[s] += 1
                let population = counts.map { Double($0) / Double(n) }
                let x = s * hs.count + hi
                for (ai, meta) in actions.enumerated() {
                    let kernels = (0..<k).map { z in dynamics.localKernel(state: z, action: meta[z], population: population) }
                    var reward = 0.0
                    for z in 0..<k { reward += population[z] * dynamics.localReward(state: z, action: meta[z], population: population) }
                    rewards[x * nA + ai] = reward
                    let others = MeanFieldMDP.othersNext(histogram: h, kernels: kernels, lookup: lookup, count: hs.count)
                    let base = (x * nA + ai) * nX
                    for s2 in 0..<k where kernels[s][s2] > 0 {
                        for (h2, q) in others.enumerated() where q > 0 {
                            transitions[base + s2 * hs.count + h2] += kernels[s][s2] * q
                        }
                    }
                }
            }
        }
        self.dynamics = dynamics
        histograms = hs
        metaActions = actions
        mdp = FiniteMDP(stateCount: nX, actionCount: nA, transitions: transitions, rewards: rewards,
                        gamma: dynamics.gamma, initial: [Double](repeating: 1 / Double(nX), count: nX))
    }

    /// The law of the others' next histogram: the h(z) agents in each z move independently with
    /// `kernels[z]`, so h' is the sum over z of Multinomial(h(z), kernels[z]) (a convolution, by
    /// dynamic programming over z).
    static func othersNext(histogram h: [Int], kernels: [[Double]], lookup: [[Int]: Int], count: Int) -> [Double] {
        let k = h.count
        var partial: [[Int]: Double] = [[Int](repeating: 0, count: k): 1]
        for z in 0..<k where h[z] > 0 {
            var next: [[Int]: Double] = [:]
            for outcome in Compositions.all(total: h[z], parts: k) {
                let q = multinomialProbability(outcome, kernels[z])
                if q == 0 { continue }
                // Histograms in a fixed (lexicographic) order: a dictionary's order changes from
                // run to run, and with it the order of the floating-point sums below.
                for base in partial.keys.sorted(by: { $0.lexicographicallyPrecedes($1) }) {
                    let p = partial[base]!
                    var sum = base
                    for y in 0..<k { sum[y] += outcome[y] }
                    next[sum, default: 0] += p * q
                }
            }
            partial = next
        }
        var out = [Double](repeating: 0, count: count)
        for (h2, p) in partial { out[lookup[h2]!] += p }
        return out
    }

    /// n!/∏ c_y! · ∏ p_y^{c_y}, with 0⁰ = 1.
    static func multinomialProbability(_ c: [Int], _ p: [Double]) -> Double {
        var logCoefficient = Special.logGamma(Double(c.reduce(0, +) + 1))
        var power = 1.0
        for (cy, py) in zip(c, p) {
            logCoefficient -= Special.logGamma(Double(cy + 1))
            if cy > 0 { power *= Foundation.pow(py, Double(cy)) }
        }
        return exp(logCoefficient) * power
    }

    /// |X|.
    var stateCount: Int { mdp.stateCount }
    /// |Ā|.
    var actionCount: Int { mdp.actionCount }
    /// |H|.
    var histogramCount: Int { histograms.count }

    /// The representative's local state s of x.
    func localState(of x: Int) -> Int { x / histograms.count }

    /// d_S = h/(N − 1), the distribution of the other agents' local states at x (Prop. 2.2 with
    /// the 1/(N − 1) normalisation).
    func meanField(of x: Int) -> [Double] {
        histograms[x % histograms.count].map { Double($0) / Double(dynamics.agents - 1) }
    }

    /// max |r(x, ā)|, the paper's r̄ read two-sided (Assumption 2; see `mfppo.thm4.1/step5`).
    var maxAbsoluteReward: Double { mdp.maxAbsoluteReward }
}
