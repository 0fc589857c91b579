import ExactSolvers
import Foundation
import GSLKit
import MarkovGames

extension MAPPOClaims {
    /// mappo, App. E: "globally, there is only one stationary point", box (KKT) reading: the number of
    /// connected groups of grid points (401×401 on [0,1]²) whose KKT residual is below the grid's
    /// resolution (Lipschitz bound × step) must be 1.
    static let appendixEUnique = Claim(
        id: "mappo.appE.uniqueStationary", paper: .mappo, source: "Appendix E, ratio game",
        statement: appendixEStatement,
        reading: "exactly one KKT point of max V over [0,1]²",
        hypotheses: "The closed form of V; 401×401 grid; a point counts when its KKT residual is ≤ 0.025 (step 1/400 × a Lipschitz bound 10 of the residual); connected groups counted once.",
        kind: .identity,
        check: ClaimCheck(family: RatioGameDynamics.family) { _ in
            let groups = RatioLandscape.clusters(400) { RatioLandscape.boxResidual($0, $1) <= 0.025 }
            let where0 = groups.map { g in "(\(shortNumber(Double(g[0].0) / 400)), \(shortNumber(Double(g[0].1) / 400)))" }.joined(separator: " ")
            return Evaluation(measurements: [Measurement("number of KKT points", lhs: Double(groups.count), .equal, rhs: 1, tolerance: .exact)],
                              notes: ["KKT groups at \(where0)"])
        }, defaultInstances: 1)
}
