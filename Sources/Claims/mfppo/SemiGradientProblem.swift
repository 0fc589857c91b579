import Foundation
import GSLKit

/// The generic problem (E.1)–(E.2) of mfppo App. E on a mean-field MDP: fit F_β to
/// ζ_F(s, d, ā) = E[τξ(s, d, ā) + μ F(s', d', ā')] under (s, d, ā) ~ ρ, (s', d') ~ P, ā' ~ π. Policy
/// evaluation is μ = γ, τ = 1 − γ, ξ = r, ρ = σ_k (Alg. 2); policy improvement is μ = 0, τ = 1,
/// ρ = σ̃_k (Alg. 3). `target` holds τξ(x, ā).
///
/// Functions linear in the population measure, F(s, d, ā) = Σ_y d(y) w(s, y, ā) (the class 𝓕^P of
/// Def. 4.1 when the network spans every w), are handled through their table w over the features
/// (s, y, ā) (`MeanPoolNetwork.feature`).
struct SemiGradientProblem {
    /// Which next-state features the TD target uses.
    enum NextFeature {
        /// F(s', **s**', ā'), the operator T^π of (3.1) and (E.2).
        case nextState
        /// F(s, **s**', ā'): the representative's current local state with the next population, as
        /// printed in Algorithm 2 and in δ̂ of App. E.
        case ownState
    }

    let model: MeanFieldMDP
    /// ρ(x, ā), flat [x][ā].
    let sampling: [Double]
    /// π(ā'|x'), flat (used when μ > 0).
    let nextPolicy: [Double]
    /// τξ(x, ā), flat.
    let target: [Double]
    let mu: Double
    let next: NextFeature

    var actions: Int { model.actionCount }
    var localStates: Int { model.dynamics.localStates }
    var featureCount: Int { localStates * localStates * actions }

    /// The feature index of (s, y, ā).
    func feature(_ s: Int, _ y: Int, _ a: Int) -> Int { (s * localStates + y) * actions + a }

    /// e(x, ā): the coefficients of F(x, ā) = Σ_y d(y) w(s, y, ā) on the feature table w.
    func embedding(_ x: Int, _ a: Int, ownState: Int? = nil) -> [Double] {
        var e = [Double](repeating: 0, count: featureCount)
        let s = ownState ?? model.localState(of: x), d = model.meanField(of: x)
        for y in 0..<localStates { e[feature(s, y, a)] = d[y] }
        return e
    }

    /// E[e(s', d', ā') | x, ā] (or e(s, d', ā') for the printed target).
    func nextEmbedding(_ x: Int, _ a: Int) -> [Double] {
        var out = [Double](repeating: 0, count: featureCount)
        guard mu != 0 else { return out }
        let nX = model.stateCount, nA = actions
        for x2 in 0..<nX {
            let p = model.mdp.transitions[(x * nA + a) * nX + x2]
            if p == 0 { continue }
            for a2 in 0..<nA where nextPolicy[x2 * nA + a2] > 0 {
                let w = p * nextPolicy[x2 * nA + a2]
                let e = embedding(x2, a2, ownState: next == .ownState ? model.localState(of: x) : nil)
                for i in e.indices where e[i] != 0 { out[i] += w * e[i] }
            }
        }
        return out
    }

    /// P(x'|x, ā) π(ā'|x') over (x', ā'), flat: the weights of E[F(x', ā') | x, ā] for a table of F values.
    /// (For the printed target the next value is taken at the current local state: see `nextEmbedding`.)
    func nextValueWeights(_ x: Int, _ a: Int) -> [Double] {
        let nX = model.stateCount, nA = actions
        var out = [Double](repeating: 0, count: nX * nA)
        for x2 in 0..<nX {
            let p = model.mdp.transitions[(x * nA + a) * nX + x2]
            if p == 0 { continue }
            for a2 in 0..<nA { out[x2 * nA + a2] = p * nextPolicy[x2 * nA + a2] }
        }
        return out
    }

    /// The root of the expected semi-gradient in function space: Σ_ρ e (eᵀw + Cᵀw/N − τξ − μ ē'ᵀw) = 0,
    /// where N i.i.d. samples of d add Cov_{y~d}(e_y)/N to E[êêᵀ] (the two sample sets of the
    /// current and next state are independent). `samples` = nil is the population limit (E.3).
    /// This is (E.12) when the ball constraint is inactive and the tangent features span every w.
    func fixedPoint(samples: Int? = nil) throws -> [Double] {
        let n = featureCount
        var m = Matrix(rows: n, columns: n)
        var b = [Double](repeating: 0, count: n)
        for x in 0..<model.stateCount {
            for a in 0..<actions {
                let rho = sampling[x * actions + a]
                if rho == 0 { continue }
                let e = embedding(x, a), e2 = nextEmbedding(x, a)
                for i in 0..<n where e[i] != 0 {
                    b[i] += rho * target[x * actions + a] * e[i]
                    for j in 0..<n { m[i, j] += rho * e[i] * (e[j] - mu * e2[j]) }
                }
                if let samples {
                    // Cov of the one-hot e_y under y ~ d, in the (s, ā) block: diag(d) − ddᵀ.
                    for i in 0..<n where e[i] != 0 {
                        m[i, i] += rho * e[i] / Double(samples)
                        for j in 0..<n where e[j] != 0 { m[i, j] -= rho * e[i] * e[j] / Double(samples) }
                    }
                }
            }
        }
        return try m.solve(b).x
    }

    /// E_{w}[(F(x, ā) − reference(x, ā))²] for a table of F values over (x, ā).
    static func meanSquare(_ values: [Double], _ reference: [Double], weights: [Double]) -> Double {
        var s = 0.0
        for i in values.indices where weights[i] > 0 { s += weights[i] * (values[i] - reference[i]) * (values[i] - reference[i]) }
        return s
    }

    /// F(x, ā) = eᵀw for every (x, ā), flat.
    func values(of w: [Double]) -> [Double] {
        (0..<(model.stateCount * actions)).map { i in Vector.dot(embedding(i / actions, i % actions), w) }
    }

    /// F_β(s, d, ā) of a network for every (x, ā), flat (population pooling).
    func values(network: MeanPoolNetwork, _ beta: [Double], gates: MeanPoolNetwork.Gates = .current) -> [Double] {
        let table = network.localTable(beta, gates: gates)
        return (0..<(model.stateCount * actions)).map { i in
            network.pooled(table, model.localState(of: i / actions), model.meanField(of: i / actions), i % actions)
        }
    }
}
