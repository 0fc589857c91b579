import Foundation
import GSLKit

/// The stochastic semi-gradients of mfppo App. E at a fixed β (real network, gates at β): for a
/// sampled (x, ā) the gradient ∇_β F_β(s, w, ā) = Σ_y w(y) ψ_y with ψ_y = ∇_β f_β(s, y, ā); so every
/// g, ĝ at (x, ā) lives in span{ψ_y} and squared norms are quadratic forms in the Gram Γ = (ψ_y·ψ_y').
struct SemiGradientMoments {
    let problem: SemiGradientProblem
    let network: MeanPoolNetwork
    let beta: [Double]
    /// f_β over the features.
    let table: [Double]
    /// F_β(x, ā) (population) over (x, ā).
    let values: [Double]

    init(problem: SemiGradientProblem, network: MeanPoolNetwork, beta: [Double]) {
        self.problem = problem
        self.network = network
        self.beta = beta
        table = network.localTable(beta)
        values = problem.values(network: network, beta)
    }

    /// ψ_y = ∇_β f_β(s, y, ā) for y = 0 … k−1.
    func tangents(_ s: Int, _ a: Int) -> [[Double]] {
        (0..<problem.localStates).map { y in
            var g = [Double](repeating: 0, count: beta.count)
            var w = [Double](repeating: 0, count: problem.localStates)
            w[y] = 1
            network.addGradient(into: &g, beta, s, w, a, scale: 1)
            return g
        }
    }

    static func gram(_ psi: [[Double]]) -> [[Double]] { psi.map { p in psi.map { Vector.dot(p, $0) } } }

    static func form(_ g: [[Double]], _ u: [Double], _ v: [Double]) -> Double {
        var s = 0.0
        for i in u.indices { for j in v.indices { s += u[i] * g[i][j] * v[j] } }
        return s
    }

    /// f(s₂, y, ā') for the next-value term (s₂ = s' for the operator (E.2), s for the printed δ̂).
    func nextLocal(_ s2: Int, _ a2: Int) -> [Double] { (0..<problem.localStates).map { table[network.feature(s2, $0, a2)] } }

    /// The probabilities of the histogram n = (N − j, j) of N i.i.d. draws from d over k = 2 local states.
    static func binomial(_ n: Int, _ p1: Double) -> [Double] {
        (0...n).map { j in
            let lc = Special.logGamma(Double(n + 1)) - Special.logGamma(Double(j + 1)) - Special.logGamma(Double(n - j + 1))
            if p1 == 0 { return j == 0 ? 1 : 0 }
            if p1 == 1 { return j == n ? 1 : 0 }
            return exp(lc + Double(j) * log(p1) + Double(n - j) * log(1 - p1))
        }
    }

    /// E[B] and E[B²] for B = Σ_y (n'_y/N) f₂(y), n' ~ Multinomial(N, d') (k = 2); N = nil: B = Σ d' f₂.
    static func nextMoments(_ f2: [Double], _ d2: [Double], samples: Int?) -> (Double, Double) {
        guard let n = samples else { let b = Vector.dot(d2, f2); return (b, b * b) }
        var m1 = 0.0, m2 = 0.0
        for (j, p) in binomial(n, d2[1]).enumerated() where p > 0 {
            let b = (Double(n - j) * f2[0] + Double(j) * f2[1]) / Double(n)
            m1 += p * b
            m2 += p * b * b
        }
        return (m1, m2)
    }
}

extension MFPPOClaims {
    static let varianceFamily = EvaluationSetup.family("evaluation problems (k = 2) with a displacement radius", realizable: false) { rng, x in
        x.scalars["radius"] = rng.uniform(0.5, 2)
    }

    /// E‖g_β − ḡ_β‖² for the evaluation problem: Σ_ρ E_{x',ā'}[δ²] ‖∇F_β(x, ā)‖² − ‖ḡ_β‖².
    static func semiGradientVariance(_ problem: SemiGradientProblem, _ network: MeanPoolNetwork, _ beta: [Double]) -> Double {
        let moments = SemiGradientMoments(problem: problem, network: network, beta: beta)
        let mean = populationSemiGradient(problem, network, beta, gates: .current)
        let nA = problem.actions
        var second = 0.0
        for i in 0..<(problem.model.stateCount * nA) where problem.sampling[i] > 0 {
            let x = i / nA, a = i % nA, s = problem.model.localState(of: x), d = problem.model.meanField(of: x)
            let weights = problem.nextValueWeights(x, a)
            let e1 = Vector.dot(weights, moments.values), e2 = zip(weights, moments.values).reduce(0) { $0 + $1.0 * $1.1 * $1.1 }
            let r = moments.values[i] - problem.target[i]
            let deltaSquare = r * r - 2 * problem.mu * r * e1 + problem.mu * problem.mu * e2
            let psi = moments.tangents(s, a)
            second += problem.sampling[i] * deltaSquare * SemiGradientMoments.form(SemiGradientMoments.gram(psi), d, d)
        }
        return second - Vector.dot(mean, mean)
    }

