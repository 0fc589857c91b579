/// Reading a population game's global state as a profile of local states.
///
/// A global state s is the profile (s^1, …, s^N) of the agents' local states, numbered
/// lexicographically with agent 1 slowest: s = ((s^1·k + s^2)·k + s^3)… for k local states, the
/// order of `itertools.product` and of `JointActionSpace`.
extension PopulationStructure {
    /// k, the number of local states.
    public var localStateCount: Int { localStates.count }

    /// The profile (s^1, …, s^N) of global state `state` for `agents` = N agents.
    public func profile(ofState state: Int, agents: Int) -> [Int] {
        let k = localStateCount
        var out = [Int](repeating: 0, count: agents)
        var rest = state
        for i in stride(from: agents - 1, through: 0, by: -1) {
            out[i] = rest % k
            rest /= k
        }
        return out
    }

    /// The global state of the profile (s^1, …, s^N).
    public func state(ofProfile profile: [Int]) -> Int {
        profile.reduce(0) { $0 * localStateCount + $1 }
    }

    /// The histogram of global state `state`: counts n_x = #{i : s^i = x} over the k local states.
    public func histogram(ofState state: Int, agents: Int) -> [Int] {
        var counts = [Int](repeating: 0, count: localStateCount)
        for x in profile(ofState: state, agents: agents) { counts[x] += 1 }
        return counts
    }

    /// The name of global state `state`: "(x1,x2,…)" from the local-state names.
    public func stateName(ofState state: Int, agents: Int) -> String {
        "(" + profile(ofState: state, agents: agents).map { localStates[$0] }.joined(separator: ",") + ")"
    }
}

/// Count vectors: the histograms of `total` items over `parts` cells.
public enum Compositions {
    /// Every (n_1, …, n_parts) of non-negative integers with Σ n_j = `total`, in increasing
    /// lexicographic order ((0,…,0,total) first, (total,0,…,0) last). There are
    /// C(total + parts − 1, parts − 1) of them.
    public static func all(total: Int, parts: Int) -> [[Int]] {
        precondition(total >= 0 && parts >= 1, "Compositions.all: total \(total), parts \(parts)")
        var out: [[Int]] = []
        var current = [Int](repeating: 0, count: parts)
        func fill(_ j: Int, _ remaining: Int) {
            if j == parts - 1 {
                current[j] = remaining
                out.append(current)
                return
            }
            for v in 0...remaining {
                current[j] = v
                fill(j + 1, remaining - v)
            }
        }
        fill(0, total)
        return out
    }
}
