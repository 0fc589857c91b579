import Foundation

extension DDPLClaims {
    /// Schedule constants with the class constants c₂ (linear growth) and c_b (action bound), d = 1.
    static func scoreClassFamily(maxHorizon: Double, smallest: Double = 0.1) -> InstanceFamily {
        let base = scheduleFamily(maxHorizon: maxHorizon, smallest: smallest)
        var space = base.searchSpace!
        space.scalars["c2"] = .interval(1, 10)
        space.scalars["cb"] = .interval(0.01, 5)
        return InstanceFamily(
            description: base.description + "; c₂ log-uniform in [1, 5], c_b log-uniform in [0.1, 3]; d = 1",
            searchSpace: space,
            admissible: { x in
                if let r = base.admissible(x) { return r }
                guard (x.scalars["c2"] ?? 0) >= 1, (x.scalars["cb"] ?? 0) > 0 else { return "c₂ ≥ 1 and c_b > 0" }
                return nil
            }
        ) { rng in
            var x = try base.sample(rng)
            x.scalars["c2"] = pow(5, rng.uniform())
            x.scalars["cb"] = pow(10, rng.uniform(-1, log10(3)))
            return x
        }
    }

    /// ddpl, Lemma B.3 (App. B.2.1), eqs. (40a)–(40b), as printed, in d = 1. Left sides at the worst
    /// score field the linear-growth condition allows (`LinearGrowthExtremes`) and the worst point
    /// |a| = c_b (both expectations increase with |a|); E over ε in closed form and by quadrature.
    static let lemmaB3Statement = "Suppose H ≥ 3c'' log H. Consider score function s_τ^θ(·) satisfying Assumption B.1 (iii) with constant c_2 and loss l^θ(·) defined in Equation 25. They satisfy the following for all θ, τ ∈ [H], and a with ‖a‖ ≤ c_b: E_{ε~N(0,I)} ‖s_τ^θ(√ᾱ_τ a + √(1−ᾱ_τ) ε)‖² ≤ c_2²(1 + c_b + √d)² (40a), ‖l^θ(a)‖ ≤ 3(c' + c'')(c_2²(1 + c_b + √d)² + d) log H (40b)."

    static func lemmaB3Evaluation(_ x: ClaimInstance) throws -> Evaluation {
        let (s, h, c1, c2p) = try schedule(of: x)
        let c2 = try x.scalar("c2"), cb = try x.scalar("cb")
        let worstMoment = (0..<h).map { LinearGrowthExtremes.scoreSecondMoment(c2: c2, point: cb, schedule: s, step: $0) }.max()!
        let loss = try LinearGrowthExtremes.loss(c2: c2, point: cb, schedule: s)
        let bound40a = c2 * c2 * (2 + cb) * (2 + cb)
        let bound40b = 3 * (c1 + c2p) * (bound40a + 1) * log(Double(h))
        return Evaluation(
            measurements: [
                Measurement("(40a) max_τ sup_s E s²", lhs: worstMoment, .lessOrEqual, rhs: bound40a,
                            tolerance: .roundoff(scale: bound40a, operations: 16, what: "the folded-normal moments")),
                Measurement("(40b) sup_θ l^θ(c_b)", lhs: loss, .lessOrEqual, rhs: bound40b,
                            tolerance: .roundoff(scale: loss, operations: 16 * h, what: "the H-term sum") + Tolerance(1e-11 * loss, "QAGP relative tolerance 1e-12 per term")),
            ],
            quantities: scheduleQuantities(s, h: h, cPrime: c1, cDoublePrime: c2p)
                + [NamedValue("c₂", c2), NamedValue("c_b", cb), NamedValue("sup l^θ(c_b)", loss), NamedValue("(40b) bound", bound40b),
                   NamedValue("Σβ/(α(1−ᾱ))", s.lemmaB4Sum), NamedValue("(3/2)(c'+c'') log H", 1.5 * (c1 + c2p) * log(Double(h)))])
    }

    static let lemmaB3 = Claim(
        id: "ddpl.lemB.3", paper: .ddpl, source: "Lemma B.3 (App. B.2.1), eqs. (40a)–(40b)",
        statement: lemmaB3Statement,
        reading: "as printed: c', c'' > 0 arbitrary, H ≥ 3c'' log H",
        hypotheses: "schedule (24) with c', c'' log-uniform in [0.1, 8], H ≤ 400, H ≥ 3c'' log H; c₂, c_b as in the family; d = 1; sup over every score field with |s(x)| ≤ c₂(1+|x|)",
        kind: .upperBound,
        check: ClaimCheck(family: scoreClassFamily(maxHorizon: 400)) { x in try lemmaB3Evaluation(x) },
        defaultInstances: 64)

    /// ddpl, Lemma B.3 with "sufficiently large constants c', c''" (eq. 24) read as c', c'' ≥ 1.
    static let lemmaB3UnitConstants = Claim(
        id: "ddpl.lemB.3.unitConstants", paper: .ddpl, source: "Lemma B.3 (App. B.2.1), eqs. (40a)–(40b); schedule eq. (24)",
        statement: lemmaB3Statement,
        reading: "\"sufficiently large constants c', c''\" of eq. (24) read as c', c'' ≥ 1",
        hypotheses: "as ddpl.lemB.3 with c', c'' log-uniform in [1, 8]",
        kind: .upperBound,
        check: ClaimCheck(family: scoreClassFamily(maxHorizon: 400, smallest: 1)) { x in try lemmaB3Evaluation(x) },
        defaultInstances: 32)

}
