import Foundation
import GSLKit
import Learners

extension MFPPOClaims {
    static let theorem41Step11Statement = "Since we initialize policy π_0 to be uniform policy, we have KL(π*(·|s, d_S) ‖ π_0(·|s, d_S)) ≤ log|A|."

    static func uniformKLEvaluation(_ x: ClaimInstance, metaActions: Bool) throws -> Evaluation {
        let model = try MeanFieldInstances.model(x)
        let reference = try MeanFieldOptimum(mdp: model.mdp)
        let nA = model.actionCount
        let uniform = [Double](repeating: 1 / Double(nA), count: nA)
        let worst = (0..<model.stateCount).map { PolicyRows.kullbackLeibler(PolicyRows.row(reference.policy, $0, width: nA)[...], uniform[...]) }.max()!
        let size = metaActions ? nA : model.dynamics.localActions
        return Evaluation(
            measurements: [Measurement("max_x KL(π*(·|x) ‖ π_0(·|x))", lhs: worst, .lessOrEqual, rhs: log(Double(size)),
                                       tolerance: .roundoff(scale: log(Double(nA)), operations: 4 * nA, what: "Σ π* log(π*/π_0)"))],
            quantities: [NamedValue("|Ā|", Double(nA)), NamedValue("|A| (local)", Double(model.dynamics.localActions)),
                         NamedValue("log|Ā|", log(Double(nA))), NamedValue("log|A|", log(Double(model.dynamics.localActions)))])
    }
}

