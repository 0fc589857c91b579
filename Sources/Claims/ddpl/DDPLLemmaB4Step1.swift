import Foundation

extension DDPLClaims {
    /// ddpl, Lemma B.4 proof, eq. (45) and the first two inequalities of eq. (46), as printed:
    /// β_τ/(α_τ(1−ᾱ_τ)) ≤ log((1−ᾱ_τ)/(1−ᾱ_{τ−1})) + β_τ/α_τ for τ ≥ 2, = 1 + β_1/α_1 for τ = 1, and the sum
    /// ≤ 1 + log((1−ᾱ_H)/(1−ᾱ_1)) + Σβ_τ/min_τ α_τ. One measurement per τ (the largest H kept to 300).
    static let lemmaB4Step1 = Claim(
        id: "ddpl.lemB.4/step1", paper: .ddpl, source: "Lemma B.4 proof (App. B.2.1), eqs. (45)–(46), first inequalities",
        statement: "β_τ/(α_τ(1−ᾱ_τ)) = 1 − (1−ᾱ_{τ−1})/(1−ᾱ_τ) + (1−α_τ)/α_τ ≤ log((1−ᾱ_τ)/(1−ᾱ_{τ−1})) + β_τ/α_τ, τ ≥ 2 (45); for τ = 1 it equals 1 + β_τ/α_τ. Summing: Σ_τ β_τ/(α_τ(1−ᾱ_τ)) ≤ 1 + Σ_{τ=2}^H log((1−ᾱ_τ)/(1−ᾱ_{τ−1})) + Σ_τ β_τ/α_τ ≤ 1 + log((1−ᾱ_H)/(1−ᾱ_1)) + Σ_τ β_τ/min_τ α_τ.",
        hypotheses: "schedule (24); c', c'' log-uniform in [0.1, 8], H ≤ 300 with H ≥ 3c'' log H",
        kind: .upperBound,
        check: ClaimCheck(family: scheduleFamily(maxHorizon: 300)) { x in
            let (s, h, c1, c2) = try schedule(of: x)
            var measurements: [Measurement] = []
            let term = { (t: Int) in s.beta[t] / (s.alpha[t] * s.oneMinusAlphaBar[t]) }
            let first = 1 + s.beta[0] / s.alpha[0]
            measurements.append(Measurement("τ=1: identity", lhs: term(0), .equal, rhs: first,
                                            tolerance: .roundoff(scale: first, operations: 6, what: "β/(α(1−ᾱ))")))
            for t in 1..<h {
                let rhs = log(s.oneMinusAlphaBar[t] / s.oneMinusAlphaBar[t - 1]) + s.beta[t] / s.alpha[t]
                measurements.append(Measurement("τ=\(t + 1): (45)", lhs: term(t), .lessOrEqual, rhs: rhs,
                                                tolerance: .roundoff(scale: max(term(t), 1), operations: 8 * (t + 1), what: "ᾱ_τ and the terms")))
            }
            let sum = s.lemmaB4Sum
            let middle = 1 + (1..<h).reduce(0) { $0 + log(s.oneMinusAlphaBar[$1] / s.oneMinusAlphaBar[$1 - 1]) } + (0..<h).reduce(0) { $0 + s.beta[$1] / s.alpha[$1] }
            let last = 1 + log(s.oneMinusAlphaBar[h - 1] / s.oneMinusAlphaBar[0]) + s.beta.reduce(0, +) / s.alpha.min()!
            let tolerance = Tolerance.roundoff(scale: max(sum, 1), operations: 8 * h, what: "H-term sums")
            measurements.append(Measurement("sum ≤ 1 + Σ log + Σ β/α", lhs: sum, .lessOrEqual, rhs: middle, tolerance: tolerance))
            measurements.append(Measurement("1 + Σ log + Σ β/α ≤ 1 + log((1−ᾱ_H)/(1−ᾱ_1)) + Σβ/min α", lhs: middle, .lessOrEqual, rhs: last, tolerance: tolerance))
            return Evaluation(measurements: measurements, quantities: scheduleQuantities(s, h: h, cPrime: c1, cDoublePrime: c2))
        },
        defaultInstances: 12)
}
