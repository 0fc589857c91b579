import Foundation
import GSLKit

/// The updates (E.5)–(E.6) of mfppo App. E — Algorithm 2 (TD, μ = γ) and Algorithm 3 (SGD, μ = 0)
/// — with the real two-layer network: per step, (s, d, ā) ~ ρ, (s', d') ~ P, ā' ~ π, N i.i.d.
/// samples of d and of d' (a multinomial histogram each), the residual
/// δ̂ = F_β(s, **s**, ā) − τξ − μF_β(s', **s**', ā'), β ← Π_{B(β(0), R)}(β − η δ̂ ∇_β F_β(s, **s**, ā)),
/// step η = T^{-1/2}, and the ergodic average β̄_T = (1/T) Σ_{t<T} β(t) as output.
struct SemiGradientRun {
    /// The target used at a sampled state: τξ(x, ā) by default; Algorithm 3 evaluates its target
    /// networks on the same samples (`sampleTarget`).
    typealias SampleTarget = (_ x: Int, _ a: Int, _ weights: [Double]) -> Double

    let problem: SemiGradientProblem
    let network: MeanPoolNetwork
    let radius: Double
    let steps: Int
    /// N, the number of observed agents; nil uses the population d itself (E.3).
    let samples: Int?

    /// β̄_T.
    func averagedParameters(rng: RandomSource, sampleTarget: SampleTarget? = nil) -> [Double] {
        let p = problem, nX = p.model.stateCount, nA = p.actions, k = p.localStates
        let rhoCDF = SemiGradientRun.cumulative(p.sampling)
        var beta = network.initial
        var sum = [Double](repeating: 0, count: beta.count)
        var grad = [Double](repeating: 0, count: beta.count)
        var fHere = [Double](repeating: 0, count: k), fNext = [Double](repeating: 0, count: k)
        let eta = 1 / Double(steps).squareRoot()
        for _ in 0..<steps {
            for i in beta.indices { sum[i] += beta[i] }
            let i = SemiGradientRun.draw(rhoCDF, rng)
            let x = i / nA, a = i % nA, s = p.model.localState(of: x)
            let w = observe(p.model.meanField(of: x), rng)
            for y in 0..<k { fHere[y] = w[y] == 0 ? 0 : network.local(beta, s, y, a) }
            var delta = zip(w, fHere).reduce(0) { $0 + $1.0 * $1.1 }
            delta -= sampleTarget?(x, a, w) ?? p.target[i]
            if p.mu != 0 {
                let x2 = SemiGradientRun.drawRow(p.model.mdp.transitions, offset: (x * nA + a) * nX, count: nX, rng)
                let a2 = SemiGradientRun.drawRow(p.nextPolicy, offset: x2 * nA, count: nA, rng)
                let s2 = p.next == .nextState ? p.model.localState(of: x2) : s
                let w2 = observe(p.model.meanField(of: x2), rng)
                for y in 0..<k { fNext[y] = w2[y] == 0 ? 0 : network.local(beta, s2, y, a2) }
                delta -= p.mu * zip(w2, fNext).reduce(0) { $0 + $1.0 * $1.1 }
            }
            for j in grad.indices { grad[j] = 0 }
            network.addGradient(into: &grad, beta, s, w, a, scale: 1)
            for j in beta.indices where grad[j] != 0 { beta[j] -= eta * delta * grad[j] }
            network.project(&beta, radius: radius)
        }
        return sum.map { $0 / Double(steps) }
    }

    /// The weights n/N of N i.i.d. draws from d (or d itself for the population version).
    private func observe(_ d: [Double], _ rng: RandomSource) -> [Double] {
        guard let samples else { return d }
        var counts = [Double](repeating: 0, count: d.count)
        let cdf = SemiGradientRun.cumulative(d)
        for _ in 0..<samples { counts[SemiGradientRun.draw(cdf, rng)] += 1 }
        return counts.map { $0 / Double(samples) }
    }

    static func cumulative(_ p: [Double]) -> [Double] {
        var c = [Double](repeating: 0, count: p.count), s = 0.0
        for i in p.indices { s += p[i]; c[i] = s }
        return c
    }

    /// The first index whose cumulative weight exceeds a uniform draw (scaled by the total).
    static func draw(_ cdf: [Double], _ rng: RandomSource) -> Int {
        let u = rng.uniform() * cdf[cdf.count - 1]
        var lo = 0, hi = cdf.count - 1
        while lo < hi {
            let mid = (lo + hi) / 2
            if cdf[mid] > u { hi = mid } else { lo = mid + 1 }
        }
        return lo
    }

    static func drawRow(_ table: [Double], offset: Int, count: Int, _ rng: RandomSource) -> Int {
        var u = rng.uniform(), last = 0
        for i in 0..<count where table[offset + i] > 0 {
            last = i
            u -= table[offset + i]
            if u < 0 { return i }
        }
        return last
    }
}
