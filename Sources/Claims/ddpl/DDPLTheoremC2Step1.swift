import Foundation

extension DDPLClaims {
    /// ddpl, Theorem C.2 proof, Step 1, eqs. (69)–(70), as printed: the telescoping over the hybrid
    /// policies ν^i and the performance-difference lemma for two policies that differ in agent i only.
    /// Both sides from exact solves (J, d^{ν^i}, Ā_i^{ν^{i−1}}); an identity.
    static let theoremC2Step1 = Claim(
        id: "ddpl.thmC.2/step1", paper: .ddpl, source: "Theorem C.2 proof (App. C), Step 1, eqs. (69)–(70); Lemma 8 of Zhang et al. (2022)",
        statement: "With ν^i := (π_1, …, π_i, π̃_{i+1}, …, π̃_n) and ν^0 := π̃: J(π) − J(π̃) = Σ_{i=1}^n (J(ν^i) − J(ν^{i−1})) (69), and J(ν^i) − J(ν^{i−1}) = (1/(1−γ)) Σ_{s,a_i} d^{ν^i}(s) π_i(a_i|s) Ā_i^{ν^{i−1}}(s,a_i) (70).",
        hypotheses: "random identical-interest games and pairs of product policies (see family)",
        kind: .identity,
        check: ClaimCheck(family: policyPairFamily) { x in
            let g = try x.requireGame()
            let h = try HybridPolicies(game: g, pi: try x.productPolicy("pi"), piTilde: try x.productPolicy("piTilde"))
            var measurements = h.links.enumerated().map { i, l in
                Measurement("i=\(i + 1): (70)", lhs: l.gain, .equal, rhs: l.advantageSum,
                            tolerance: Tolerance(2 * l.error, "J, d and Ā from exact solves"))
            }
            measurements.append(Measurement("(69) Σ_i links = J(π) − J(π̃)", lhs: h.links.reduce(0) { $0 + $1.gain }, .equal, rhs: h.totalGain,
                                            tolerance: Tolerance(h.links.reduce(h.totalError) { $0 + $1.error }, "J from exact solves")))
            return Evaluation(measurements: measurements,
                              quantities: [NamedValue("J(π) − J(π̃)", h.totalGain), NamedValue("n", Double(g.agentCount)), NamedValue("γ", g.gamma)])
        })
}
