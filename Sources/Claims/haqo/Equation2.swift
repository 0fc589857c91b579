extension HAQOClaims {
    /// haqo Sec. 3.2, eq. (2), the sequential return decomposition, as printed:
    /// "J(π_new) − J(π_old) = Σ_{m=1}^n [J(π_new^{i_{1:m}}, π_old^{i_{m+1:n}}) − J(π_new^{i_{1:m−1}}, π_old^{i_{m:n}})]".
    /// Both sides from exact evaluations of the n+1 partially updated policies π_(m); the identity
    /// is a telescoping sum, so this checks the bookkeeping of π_(m) (eq. (49)) every other claim uses.
    static let equation2 = Claim(
        id: "haqo.eq2", paper: .haqo, source: "Sec. 3.2, eq. (2)",
        statement: "J(π_new) − J(π_old) = Σ_{m=1}^n [ J(π_new^{i_{1:m}}, π_old^{i_{m+1:n}}) − J(π_new^{i_{1:m−1}}, π_old^{i_{m:n}}) ].",
        hypotheses: "random heterogeneous cooperative games; π_old = 'old', π_new on the geometric path towards 'target' (t from 1 to 1e-4); every permutation i_{1:n}",
        kind: .identity,
        check: ClaimCheck(family: HAQOFamilies.sequentialPair) { x in
            try SequentialSweep.evaluate(x, steps: [1, 0.1, 0.01]) { round in
                var sum = 0.0
                for m in 1...round.agentCount { sum += round.objectives[m] - round.objectives[m - 1] }
                return [(Measurement(lhs: round.returnGain, .equal, rhs: sum, tolerance: round.tolerance(what: "J(π_(m)), m = 0…n")),
                         [NamedValue("J(π_old)", round.objectives[0]), NamedValue("J(π_new)", round.objectives[round.agentCount])])]
            }
        },
        defaultInstances: 32)
}
