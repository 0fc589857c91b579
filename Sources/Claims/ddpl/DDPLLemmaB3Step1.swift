import Foundation

extension DDPLClaims {
    /// ddpl, Lemma B.3 proof, eq. (43), as printed, link by link at the worst field and |a| = c_b (d = 1).
    static let lemmaB3Step1 = Claim(
        id: "ddpl.lemB.3/step1", paper: .ddpl, source: "Lemma B.3 proof (App. B.2.1), eq. (43)",
        statement: "‖l^θ(a)‖ ≤ 2 Σ_τ β_τ E[‖s_τ^θ(√ᾱ_τ a + √(1−ᾱ_τ)ε_τ)‖² + ‖ε_τ‖²/(1−ᾱ_τ)] ≤ 2 Σ_τ β_τ (c_2²(1+c_b+√d)² + d/(1−ᾱ_τ)) ≤ 2(c_2²(1+c_b+√d)² + d) Σ_τ β_τ/(1−ᾱ_τ) ≤ 3(c'+c'')(c_2²(1+c_b+√d)² + d) log H.",
        hypotheses: "as ddpl.lemB.3 (d = 1, worst field, |a| = c_b)",
        kind: .upperBound,
        check: ClaimCheck(family: scoreClassFamily(maxHorizon: 400)) { x in
            let (s, h, c1, c2p) = try schedule(of: x)
            let c2 = try x.scalar("c2"), cb = try x.scalar("cb")
            let g = c2 * c2 * (2 + cb) * (2 + cb)
            var link1 = 0.0, link2 = 0.0, weighted = 0.0
            for t in 0..<h {
                link1 += 2 * s.beta[t] * (LinearGrowthExtremes.scoreSecondMoment(c2: c2, point: cb, schedule: s, step: t) + 1 / s.oneMinusAlphaBar[t])
                link2 += 2 * s.beta[t] * (g + 1 / s.oneMinusAlphaBar[t])
                weighted += s.beta[t] / s.oneMinusAlphaBar[t]
            }
            let link3 = 2 * (g + 1) * weighted
            let link4 = 3 * (c1 + c2p) * (g + 1) * log(Double(h))
            let loss = try LinearGrowthExtremes.loss(c2: c2, point: cb, schedule: s)
            let tol = { (v: Double) in Tolerance.roundoff(scale: v, operations: 16 * h, what: "H-term sums") }
            return Evaluation(
                measurements: [
                    Measurement("l ≤ 2Σβ(E s² + E ε²/(1−ᾱ))", lhs: loss, .lessOrEqual, rhs: link1, tolerance: tol(link1) + Tolerance(1e-11 * loss, "QAGP relative tolerance")),
                    Measurement("≤ 2Σβ(c₂²(1+c_b+1)² + 1/(1−ᾱ))", lhs: link1, .lessOrEqual, rhs: link2, tolerance: tol(link2)),
                    Measurement("≤ 2(c₂²(…)² + 1)Σβ/(1−ᾱ)", lhs: link2, .lessOrEqual, rhs: link3, tolerance: tol(link3)),
                    Measurement("≤ 3(c'+c'')(c₂²(…)² + 1) log H", lhs: link3, .lessOrEqual, rhs: link4, tolerance: tol(link4)),
                ],
                quantities: scheduleQuantities(s, h: h, cPrime: c1, cDoublePrime: c2p) + [NamedValue("c₂", c2), NamedValue("c_b", cb)])
        },
        defaultInstances: 16)
}
