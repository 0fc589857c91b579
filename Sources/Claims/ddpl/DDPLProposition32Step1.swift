import Foundation
import GSLKit

extension DDPLClaims {
    /// ddpl, Proposition 3.2 proof, eq. (18), as printed. With every agent kept on its blind run (the
    /// continuation in which no success changes the updates), 1_n is visited in a draw exactly when all n
    /// agents succeed in it: P(visit 1_n) = 1 − ∏_k (1 − p_kⁿ)^{32}, against P(∩_i E_i) = (1 − ∏_k (1 − p_k)^{32})ⁿ.
    static let proposition32Step1 = Claim(
        id: "ddpl.prop3.2/step1", paper: .ddpl, source: "Proposition 3.2 proof (App. A), eq. (18)",
        statement: "P(visit s = 1_n at least once) ≤ P(∩_{i∈[n]} E_i), E_i the event that [s]_i = 1 at least once (18).",
        hypotheses: "M_ma; every agent on the blind stationary-point run of ddpl.thm3.1 throughout; n = 1…8",
        kind: .upperBound,
        check: ClaimCheck(family: .fixed("the paper's M_ma from N(0, 0.1) for every agent", ClaimInstance())) { _ in
            let run = try GaussianProjectedRun(.stationaryPoint)
            let each = run.reachProbability
            let measurements = (1...8).map { n -> Measurement in
                let logNever = 32 * run.logSuccess.reduce(0) { $0 + Special.log1p(-exp(Double(n) * $1)) }
                return Measurement("n=\(n)", lhs: -Special.expm1(logNever), .lessOrEqual, rhs: pow(each, Double(n)),
                                   tolerance: Tolerance(Double(n) * 32 * run.tailBound, "epochs after the run"), trivialBound: 1)
            }
            return Evaluation(measurements: measurements, quantities: [NamedValue("P(E_i)", each)])
        },
        defaultInstances: 1)
}
