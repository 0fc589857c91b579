import Foundation
import GSLKit
import Learners

extension MFPPOClaims {
    /// A mean-field MDP with a random policy given by its logits ("policyLogits", |X|·|Ā| reals ~ N(0, 2²)).
    static let meanFieldWithPolicy = MeanFieldInstances.family(
        "mean-field MDPs (G2) with a random policy π (row softmax of N(0, 4) logits)",
        searchVectors: ["policyLogits": false],
        admissible: { x in
            guard let l = x.vectors["policyLogits"], let m = try? MeanFieldInstances.model(x), l.count == m.stateCount * m.actionCount else {
                return "policyLogits must have |X|·|Ā| entries"
            }
            return nil
        },
        extra: { rng, x in
            let m = try MeanFieldInstances.model(x)
            x.vectors["policyLogits"] = (0..<(m.stateCount * m.actionCount)).map { _ in rng.normal(standardDeviation: 2) }
        })

    static func policy(of x: ClaimInstance, model: MeanFieldMDP) throws -> [Double] {
        PolicyRows.softmax(try x.vector("policyLogits"), width: model.actionCount)
    }
}

