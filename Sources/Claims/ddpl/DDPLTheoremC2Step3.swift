import Foundation

extension DDPLClaims {
    /// ddpl, Theorem C.2 proof, Step 1, eqs. (72)–(74), as printed, with ε := max_{i,s} D_TV(π_i, π̃_i)
    /// (the smallest ε the hypothesis allows). Every link of the chain is a measurement.
    static let theoremC2Step3 = Claim(
        id: "ddpl.thmC.2/step3", paper: .ddpl, source: "Theorem C.2 proof (App. C), Step 1, eqs. (72)–(74)",
        statement: "|J(ν^i) − J(ν^{i−1})| ≤ (1/(1−γ)) Σ_s d^{ν^i}(s) ‖π_i(·|s) − π̃_i(·|s)‖₁ · max_{a_i} |Ā_i^{ν^{i−1}}(s,a_i)| (72) ≤ (1/(1−γ)) Σ_s d^{ν^i}(s) 2D_TV(π_i(·|s), π̃_i(·|s)) · (r_max − r_min)/(1−γ) (73) ≤ (2(r_max − r_min)/(1−γ)²) ε (74).",
        hypotheses: "random identical-interest games and pairs of product policies (see family); ε = max_{i,s} D_TV(π_i(·|s), π̃_i(·|s))",
        kind: .upperBound,
        check: ClaimCheck(family: policyPairFamily) { x in
            let g = try x.requireGame()
            let h = try HybridPolicies(game: g, pi: try x.productPolicy("pi"), piTilde: try x.productPolicy("piTilde"))
            let (rMin, rMax) = g.rewards.range
            let epsilon = h.links.map(\.variation).max()!
            let final = 2 * (rMax - rMin) / pow(1 - g.gamma, 2) * epsilon
            var measurements: [Measurement] = []
            for (i, l) in h.links.enumerated() {
                let tolerance = Tolerance(2 * l.error, "J, d and Ā from exact solves")
                measurements.append(Measurement("i=\(i + 1): (72)", lhs: abs(l.gain), .lessOrEqual, rhs: l.normBound, tolerance: tolerance))
                measurements.append(Measurement("i=\(i + 1): (73)", lhs: l.normBound, .lessOrEqual, rhs: l.rangeBound, tolerance: tolerance))
                measurements.append(Measurement("i=\(i + 1): (74)", lhs: l.rangeBound, .lessOrEqual, rhs: final, tolerance: tolerance,
                                                trivialBound: (rMax - rMin) / (1 - g.gamma)))
            }
            return Evaluation(measurements: measurements,
                              quantities: [NamedValue("ε = max TV", epsilon), NamedValue("2(Δr)ε/(1−γ)²", final),
                                           NamedValue("max_i |J(ν^i) − J(ν^{i−1})|", h.links.map { abs($0.gain) }.max()!)])
        })
}
