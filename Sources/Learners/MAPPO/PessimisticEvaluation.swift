import GSLKit
import MarkovGames

/// The pessimistic policy evaluation of mappo Alg. 2 line 4 with linear functions f = ϕᵀw, in the
/// closed form of mappo.md §4.5 (App. C.1 made explicit, definition (5) with r and 1/n):
///
///   w = argmin_w  ϕ₀ᵀw + λ·E(ϕᵀw, π),   E(ϕᵀw, π) = ‖(I − γÂ)w − ĉ‖²_Σ̂,
///   Σ̂ = XᵀX/n, Â = (XᵀX)⁻¹XᵀY, ĉ = (XᵀX)⁻¹Xᵀr, ⇒ w = w_LSTD − (1/(2λ))G⁻¹ϕ₀,
///   w_LSTD = (I − γÂ)⁻¹ĉ, G = (I − γÂ)ᵀΣ̂(I − γÂ),
///
/// with X the rows ϕ(s_i, a_i^{1:m}), Y the rows ϕ(s_i', π^{1:m}) = Σ_{a'} π^{1:m}(a'|s_i')ϕ(s_i', a'),
/// r the rewards and ϕ₀ = ϕ(s₀, π^{1:m}) (averaged over ρ₀ when s₀ is random). The norm and range
/// constraints of F^m are not imposed (mappo.md §4.5 flag). XᵀX is singular when some feature
/// direction is never observed; a ridge ρ·n·I is added to XᵀX (and ρ·I to Σ̂), so unobserved
/// directions are penalised by pessimism instead of being undefined.
public struct PessimisticEvaluation: Sendable {
    public let weights: [Double]
    /// ϕ₀ᵀw_LSTD and the penalty −(1/(2λ))ϕ₀ᵀG⁻¹ϕ₀ (so f(s₀, π) = their sum).
    public let lstdValue: Double
    public let pessimismPenalty: Double

    /// X, Y: n × d (row-major), r: n, phi0: d.
    public init(x: Matrix, y: Matrix, rewards r: [Double], phi0: [Double], gamma: Double, lambda: Double, ridge: Double) throws(GSLError) {
        let n = Double(x.rows), d = x.columns
        var gram = x.transposed.times(x)
        for j in 0..<d { gram[j, j] += ridge * n }
        let lu = try LUFactorization(gram)
        let xtY = x.transposed.times(y), xtR = x.transposed.times(r)
        // Â column by column, ĉ.
        var aHat = Matrix(rows: d, columns: d)
        for j in 0..<d {
            let col = try lu.solve((0..<d).map { xtY[$0, j] }).x
            for i in 0..<d { aHat[i, j] = col[i] }
        }
        let cHat = try lu.solve(xtR).x
        var m = Matrix.identity(d)
        for k in 0..<(d * d) { m.storage[k] -= gamma * aHat.storage[k] }
        var sigma = x.transposed.times(x)
        for k in 0..<(d * d) { sigma.storage[k] /= n }
        for j in 0..<d { sigma[j, j] += ridge }
        let g = m.transposed.times(sigma).times(m)
        let lstd = try LUFactorization(m).solve(cHat).x
        let gInvPhi = try LUFactorization(g).solve(phi0).x
        weights = (0..<d).map { lstd[$0] - gInvPhi[$0] / (2 * lambda) }
        lstdValue = Vector.dot(phi0, lstd)
        pessimismPenalty = -Vector.dot(phi0, gInvPhi) / (2 * lambda)
    }
}
