import Foundation
import GSLKit
import MarkovGames
import PropertyBased
import Testing
@testable import Learners

/// The shared neural pieces against finite differences and closed forms.
@Suite struct NeuralTests {
    /// Central differences (f(θ + h e_k) − f(θ − h e_k))/(2h) of a scalar function.
    static func centralDifferences(_ f: ([Double]) -> Double, at theta: [Double], step h: Double) -> [Double] {
        theta.indices.map { k in
            var plus = theta, minus = theta
            plus[k] += h
            minus[k] -= h
            return (f(plus) - f(minus)) / (2 * h)
        }
    }

    /// The error of a central difference with step h is h²|f'''|/6 (truncation) plus about 2ε|f|/h
    /// (round-off of the two evaluations). For these small networks (weights N(0, 1/fan-in), inputs
    /// and outputs of order 1, smooth or piecewise-linear activations) |f'''| and |f| stay below 10,
    /// so with h = 1e-5 the error is below 10·1e-10/6 + 2·2.2e-16·10/1e-5 ≈ 6e-10; 1e-7 leaves a wide
    /// margin while still catching any wrong term of the chain rule (those are of order 1e-2 or more).
    static let step = 1e-5
    static let tolerance = 1e-7

    @Test("MLP gradients (parameters and input) match central differences: tanh, relu, frozen layers, scale")
    func mlpGradients() async {
        await propertyCheck(count: 30, input: Gen.uint64(in: 0...UInt64(1) << 40)) { seed in
            let rng = RandomSource(seed: seed)
            let activation: Activation = rng.uniform() < 0.5 ? .tanh : .relu
            let layers = [
                DenseLayer(inputs: 3, outputs: 5, activation: activation),
                DenseLayer(inputs: 5, outputs: 4, activation: activation, hasBias: false, trainable: rng.uniform() < 0.5, scale: 0.7),
                DenseLayer(inputs: 4, outputs: 2, activation: .identity),
            ]
            let net = MLP(layers: layers, rng: rng)
            let x = (0..<3).map { _ in rng.normal() }
            let weights = [rng.normal(), rng.normal()]
            // L = w · output, so ∂L/∂output = w.
            func loss(_ n: MLP, _ input: [Double]) -> Double { Vector.dot(weights, n(input)) }
            // ReLU kinks: skip draws with a pre-activation within 1e-3 of 0 (a central difference across a kink is not a derivative).
            if activation == .relu {
                let pass = net.forward(x)
                if pass.preActivations.dropLast().contains(where: { $0.contains { abs($0) < 1e-3 } }) { return }
            }
            let (gp, gx) = net.gradient(at: x, outputGradient: weights)
            let fp = Self.centralDifferences({ p in loss(MLP(layers: layers, parameters: p), x) }, at: net.parameters, step: Self.step)
            let fx = Self.centralDifferences({ loss(net, $0) }, at: x, step: Self.step)
            for l in layers.indices where !layers[l].trainable {
                for k in net.parameterRange(ofLayer: l) { #expect(gp[k] == 0, "a frozen layer reports a gradient") }
            }
            for l in layers.indices where layers[l].trainable {
                for k in net.parameterRange(ofLayer: l) { #expect(abs(gp[k] - fp[k]) <= Self.tolerance, "∂L/∂θ[\(k)]: \(gp[k]) vs \(fp[k])") }
            }
            for k in x.indices { #expect(abs(gx[k] - fx[k]) <= Self.tolerance, "∂L/∂x[\(k)]: \(gx[k]) vs \(fx[k])") }
        }
    }

    @Test("the two-layer ReLU network is (1/√M) Σ_m b_m ReLU(W_m·x) with b frozen")
    func twoLayerReLU() {
        let rng = RandomSource(seed: 3)
        let signs = MLP.randomSigns(6, rng: rng)
        let net = MLP.twoLayerReLU(inputs: 2, signs: signs, rng: rng)
        let x = [0.3, -0.8]
        var byHand = 0.0
        for m in 0..<6 { byHand += signs[m] * max(0, net.parameters[2 * m] * x[0] + net.parameters[2 * m + 1] * x[1]) }
        byHand /= 6.0.squareRoot()
        #expect(abs(net(x)[0] - byHand) <= 1e-15 * 6)
        let g = net.gradient(at: x, outputGradient: [1]).parameters
        #expect(g[12...].allSatisfy { $0 == 0 })
    }

    @Test("Adam's first step is −α·g/(|g| + ε) per coordinate (bias correction), and it minimises a quadratic")
    func adam() {
        var theta = [1.0, -2.0, 0.5]
        var opt = Adam(parameterCount: 3, learningRate: 0.1)
        let g = [4.0, -0.5, 0]
        opt.step(&theta, gradient: g)
        // m̂ = g, v̂ = g²: the step is α·g/(|g| + 1e-8).
        let expected = [1 - 0.1 * 4 / (4 + 1e-8), -2 + 0.1 * 0.5 / (0.5 + 1e-8), 0.5]
        for k in 0..<3 { #expect(abs(theta[k] - expected[k]) <= 1e-15) }
        // f(θ) = Σ (θ_k − c_k)², gradient 2(θ − c): Adam with a decaying step ends near c.
        let c = [0.3, -0.7, 2.0]
        var opt2 = Adam(parameterCount: 3, learningRate: 0.05)
        for t in 0..<4000 {
            opt2.learningRate = 0.05 / (1 + Double(t) / 200)
            opt2.step(&theta, gradient: zip(theta, c).map { 2 * ($0 - $1) })
        }
        // The step size ends at 0.05/21 ≈ 2.4e-3 and Adam's steps are at most about α, so θ is within a few α of c.
        for k in 0..<3 { #expect(abs(theta[k] - c[k]) <= 1e-2) }
    }

    @Test("projections onto the ball and the box")
    func projections() {
        var theta = [3.0, 4.0]
        ParameterProjection.euclideanBall(&theta, centre: [0, 0], radius: 1)
        #expect(abs(theta[0] - 0.6) <= 1e-15 && abs(theta[1] - 0.8) <= 1e-15)
        var inside = [0.1, 0.2]
        ParameterProjection.euclideanBall(&inside, centre: [0, 0], radius: 1)
        #expect(inside == [0.1, 0.2])
        var box = [1.5, -3.0, 0.2]
        ParameterProjection.box(&box, centre: [1, -1, 0], radius: 0.25)
        #expect(box == [1.25, -1.25, 0.2])
    }

    @Test("the denoising loss gradient matches central differences of the same Monte-Carlo loss (fixed τ, ε draws)")
    func denoisingGradient() throws {
        let schedule = try NoiseSchedule.theory(steps: 10, cPrime: 2, cDoublePrime: 4)
        for weighting in [DenoisingLoss.Weighting.ddpl, .epsilonPrediction] {
            for sign in DenoisingLoss.TargetSign.allCases {
                let loss = DenoisingLoss(schedule: schedule, weighting: weighting, sign: sign)
                let net = ScoreNetwork(stateCount: 2, steps: 10, hidden: [6], activation: .tanh, rng: RandomSource(seed: 5))
                let batch = [DenoisingLoss.Sample(x: 0.3, state: 0, weight: 1.5), .init(x: -0.7, state: 1, weight: 0.2), .init(x: 0.9, state: 1, weight: 0)]
                let (_, g) = loss.lossAndGradient(net, batch: batch, rng: RandomSource(seed: 9))
                let fd = Self.centralDifferences({ p in
                    var n = net
                    n.network.parameters = p
                    return loss.lossAndGradient(n, batch: batch, rng: RandomSource(seed: 9)).loss
                }, at: net.network.parameters, step: Self.step)
                // The loss is λ_τ·w·(s − target)² with λ_τ ≤ H and targets up to |ε|/√(1−ᾱ_1) ≈ 30·|ε|, so |L| and
                // its third derivative reach ~1e4 here; the same error budget as above then gives ~1e-5.
                for k in g.indices { #expect(abs(g[k] - fd[k]) <= 1e-5 * max(1, abs(fd[k])), "\(weighting) \(sign) [\(k)]: \(g[k]) vs \(fd[k])") }
            }
        }
    }

    @Test("the permutation-invariant critic: invariant under agent permutations, gradient matches central differences")
    func permutationInvariantCritic() {
        let rng = RandomSource(seed: 11)
        let critic = PermutationInvariantCritic(localStates: 3, metaActions: 4, width: 8, agents: 3, meanPooling: true, rng: rng)
        let profile = [2, 0, 1]
        for perm in [[0, 1, 2], [2, 0, 1], [1, 2, 0], [0, 2, 1]] {
            #expect(abs(critic.value(profile: perm.map { profile[$0] }, meta: 3) - critic.value(profile: profile, meta: 3)) <= 1e-15)
        }
        let g = critic.gradient(profile: profile, meta: 1)
        let fd = Self.centralDifferences({ p in
            var c = critic
            c.network.parameters = p
            return c.value(profile: profile, meta: 1)
        }, at: critic.network.parameters, step: Self.step)
        // Only the first layer is trained: its entries match the differences, the frozen second layer reports 0.
        for k in critic.network.parameterRange(ofLayer: 0) { #expect(abs(g[k] - fd[k]) <= Self.tolerance) }
        for k in critic.network.parameterRange(ofLayer: 1) { #expect(g[k] == 0) }
    }
}
