import Foundation

extension DDPLClaims {
    /// ddpl, Theorem C.2 proof, Step 1, eq. (71) and the centring identity before it, as printed.
    static let theoremC2Step2 = Claim(
        id: "ddpl.thmC.2/step2", paper: .ddpl, source: "Theorem C.2 proof (App. C), Step 1, eq. (71)",
        statement: "Σ_{a_i} π_i(a_i|s) Ā_i^π(s,a_i) = 0; since ν^{i−1} has π̃_i as its i-th component, Σ_{a_i} π̃_i(a_i|s) Ā_i^{ν^{i−1}}(s,a_i) = 0, so J(ν^i) − J(ν^{i−1}) = (1/(1−γ)) Σ_{s,a_i} d^{ν^i}(s)(π_i(a_i|s) − π̃_i(a_i|s)) Ā_i^{ν^{i−1}}(s,a_i) (71).",
        hypotheses: "random identical-interest games and pairs of product policies (see family)",
        kind: .identity,
        check: ClaimCheck(family: policyPairFamily) { x in
            let g = try x.requireGame()
            let h = try HybridPolicies(game: g, pi: try x.productPolicy("pi"), piTilde: try x.productPolicy("piTilde"))
            var measurements: [Measurement] = []
            for (i, l) in h.links.enumerated() {
                measurements.append(Measurement("i=\(i + 1): max_s |Σ π̃_i Ā_i^{ν^{i−1}}|", lhs: l.centring, .equal, rhs: 0,
                                                tolerance: Tolerance(l.error, "Ā from an exact solve")))
                measurements.append(Measurement("i=\(i + 1): (71)", lhs: l.gain, .equal, rhs: l.differenceSum,
                                                tolerance: Tolerance(2 * l.error, "J, d and Ā from exact solves")))
            }
            return Evaluation(measurements: measurements, quantities: [NamedValue("J(π) − J(π̃)", h.totalGain)])
        })
}
