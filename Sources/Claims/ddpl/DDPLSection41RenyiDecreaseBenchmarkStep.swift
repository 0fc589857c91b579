import Foundation

extension DDPLClaims {
    /// ddpl, Sec. 4.1 heuristic at the benchmark step size η = 1 (Table 3), exact Q.
    static let section41RenyiDecreaseBenchmarkStep = Claim(
        id: "ddpl.sec4.1.d4.benchmarkStep", paper: .ddpl, source: "Sec. 4.1 (Theoretical Guarantee, last paragraph); Table 3 (η = 1)",
        statement: section41RenyiStatement,
        reading: "as ddpl.sec4.1.d4, at the diffusion policy update step size η = 1 of Table 3 (λ = 1/(1−γ))",
        hypotheses: "random identical-interest games as in ddpl.thmC.1, exact Q, η = 1, K = 300 epochs",
        kind: .monotone,
        check: ClaimCheck(family: decSPGFamily(epochs: 300)) { x in
            try renyiDecreaseEvaluation(x, eta: { _ in 1 }, etaName: "Table 3")
        })
}
