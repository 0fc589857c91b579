import Foundation
import GSLKit

/// The population semi-gradients of mfppo App. E for the linearised network, written through the
/// table w = (f⁰_β(z))_z = Ψᵀβ over the features (Ψ the tangent features at β(0)):
/// ḡ⁰_β = Ψ v(w) with v(w) = E_ρ[e (eᵀw − τξ − μ ē'ᵀw)], so ⟨β − β', ḡ⁰_β − ḡ⁰_{β'}⟩ = (w − w')ᵀ(v(w) − v(w'))
/// and ‖ḡ⁰_β − ḡ⁰_{β'}‖² = (v − v')ᵀ G (v − v') with G = ΨᵀΨ.
struct LinearizedSemiGradient {
    let problem: SemiGradientProblem
    let network: MeanPoolNetwork
    let gram: Matrix

    init(problem: SemiGradientProblem, network: MeanPoolNetwork) {
        self.problem = problem
        self.network = network
        gram = network.tangentGram()
    }

    /// v(w) = E_ρ[e (eᵀw − τξ − μ ē'ᵀw)].
    func v(_ w: [Double]) -> [Double] {
        var out = [Double](repeating: 0, count: w.count)
        let nA = problem.actions
        for i in 0..<(problem.model.stateCount * nA) {
            let rho = problem.sampling[i]
            if rho == 0 { continue }
            let e = problem.embedding(i / nA, i % nA), e2 = problem.nextEmbedding(i / nA, i % nA)
            let delta = Vector.dot(e, w) - problem.target[i] - problem.mu * Vector.dot(e2, w)
            for j in e.indices where e[j] != 0 { out[j] += rho * e[j] * delta }
        }
        return out
    }

    /// ‖Ψ v‖² = vᵀ G v.
    func parameterNormSquared(_ v: [Double]) -> Double { Vector.dot(v, gram.times(v)) }

    /// E_ρ[(eᵀ(w − w'))²].
    func functionDistanceSquared(_ w: [Double], _ w2: [Double]) -> Double {
        let d = Vector.difference(w, w2)
        return SemiGradientProblem.meanSquare(problem.values(of: d), [Double](repeating: 0, count: problem.sampling.count), weights: problem.sampling)
    }
}