    /// The radii of the R-rate claims: 1 … 256.
    static let radii = (0...8).map { pow(2.0, Double($0)) }

    /// E_{**s**,**s**'}‖ĝ_β − g_β‖² at one tuple (x, ā, x', ā') for N observed agents (k = 2: the histograms
    /// are binomial; exact), with the next-value term at (s₂, d', ā').
    static func sampleGradientError(_ m: SemiGradientMoments, x: Int, a: Int, x2: Int, a2: Int, samples n: Int, ownState: Bool) -> Double {
        let p = m.problem, s = p.model.localState(of: x), d = p.model.meanField(of: x), d2 = p.model.meanField(of: x2)
        let f = (0..<p.localStates).map { m.table[m.network.feature(s, $0, a)] }
        let gamma = SemiGradientMoments.gram(m.tangents(s, a))
        let target = p.target[x * p.actions + a]
        // δ at the population: F(s, d, ā) − τξ − μ F(s', d', ā') (the operator (E.2)).
        let delta = Vector.dot(d, f) - target - p.mu * m.values[x2 * p.actions + a2]
        let (b1, b2) = SemiGradientMoments.nextMoments(m.nextLocal(ownState ? s : p.model.localState(of: x2), a2), d2, samples: n)
        var total = 0.0
        for (j, prob) in SemiGradientMoments.binomial(n, d[1]).enumerated() where prob > 0 {
            let w = [Double(n - j) / Double(n), Double(j) / Double(n)]
            let aHat = Vector.dot(w, f) - target
            let meanDelta = aHat - p.mu * b1, meanDeltaSquare = aHat * aHat - 2 * p.mu * aHat * b1 + p.mu * p.mu * b2
            total += prob * (meanDeltaSquare * SemiGradientMoments.form(gamma, w, w) - 2 * meanDelta * delta * SemiGradientMoments.form(gamma, w, d)
                             + delta * delta * SemiGradientMoments.form(gamma, d, d))
        }
        return total
    }

    static func lemmaE4Observation(_ x: ClaimInstance, ownState: Bool) throws -> Evaluation {
        let setup = try EvaluationSetup(x, realizable: false)
        let problem = setup.problem()
        guard problem.localStates == 2 else { throw ClaimError.outsideHypotheses("the exact sample expectation is implemented for k = 2") }
        let rng = RandomSource(seed: SeedSequence.derive(x.seed, "tuple"))
        let i = SemiGradientRun.draw(SemiGradientRun.cumulative(problem.sampling), rng)
        let j = SemiGradientRun.draw(SemiGradientRun.cumulative(problem.nextValueWeights(i / problem.actions, i % problem.actions)), rng)
        let sizes = (0...12).map { 1 << $0 }
        var y = [Double](repeating: 0, count: sizes.count)
        for r in 0..<8 {
            let init0 = RandomSource(seed: SeedSequence.derive(x.seed, "init\(r)"))
            let network = MeanPoolNetwork(localStates: 2, actions: problem.actions, width: 64, rng: init0)
            let moments = SemiGradientMoments(problem: problem, network: network, beta: displacedParameters(network, radius: 1, concentration: 1, rng: init0))
            for (k, n) in sizes.enumerated() {
                y[k] += sampleGradientError(moments, x: i / problem.actions, a: i % problem.actions, x2: j / problem.actions, a2: j % problem.actions,
                                            samples: n, ownState: ownState) / 8
            }
        }
        let scaled = zip(sizes, y).map { Double($0) * $1 }
        let increasing = zip(scaled, scaled.dropFirst()).allSatisfy { $0 <= $1 * (1 + 1e-12) }
        return Evaluation(rate: RateObservation(x: sizes.map(Double.init), y: y, claimedExponent: -1, kind: .atMost, xLabel: "N (observed agents)",
                                                yLabel: "E_{init,**s**,**s**'}‖ĝ_β − g_β‖²"),
                          quantities: [NamedValue("γ = μ", problem.mu), NamedValue("(x, ā) index", Double(i)), NamedValue("(x', ā') index", Double(j)),
                                       NamedValue("N·E‖ĝ − g‖² at N = 1", scaled.first!), NamedValue("N·E‖ĝ − g‖² at N = 4096", scaled.last!)],
                          notes: increasing ? ["N·E‖ĝ − g‖² increases with N towards its limit, so E‖ĝ − g‖² ≤ (value at N = 4096)/N on the whole grid"] : [])
    }

    static let lemmaE4Statement = "For any s, d_S, ā, s', d'_S, ā', let **s** i.i.d.~ d_S and **s**' i.i.d.~ d'_S, and |**s**| = |**s**'| = N, we have E_{init,**s**,**s**'}‖ĝ_β(s, **s**, ā, s', **s**', ā') − g_β(s, d_S, ā, s', d'_S, ā')‖² ≤ O(R_β²/N)."
}

