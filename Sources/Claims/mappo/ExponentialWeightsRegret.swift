import Foundation
import GSLKit

/// The exponential-weights sequence of mappo Lemmas C.4–C.6 at one (s, a^{1:m−1}): payoffs
/// f_1…f_K ∈ [0, 1/(1−γ)]^A, π_1 uniform, π_{k+1} ∝ π_k exp(η f_k) (update (6)), and
/// ℓ(π) = (1/η) Σ_a π(a) log π(a).
struct ExponentialWeightsRegret {
    let payoffs: [[Double]]
    let eta: Double
    /// π_1 … π_{K+1}.
    let policies: [[Double]]

    init(payoffs: [[Double]], eta: Double) {
        let k = payoffs[0].count
        var p = [Double](repeating: 1 / Double(k), count: k), out = [p]
        var logits = [Double](repeating: 0, count: k)
        for f in payoffs {
            for a in 0..<k { logits[a] += eta * f[a] }
            p = Special.softmax(logits)
            out.append(p)
        }
        self.payoffs = payoffs
        self.eta = eta
        policies = out
    }

    var actionCount: Int { payoffs[0].count }

    /// ℓ(π) = (1/η)Σ π log π.
    func regularizer(_ p: [Double]) -> Double { p.reduce(0) { $0 + ($1 > 0 ? $1 * log($1) : 0) } / eta }

    /// ⟨p, f⟩.
    static func dot(_ p: [Double], _ f: [Double]) -> Double { Vector.dot(p, f) }

    /// Σ_k ⟨π_{k+1}, f_k⟩ − ℓ(π_1): the left side of Lemma C.4.
    var leaderValue: Double {
        payoffs.indices.reduce(0) { $0 + Self.dot(policies[$1 + 1], payoffs[$1]) } - regularizer(policies[0])
    }

    /// max_π [Σ_k ⟨π, f_k⟩ − ℓ(π)] = (1/η) log Σ_a exp(η Σ_k f_k(a)).
    var bestRegularizedValue: Double {
        let total = (0..<actionCount).map { a in payoffs.reduce(0) { $0 + $1[a] } }
        return Special.logSumExp(total.map { eta * $0 }) / eta
    }

    /// max_π Σ_k ⟨π − π_k, f_k⟩ = max_a Σ_k f_k(a) − Σ_k ⟨π_k, f_k⟩ (the worst comparator is a vertex).
    var regret: Double {
        let best = (0..<actionCount).map { a in payoffs.reduce(0) { $0 + $1[a] } }.max()!
        return best - payoffs.indices.reduce(0) { $0 + Self.dot(policies[$1], payoffs[$1]) }
    }

    /// ⟨π_{k+1} − π_k, f_k⟩ for k = 1…K.
    var stability: [Double] {
        payoffs.indices.map { Self.dot(policies[$0 + 1], payoffs[$0]) - Self.dot(policies[$0], payoffs[$0]) }
    }

    /// Instances: |A| ∈ 2…5, γ ∈ {0.5, 0.9, 0.99}, K ∈ {50, 200, 1000}, payoffs (1/(1−γ))·sigmoid(raw) with
    /// raw either i.i.d. N(0, 4) or an alternating best arm (raw = 3 on arm k mod |A|, −3 elsewhere,
    /// plus N(0, 0.25) noise); η log-uniform in [0.01, 10]·(1−γ)·sqrt(log|A|/K) (Lemmas C.4, C.5 hold for
    /// any η; C.6 fixes its own). The search may move the raw payoffs and η.
    static let family = InstanceFamily(
        description: "payoff sequences f_k ∈ [0, 1/(1−γ)]^A (|A| ≤ 5, K ≤ 1000), random or alternating best arm",
        searchSpace: SearchSpace(scalars: ["etaScale": .positive], vectors: ["raw": false])
    ) { rng in
        let k = rng.integer(in: 2...5), horizon = [50, 200, 1000][rng.integer(below: 3)]
        let gamma = [0.5, 0.9, 0.99][rng.integer(below: 3)]
        let alternating = rng.uniform() < 0.5
        let raw = (0..<(horizon * k)).map { i in alternating ? ((i % k == (i / k) % k) ? 3 : -3) + rng.normal(standardDeviation: 0.5) : rng.normal(standardDeviation: 2) }
        return ClaimInstance(scalars: ["gamma": gamma, "etaScale": exp(rng.uniform(log(0.01), log(10)))],
                             integers: ["actions": k, "horizon": horizon], vectors: ["raw": raw])
    }

    /// The payoffs of an instance.
    static func payoffs(_ x: ClaimInstance) throws -> (payoffs: [[Double]], gamma: Double) {
        let k = try x.integer("actions"), horizon = try x.integer("horizon"), gamma = try x.scalar("gamma")
        let raw = try x.vector("raw")
        guard raw.count == k * horizon else { throw ClaimError.outsideHypotheses("raw has \(raw.count) entries for K·|A| = \(k * horizon)") }
        let top = 1 / (1 - gamma)
        return ((0..<horizon).map { t in (0..<k).map { top / (1 + exp(-raw[t * k + $0])) } }, gamma)
    }

    /// η = (1−γ) sqrt(log|A|/K) of Lemma C.6 and Thm. 5.5.
    static func stepSize(gamma: Double, actions k: Int, horizon: Int) -> Double {
        (1 - gamma) * (log(Double(k)) / Double(horizon)).squareRoot()
    }
}
