import Foundation

extension DDPLClaims {
    /// ddpl, Lemma B.4 proof, step (ii) of eq. (46), as printed: "(ii) follows by H ≥ 3c'' log H".
    static let lemmaB4Step3 = Claim(
        id: "ddpl.lemB.4/step3", paper: .ddpl, source: "Lemma B.4 proof (App. B.2.1), eq. (46), step (ii)",
        statement: "1 + c' log H + c'' log H/(1 − c'' log H/H) ≤ (3/2)(c' + c'') log H, which follows by H ≥ 3c'' log H.",
        hypotheses: "c', c'' log-uniform in [0.1, 8], H with H ≥ 3c'' log H",
        kind: .upperBound,
        check: ClaimCheck(family: scheduleFamily()) { x in
            let (s, h, c1, c2) = try schedule(of: x)
            let logH = log(Double(h))
            let lhs = 1 + c1 * logH + c2 * logH / (1 - c2 * logH / Double(h))
            return Evaluation(
                measurements: [Measurement(lhs: lhs, .lessOrEqual, rhs: 1.5 * (c1 + c2) * logH,
                                           tolerance: .roundoff(scale: lhs, operations: 8, what: "the two sides"))],
                quantities: scheduleQuantities(s, h: h, cPrime: c1, cDoublePrime: c2),
                notes: ["with H ≥ 3c'' log H the third term is at most (3/2)c'' log H, so the step holds whenever 1 ≤ ½c' log H"])
        },
        defaultInstances: 24)
}
