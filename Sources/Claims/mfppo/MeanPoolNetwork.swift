import Foundation
import GSLKit

/// The two-layer mean-pooled (DeepSet) ReLU network of mfppo Sec. 4 in the form of App. E.1:
///
///   f_β(s, x, ā) = (1/√m) Σ_j u_j σ(β_jᵀ φ(s, x, ā)),   F_β(s, d, ā) = Σ_x d(x) f_β(s, x, ā),
///
/// with the sample version F_β(s, **s**, ā) = (1/N) Σ_i f_β(s, s_i, ā) = Σ_x (n_x/N) f_β(s, x, ā)
/// (n the histogram of the N samples; mean pooling is what makes the population version
/// F(s, d, ā) = E_{x~d} f(s, x, ā) of Sec. 3 the limit). Only the first layer β = (β_1, …, β_m) ∈ ℝ^{md}
/// is trained; u_j ~ Unif{−1, +1} and β_j(0) ~ N(0, I_d/d) (Sec. 4). The feature embedding is
/// one-hot, φ(s, x, ā) = (e_s, e_x, e_ā)/√3 ∈ ℝ^d, d = 2k + |Ā|, so ‖φ‖ = 1 (Assumption 3).
/// The linearisation at initialisation (App. E.1) is
/// f⁰_β(z) = (1/√m) Σ_j u_j 1{β_j(0)ᵀz > 0} β_jᵀz = ⟨∇_β f_{β(0)}(z), β⟩.
///
/// (Learners' MLP on branch `learners` is a general network trained with Adam; this one is the
/// paper's specific object: fixed second layer, 1/√m scaling, projection onto a ball, mean pooling.)
struct MeanPoolNetwork {
    /// k.
    let localStates: Int
    /// |Ā|.
    let actions: Int
    /// m.
    let width: Int
    /// d = 2k + |Ā|.
    let dimension: Int
    /// u_j.
    let signs: [Double]
    /// β(0), flat [j][d].
    let initial: [Double]

    init(localStates k: Int, actions: Int, width m: Int, rng: RandomSource) {
        localStates = k
        self.actions = actions
        width = m
        dimension = 2 * k + actions
        signs = (0..<m).map { _ in rng.uniform() < 0.5 ? -1 : 1 }
        let sd = 1 / Double(2 * k + actions).squareRoot()
        initial = (0..<(m * (2 * k + actions))).map { _ in rng.normal(standardDeviation: sd) }
    }

    /// Which activation pattern a function uses: the current parameters (the network) or the
    /// initial ones (the linearisation f⁰).
    enum Gates { case current, initial }

    /// The number of distinct features z = (s, x, ā), indexed (s·k + x)·|Ā| + ā.
    var featureCount: Int { localStates * localStates * actions }

    func feature(_ s: Int, _ x: Int, _ a: Int) -> Int { (s * localStates + x) * actions + a }

    /// The three non-zero coordinates of φ(s, x, ā) (each 1/√3).
    @inline(__always)
    func coordinates(_ s: Int, _ x: Int, _ a: Int) -> (Int, Int, Int) { (s, localStates + x, 2 * localStates + a) }

    static let featureEntry = 1 / 3.0.squareRoot()

    /// β_jᵀφ(s, x, ā).
    @inline(__always)
    func preactivation(_ beta: [Double], _ j: Int, _ s: Int, _ x: Int, _ a: Int) -> Double {
        let (c1, c2, c3) = coordinates(s, x, a), base = j * dimension
        return (beta[base + c1] + beta[base + c2] + beta[base + c3]) * MeanPoolNetwork.featureEntry
    }

    /// f_β(s, x, ā) (gates `.current`) or f⁰_β(s, x, ā) (gates `.initial`).
    func local(_ beta: [Double], _ s: Int, _ x: Int, _ a: Int, gates: Gates = .current) -> Double {
        var out = 0.0
        for j in 0..<width {
            let p = preactivation(beta, j, s, x, a)
            let on = gates == .current ? p > 0 : preactivation(initial, j, s, x, a) > 0
            if on { out += signs[j] * p }
        }
        return out / Double(width).squareRoot()
    }

    /// f over every feature, flat [(s·k + x)·|Ā| + ā].
    func localTable(_ beta: [Double], gates: Gates = .current) -> [Double] {
        var t = [Double](repeating: 0, count: featureCount)
        for s in 0..<localStates { for x in 0..<localStates { for a in 0..<actions { t[feature(s, x, a)] = local(beta, s, x, a, gates: gates) } } }
        return t
    }

    /// F(s, w, ā) = Σ_x w(x) f(s, x, ā) from a table of f, for weights w (d, or n/N).
    func pooled(_ table: [Double], _ s: Int, _ weights: [Double], _ a: Int) -> Double {
        var out = 0.0
        for x in 0..<localStates where weights[x] != 0 { out += weights[x] * table[feature(s, x, a)] }
        return out
    }

    /// g += c · ∇_β F(s, w, ā), with F pooled over weights w and gates as given.
    func addGradient(into g: inout [Double], _ beta: [Double], _ s: Int, _ weights: [Double], _ a: Int, scale c: Double, gates: Gates = .current) {
        let norm = c * MeanPoolNetwork.featureEntry / Double(width).squareRoot()
        for j in 0..<width {
            var total = 0.0
            let base = j * dimension
            for x in 0..<localStates where weights[x] != 0 {
                let on = gates == .current ? preactivation(beta, j, s, x, a) > 0 : preactivation(initial, j, s, x, a) > 0
                if on {
                    let w = weights[x] * signs[j] * norm
                    total += w
                    g[base + localStates + x] += w
                }
            }
            if total != 0 {
                g[base + s] += total
                g[base + 2 * localStates + a] += total
            }
        }
    }

    /// ∇_β f_{β(0)}(z) for every feature (the tangent features ψ(z); f⁰_β(z) = ⟨ψ(z), β⟩), flat [z][md].
    func tangentFeatures() -> [[Double]] {
        var out: [[Double]] = []
        for s in 0..<localStates {
            for x in 0..<localStates {
                for a in 0..<actions {
                    var g = [Double](repeating: 0, count: initial.count)
                    var w = [Double](repeating: 0, count: localStates)
                    w[x] = 1
                    addGradient(into: &g, initial, s, w, a, scale: 1, gates: .initial)
                    out.append(g)
                }
            }
        }
        return out
    }

    /// G(z, z') = ⟨ψ(z), ψ(z')⟩ (the tangent kernel at initialisation on the features).
    func tangentGram() -> Matrix {
        let psi = tangentFeatures(), n = psi.count
        var g = Matrix(rows: n, columns: n)
        for i in 0..<n { for j in i..<n { let v = Vector.dot(psi[i], psi[j]); g[i, j] = v; g[j, i] = v } }
        return g
    }

    /// β(0) + R·u/‖u‖ for a direction u.
    func displaced(by direction: [Double], radius: Double) -> [Double] {
        let n = Vector.twoNorm(direction)
        return zip(initial, direction).map { $0 + radius * $1 / n }
    }

    /// Π_{B(β(0), R)}(β): the Euclidean projection onto the ball around the initialisation.
    func project(_ beta: inout [Double], radius: Double) {
        var n2 = 0.0
        for i in beta.indices { let d = beta[i] - initial[i]; n2 += d * d }
        if n2 > radius * radius {
            let c = radius / n2.squareRoot()
            for i in beta.indices { beta[i] = initial[i] + c * (beta[i] - initial[i]) }
        }
    }
}
