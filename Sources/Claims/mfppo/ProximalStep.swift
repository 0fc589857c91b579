import Foundation
import GSLKit
import Learners

/// The per-state proximal problem of mfppo Prop. 3.2: maximise ⟨F^Q, p⟩ − v·KL(p ‖ π_k) over the
/// simplex, with π_k ∝ exp(F^A/τ). The closed form is p̄ ∝ exp(F^Q/v + F^A/τ) = π_k exp(F^Q/v)/Z.
struct ProximalStep {
    let critic: [Double]
    let energy: [Double]
    let v: Double
    let tau: Double

    /// π_k ∝ exp(F^A/τ).
    var current: [Double] { Special.softmax(energy.map { $0 / tau }) }
    /// p̄ ∝ exp(F^Q/v + F^A/τ) (Prop. 3.2 as printed).
    var closedForm: [Double] { Special.softmax(zip(critic, energy).map { $0 / v + $1 / tau }) }

    /// ⟨F^Q, p⟩ − v·KL(p‖π_k) (the direction of Prop. 3.2's statement).
    func objective(_ p: [Double]) -> Double { Vector.dot(critic, p) - v * PolicyRows.kullbackLeibler(p[...], current[...]) }
    /// ⟨F^Q, p⟩ − v·KL(π_k‖p) (the direction displayed in the proof, App. D).
    func reversedObjective(_ p: [Double]) -> Double { Vector.dot(critic, p) - v * PolicyRows.kullbackLeibler(current[...], p[...]) }

    /// The maximiser of the reversed objective: stationarity F^Q + v π_k/p = λ gives p = vπ_k/(λ − F^Q)
    /// with λ > max F^Q fixed by Σ p = 1 (a decreasing function of λ), found by bisection to the
    /// last bit.
    var reversedMaximizer: [Double] {
        let pk = current, top = critic.max()!
        func mass(_ lambda: Double) -> Double { zip(pk, critic).reduce(0) { $0 + v * $1.0 / (lambda - $1.1) } }
        var lo = top, hi = top + v
        for _ in 0..<200 {
            let mid = 0.5 * (lo + hi)
            if mid <= lo || mid >= hi { break }
            if mass(mid) > 1 { lo = mid } else { hi = mid }
        }
        let p = zip(pk, critic).map { v * $0 / (hi - $1) }
        let s = p.reduce(0, +)
        return p.map { $0 / s }
    }

    /// The best objective Nelder–Mead finds over softmax logits, from the uniform point.
    func numericalMaximum(reversed: Bool = false) throws -> Double {
        let f: ([Double]) -> Double = { z in
            let p = Special.softmax(z)
            return -(reversed ? self.reversedObjective(p) : self.objective(p))
        }
        let result = try NelderMead(initialStep: 1, sizeTolerance: 1e-10, maxIterations: 4000)
            .minimize(f, from: [Double](repeating: 0, count: critic.count))
        return -result.minimum
    }
}
