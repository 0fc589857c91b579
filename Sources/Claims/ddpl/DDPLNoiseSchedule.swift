import Foundation
import GSLKit

/// A DDPM variance schedule β_1…β_H with α_τ = 1 − β_τ, ᾱ_τ = ∏_{h≤τ} α_h and the paper's reverse noise
/// σ_τ² = β_τ/α_τ (ddpl Sec. 2.2). Index 0 of every array is τ = 1.
struct DDPLNoiseSchedule {
    let beta: [Double]
    let alpha: [Double]
    let alphaBar: [Double]
    /// 1 − ᾱ_τ, computed as −expm1(Σ log1p(−β)) so that it keeps its relative accuracy when β_1 = H^{−c'}
    /// is far below the unit round-off (1 − (1 − β_1) would be 0).
    let oneMinusAlphaBar: [Double]

    init(beta: [Double]) {
        precondition(!beta.isEmpty && beta.allSatisfy { $0 > 0 }, "DDPLNoiseSchedule: β must be positive")
        self.beta = beta
        alpha = beta.map { 1 - $0 }
        var logProduct = 0.0
        let logs = beta.map { b -> Double in logProduct += Special.log1p(-b); return logProduct }
        alphaBar = logs.map { exp($0) }
        oneMinusAlphaBar = logs.map { -Special.expm1($0) }
    }

    var horizon: Int { beta.count }

    /// The schedule of ddpl eq. (24), as printed:
    /// β_1 = H^{−c'}, β_{τ+1} = (c'' log H/H) · min{β_1 (1 + c'' log H/H)^τ, 1}.
    init(horizon h: Int, cPrime: Double, cDoublePrime: Double) {
        let step = cDoublePrime * log(Double(h)) / Double(h)
        let first = pow(Double(h), -cPrime)
        self.init(beta: [first] + (1..<max(h, 1)).map { tau in step * min(first * pow(1 + step, Double(tau)), 1) })
    }

    /// A linear schedule from `first` to `last` (ddpl Table 3: 0.001 → 0.999 for H = 20).
    static func linear(horizon h: Int, from first: Double, to last: Double) -> DDPLNoiseSchedule {
        DDPLNoiseSchedule(beta: (0..<h).map { h == 1 ? first : first + (last - first) * Double($0) / Double(h - 1) })
    }

    /// Every β_τ < 1, so that α_τ > 0 and the schedule is a valid DDPM schedule.
    var isValid: Bool { beta.allSatisfy { $0 < 1 } }

    /// Σ_τ β_τ/(α_τ(1 − ᾱ_τ)), the left side of Lemma B.4 (eq. 44).
    var lemmaB4Sum: Double { (0..<horizon).reduce(0) { $0 + beta[$1] / (alpha[$1] * oneMinusAlphaBar[$1]) } }

    /// The side condition of Lemmas B.3–B.4: H ≥ 3c'' log H.
    static func lemmaCondition(horizon h: Int, cDoublePrime: Double) -> Bool { Double(h) >= 3 * cDoublePrime * log(Double(h)) }

    /// The condition the last step of Lemma B.4's proof uses but does not state: 1 ≤ ½ c' log H.
    static func proofCondition(horizon h: Int, cPrime: Double) -> Bool { 1 <= 0.5 * cPrime * log(Double(h)) }
}
