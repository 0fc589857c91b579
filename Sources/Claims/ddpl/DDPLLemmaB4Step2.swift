import Foundation

extension DDPLClaims {
    /// ddpl, Lemma B.4 proof, the three facts of step (i) of eq. (46), as printed.
    static let lemmaB4Step2 = Claim(
        id: "ddpl.lemB.4/step2", paper: .ddpl, source: "Lemma B.4 proof (App. B.2.1), eq. (46), step (i)",
        statement: "(1 − ᾱ_H)/(1 − ᾱ_1) ≤ 1/β_1 = H^{c'}, Σ_{τ=1}^H β_τ ≤ Σ_{τ=1}^H c'' log H/H ≤ c'' log H, and α_τ ≥ 1 − c'' log H/H; hence 1 + log((1−ᾱ_H)/(1−ᾱ_1)) + Σβ_τ/min α_τ ≤ 1 + c' log H + c'' log H/(1 − c'' log H/H).",
        hypotheses: "schedule (24); c', c'', H as in the family (H ≥ 3c'' log H)",
        kind: .upperBound,
        check: ClaimCheck(family: scheduleFamily()) { x in
            let (s, h, c1, c2) = try schedule(of: x)
            let logH = log(Double(h)), step = c2 * logH / Double(h)
            let tol = { (v: Double) in Tolerance.roundoff(scale: max(abs(v), 1), operations: 8 * h, what: "H-term products and sums") }
            let ratio = s.oneMinusAlphaBar[h - 1] / s.oneMinusAlphaBar[0]
            let sumBeta = s.beta.reduce(0, +)
            let left = 1 + log(ratio) + sumBeta / s.alpha.min()!
            let right = 1 + c1 * logH + c2 * logH / (1 - step)
            return Evaluation(
                measurements: [
                    Measurement("(1−ᾱ_H)/(1−ᾱ_1) ≤ H^{c'}", lhs: ratio, .lessOrEqual, rhs: pow(Double(h), c1), tolerance: tol(ratio)),
                    Measurement("Σβ_τ ≤ c'' log H", lhs: sumBeta, .lessOrEqual, rhs: c2 * logH, tolerance: tol(sumBeta)),
                    Measurement("min_τ α_τ ≥ 1 − c'' log H/H", lhs: s.alpha.min()!, .greaterOrEqual, rhs: 1 - step, tolerance: tol(1)),
                    Measurement("(46)(i)", lhs: left, .lessOrEqual, rhs: right, tolerance: tol(right)),
                ],
                quantities: scheduleQuantities(s, h: h, cPrime: c1, cDoublePrime: c2) + [NamedValue("Σβ_τ", sumBeta), NamedValue("β_1", s.beta[0])])
        },
        defaultInstances: 24)
}
