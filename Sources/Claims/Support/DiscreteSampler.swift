import GSLKit

/// Draws from a fixed discrete law by inverting its cumulative sums (binary search, O(log n) a draw):
/// for the many draws from one law that sampled claims make (mappo's Bellman data and SGD samples,
/// ltde's TD tuples), where `RandomSource.categorical` would rescan the weights each time.
struct DiscreteSampler: Sendable {
    private let cumulative: [Double]

    init(_ weights: [Double]) {
        var c: [Double] = []
        c.reserveCapacity(weights.count)
        var acc = 0.0
        for w in weights { acc += max(w, 0); c.append(acc) }
        precondition(acc > 0, "DiscreteSampler: no mass")
        cumulative = c.map { $0 / acc }
    }

    func draw(_ rng: RandomSource) -> Int {
        let u = rng.uniform()
        var lo = 0, hi = cumulative.count - 1
        while lo < hi {
            let mid = (lo + hi) / 2
            if cumulative[mid] > u { hi = mid } else { lo = mid + 1 }
        }
        return lo   // the first index whose cumulative sum exceeds u: never a zero-mass entry
    }
}
