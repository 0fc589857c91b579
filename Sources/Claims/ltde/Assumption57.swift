import Foundation
import GSLKit

extension LTDEClaims {
    /// ltde, Assumption 5.7 (L-Lipschitz policy gradient) for the paper's own actor (4.4)–(4.5):
    /// the ReLU energy has kinks, and across a kink ∇_θ J jumps. With θ_c a point where one neuron's
    /// pre-activation ζ₀ᵀ[θ_s]_m vanishes at one input ζ₀ (and no other input), θ_± = θ_c ± εζ₀/‖ζ₀‖
    /// keep every other activation fixed for small ε, so ‖∇J(θ_+) − ∇J(θ_−)‖ tends to the jump while
    /// L‖θ_+ − θ_−‖ = 2Lε tends to 0 for every finite L. Left side: the jump, from (4.8) evaluated
    /// exactly on the two activation patterns; right side: lim_{ε→0} 2Lε = 0.
    static let assumption57 = Claim(
        id: "ltde.asm5.7", paper: .ltde, source: "Assumption 5.7 (Sec. 5), for the actor (4.4)–(4.5)",
        statement: "There exists an absolute constant L > 0, such that ∇_θ J(θ) is L-Lipschitz continuous with respect to θ, i.e., for all θ₁, θ₂, ‖∇_θ J(θ₁) − ∇_θ J(θ₂)‖₂ ≤ L·‖θ₁ − θ₂‖₂.",
        reading: "for the energy-based actor (4.4) with the two-layer ReLU energy (4.5) that Algorithm 2 uses; θ₁, θ₂ on the two sides of one ReLU kink, ‖θ₁ − θ₂‖ → 0",
        hypotheses: "neural actor family (M = 4), r_s as printed; the kink of neuron 0 of team 0 at the input ζ₀ = (µ(0), h(0)) with n₀ = N agents all taking action 0; ε = 10⁻⁷ (no other activation changes: checked)",
        kind: .upperBound,
        check: ClaimCheck(family: neuralActorFamily) { x in
            let instance = try GibbsInstance(x)
            guard let energy = instance.energy as? NeuralTeamEnergy else { throw ClaimError.outsideHypotheses("needs the neural energy") }
            let space = instance.space, d = energy.inputDimension
            var dirac = [Int](repeating: 0, count: space.actionCount)
            dirac[0] = space.agentCount
            let zeta0 = energy.input(count: space.agentCount, teamAction: dirac)
            let norm = Vector.twoNorm(zeta0)
            var theta = instance.theta
            let pre = (0..<d).reduce(0.0) { $0 + zeta0[$1] * theta[0][$1] }
            for j in 0..<d { theta[0][j] -= pre / (norm * norm) * zeta0[j] }
            let epsilon = 1e-7
            var plus = theta, minus = theta
            for j in 0..<d { plus[0][j] += epsilon * zeta0[j] / norm; minus[0][j] -= epsilon * zeta0[j] / norm }
            // every other (input, neuron) keeps its activation between θ_− and θ_+
            var others = Double.infinity
            for n in 1...space.agentCount {
                for c in space.teamActions[n] where !(n == space.agentCount && c == dirac) {
                    let z = energy.input(count: n, teamAction: c)
                    for m in 0..<energy.width {
                        let p = (0..<d).reduce(0.0) { $0 + z[$1] * theta[0][m * d + $1] }
                        others = min(others, abs(p) / Vector.twoNorm(z))
                    }
                }
            }
            guard others > 10 * epsilon else { throw ClaimError.outsideHypotheses("another input lies within 10ε of the kink") }
            let gPlus = try instance.gradient(at: plus, reading: .printed), gMinus = try instance.gradient(at: minus, reading: .printed)
            let jump = Vector.twoNorm(zip(gPlus.gradient.joined(), gMinus.gradient.joined()).map { $0 - $1 })
            return Evaluation(
                measurements: [Measurement("‖∇J(θ_+) − ∇J(θ_−)‖ across the kink", lhs: jump, .lessOrEqual, rhs: 0,
                                           tolerance: .roundoff(scale: Vector.infinityNorm(gPlus.q) * 4 / (1 - gPlus.gamma), operations: 8 * space.count, what: "two exact gradients (4.8)"))],
                quantities: [NamedValue("ε", epsilon), NamedValue("secant ‖Δ∇J‖/‖Δθ‖ at ε (a lower bound on L)", jump / (2 * epsilon)),
                             NamedValue("distance of the other inputs to their kinks", others)],
                notes: [instance.network.description])
        })
}
