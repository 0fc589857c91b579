import Foundation
import MarkovGames

/// A DDPM noise schedule β_1…β_H with α_τ = 1 − β_τ, ᾱ_τ = ∏_{h≤τ} α_h and the reverse-noise
/// variance σ_τ² = β_τ/α_τ of ddpl Sec. 2.2 (this paper's choice of σ_τ).
public struct NoiseSchedule: Sendable, Equatable {
    public let betas: [Double]
    public let alphaBars: [Double]

    /// A schedule from its β's; every β_τ must lie in (0, 1).
    public init(betas: [Double]) throws(ModelError) {
        guard !betas.isEmpty else { throw ModelError(path: "--param steps", "a schedule needs at least one step") }
        for (t, b) in betas.enumerated() where !(b > 0 && b < 1) {
            throw ModelError(path: "--param schedule", "β_\(t + 1) = \(b) is outside (0, 1); choose other schedule constants")
        }
        self.betas = betas
        var bar = 1.0
        alphaBars = betas.map { b in bar *= 1 - b; return bar }
    }

    /// ddpl eq. (24): β_1 = H^{−c'}, β_{τ+1} = (c'' log H / H)·min{β_1(1 + c'' log H / H)^τ, 1}.
    public static func theory(steps h: Int, cPrime: Double, cDoublePrime: Double) throws(ModelError) -> NoiseSchedule {
        guard h >= 2 else { throw ModelError(path: "--param steps", "eq. (24) needs H ≥ 2 (log H > 0), found \(h)") }
        let hd = Double(h), rate = cDoublePrime * log(hd) / hd
        let beta1 = pow(hd, -cPrime)
        var betas = [beta1]
        for tau in 1..<h { betas.append(rate * min(beta1 * pow(1 + rate, Double(tau)), 1)) }
        return try NoiseSchedule(betas: betas)
    }

    /// β_τ linear from `first` to `last` over H steps (ddpl App. D, "linear" schedule).
    public static func linear(steps h: Int, first: Double, last: Double) throws(ModelError) -> NoiseSchedule {
        guard h >= 1 else { throw ModelError(path: "--param steps", "H must be at least 1") }
        return try NoiseSchedule(betas: (0..<h).map { h == 1 ? first : first + (last - first) * Double($0) / Double(h - 1) })
    }

    /// H.
    public var steps: Int { betas.count }
    /// α_τ (index τ − 1).
    public func alpha(_ tau: Int) -> Double { 1 - betas[tau - 1] }
    /// β_τ (index τ − 1).
    public func beta(_ tau: Int) -> Double { betas[tau - 1] }
    /// ᾱ_τ.
    public func alphaBar(_ tau: Int) -> Double { alphaBars[tau - 1] }
    /// σ_τ² = β_τ/α_τ.
    public func reverseVariance(_ tau: Int) -> Double { beta(tau) / alpha(tau) }

    /// ᾱ_H: how close the forward process ends to N(0, 1) (ddpl flag 7).
    public var finalAlphaBar: Double { alphaBars[alphaBars.count - 1] }
}

/// The schedule parameters shared by the diffusion learners.
enum ScheduleParameters {
    static let declared: [LearnerParameter] = [
        .init("schedule", default: "theory", "noise schedule: theory = ddpl eq. (24), linear = β linear from betaFirst to betaLast", choices: ["theory", "linear"]),
        .init("steps", default: "30", "diffusion steps H"),
        .init("cPrime", default: "2", "c' of eq. (24) (β_1 = H^{−c'}; unstated in the paper)"),
        .init("cDoublePrime", default: "4", "c'' of eq. (24) (unstated in the paper)"),
        .init("betaFirst", default: "0.001", "β_1 of the linear schedule"),
        .init("betaLast", default: "0.5", "β_H of the linear schedule"),
    ]

    static func schedule(_ p: LearnerParameters) throws(ModelError) -> NoiseSchedule {
        let h = try p.integer("steps", in: 1...10_000)
        if p.text("schedule") == "linear" {
            return try .linear(steps: h, first: try p.real("betaFirst"), last: try p.real("betaLast"))
        }
        return try .theory(steps: h, cPrime: try p.positive("cPrime"), cDoublePrime: try p.positive("cDoublePrime"))
    }

    /// What ddpl flag 7 asks to report for every schedule used.
    static func diagnostics(_ s: NoiseSchedule, _ p: LearnerParameters) -> [(name: String, value: Double)] {
        var out: [(name: String, value: Double)] = [("ᾱ_H", s.finalAlphaBar), ("max β_τ", s.betas.max()!)]
        if p.text("schedule") == "theory", let c2 = Double(p.text("cDoublePrime")) {
            let h = Double(s.steps)
            out.append(("H ≥ 3c'' log H (1 = holds)", h >= 3 * c2 * log(h) ? 1 : 0))
        }
        return out
    }
}
