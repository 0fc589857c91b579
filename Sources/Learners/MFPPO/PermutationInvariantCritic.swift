import Foundation
import GSLKit

/// mfppo's permutation-invariant critic (Sec. 3 DeepSet form, Sec. 4 two-layer network, App. E.1):
///
///   F^Q_θ(x, ā) = c_N Σ_{i=1}^N f_θ(z(s^i, ā)),   f_θ(z) = (1/√m) Σ_j u_j ReLU(θ_jᵀz),
///
/// with u_j ~ Unif{−1, +1} fixed, θ_j(0) ~ N(0, I_d/d), z(s, ā) = (e_s, e_ā)/√2 (‖z‖ = 1) and
/// c_N = 1/N (mean pooling, App. E, `pooling=mean`) or 1/√N (the 1/√(mN) of Sec. 4 as printed,
/// `pooling=sqrt`; mfppo flag). Permuting the agents permutes the terms, so F is invariant. Only the
/// first layer is trained (second layer frozen), through the shared `MLP`.
public struct PermutationInvariantCritic: Sendable {
    public var network: MLP
    public let initial: [Double]
    public let localStateCount: Int
    public let metaActionCount: Int
    public let pooling: Double

    public init(localStates k: Int, metaActions nM: Int, width m: Int, agents n: Int, meanPooling: Bool, rng: RandomSource) {
        let signs = MLP.randomSigns(m, rng: rng)
        network = MLP.twoLayerReLU(inputs: k + nM, signs: signs, rng: rng)
        initial = network.parameters
        localStateCount = k
        metaActionCount = nM
        pooling = meanPooling ? 1 / Double(n) : 1 / Double(n).squareRoot()
    }

    func features(local s: Int, meta: Int) -> [Double] {
        var z = [Double](repeating: 0, count: localStateCount + metaActionCount)
        z[s] = 1 / 2.0.squareRoot()
        z[localStateCount + meta] = 1 / 2.0.squareRoot()
        return z
    }

    /// F^Q_θ(x, ā) for the profile x.
    public func value(profile: [Int], meta: Int) -> Double {
        profile.reduce(0) { $0 + network(features(local: $1, meta: meta))[0] } * pooling
    }

    /// ∇_θ F^Q_θ(x, ā) (zero on the frozen second layer).
    public func gradient(profile: [Int], meta: Int) -> [Double] {
        var g = [Double](repeating: 0, count: network.parameterCount)
        for s in profile { network.backward(network.forward(features(local: s, meta: meta)), outputGradient: [pooling], into: &g) }
        return g
    }
}
