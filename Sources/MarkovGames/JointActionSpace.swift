/// The joint action space A = A_1 × … × A_n in lexicographic (mixed-radix) order.
///
/// Agent 1 varies slowest and agent n fastest: the joint index of (a_1, …, a_n) is
/// `((a_1·|A_2| + a_2)·|A_3| + a_3)…`, the order of `itertools.product` and of a row-major
/// (numpy) reshape to `(|A_1|, …, |A_n|)`. Every table in MARLCheck uses this order.
public struct JointActionSpace: Equatable, Hashable, Sendable {
    /// |A_i| for each agent i (0-based).
    public let sizes: [Int]
    /// |A| = ∏ |A_i|.
    public let count: Int
    /// stride(i) = ∏_{j > i} |A_j|: how far the joint index moves when a_i grows by one.
    public let strides: [Int]

    /// Precondition: every size ≥ 1 and the product does not overflow (checked by `Game`'s size guard).
    public init(sizes: [Int]) {
        precondition(sizes.allSatisfy { $0 >= 1 }, "JointActionSpace: empty action set in \(sizes)")
        self.sizes = sizes
        var strides = [Int](repeating: 1, count: sizes.count)
        var s = 1
        for i in stride(from: sizes.count - 1, through: 0, by: -1) {
            strides[i] = s
            s *= sizes[i]
        }
        self.strides = strides
        self.count = s
    }

    /// Number of agents n.
    public var agentCount: Int { sizes.count }

    /// The joint index of the individual actions `actions` (one per agent).
    public func index(of actions: [Int]) -> Int {
        precondition(actions.count == sizes.count, "JointActionSpace.index: \(actions.count) actions for \(sizes.count) agents")
        var k = 0
        for i in actions.indices { k += actions[i] * strides[i] }
        return k
    }

    /// The individual actions of joint index `k`.
    public func actions(of k: Int) -> [Int] {
        sizes.indices.map { (k / strides[$0]) % sizes[$0] }
    }

    /// Agent i's action in joint index `k`, without decoding the rest.
    @inline(__always)
    public func action(ofAgent i: Int, in k: Int) -> Int { (k / strides[i]) % sizes[i] }

    /// The joint index obtained from `k` by replacing agent i's action with `a`.
    @inline(__always)
    public func replacing(agent i: Int, with a: Int, in k: Int) -> Int {
        k + (a - action(ofAgent: i, in: k)) * strides[i]
    }

    /// The joint space of the agents `subset` (in the order given), lexicographic as above.
    public func restricted(to subset: [Int]) -> JointActionSpace {
        JointActionSpace(sizes: subset.map { sizes[$0] })
    }
}
