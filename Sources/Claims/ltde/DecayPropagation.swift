import Foundation
import GSLKit

/// The laws P_{t,s} of (µ_t(N_s), h_t(s)) that the proof of ltde's Lemma 3.5 (App. B) compares:
/// the chain on Ξ is started at a configuration and propagated exactly, and its law is pushed
/// forward to the classes of equal (µ(N_s), h(s)) (counts n_y on N_s and c_s).
struct DecayPropagation: Sendable {
    let chain: TeamChain
    /// classOf[s][ξ]: the class of (µ(N_s), h(s)) of configuration ξ.
    let classOf: [[Int]]
    let classCount: [Int]

    init(chain: TeamChain) {
        let space = chain.space
        var classOf: [[Int]] = [], counts: [Int] = []
        for s in 0..<space.nodeCount {
            let hood = space.graph.neighbourhood(of: s, hops: 1)
            var index = [Int](repeating: 0, count: space.count)
            let classes = space.classes { space.key($0, measureNodes: hood, teamNodes: [s]) }
            for (j, members) in classes.enumerated() { for xi in members { index[xi] = j } }
            classOf.append(index)
            counts.append(classes.count)
        }
        self.chain = chain
        self.classOf = classOf
        classCount = counts
    }

    /// The law of (µ_t(N_s), h_t(s)) for a law d of ξ_t.
    func marginal(_ d: [Double], team s: Int) -> [Double] {
        var out = [Double](repeating: 0, count: classCount[s])
        for (xi, p) in d.enumerated() where p != 0 { out[classOf[s][xi]] += p }
        return out
    }

    static func totalVariation(_ p: [Double], _ q: [Double]) -> Double {
        0.5 * zip(p, q).reduce(0) { $0 + abs($1.0 - $1.1) }
    }

    /// For two starting configurations: TV(P_{t,s}, P'_{t,s}) and E_{P_t}[r_s] − E_{P'_t}[r_s] for
    /// t = 0 ..< horizon.
    func profile(from a: Int, _ b: Int, team s: Int, reward r: [Double], horizon: Int) -> (tv: [Double], rewardGap: [Double]) {
        var da = [Double](repeating: 0, count: chain.space.count), db = da
        da[a] = 1
        db[b] = 1
        var tv: [Double] = [], gap: [Double] = []
        for _ in 0..<horizon {
            tv.append(Self.totalVariation(marginal(da, team: s), marginal(db, team: s)))
            gap.append(Vector.dot(da, r) - Vector.dot(db, r))
            da = chain.transition.leftTimes(da)
            db = chain.transition.leftTimes(db)
        }
        return (tv, gap)
    }

    /// The horizon T with γ^T ≤ 10⁻¹⁵ (at most 2000): beyond it every reward difference is below
    /// round-off of the discounted sum.
    static func horizon(gamma: Double) -> Int { min(2000, Int((log(1e-15) / log(gamma)).rounded(.up)) + 1) }
}
