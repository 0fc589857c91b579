import Foundation
import GSLKit
import MarkovGames

extension HAQOClaims {
    /// haqo Prop. 5.1 proof (App. A.6, Step 1), eq. (51): Lemma A.8 for the micro-update π_(m−1) → π_(m).
    static let proposition51Step1 = Claim(
        id: "haqo.prop5.1/step1", paper: .haqo, source: "Proposition 5.1 proof (App. A.6), eq. (51)",
        statement: "J(π_(m)) − J(π_(m−1)) = 1/(1−γ) E_{s~d^{(m)}, a~π_(m)}[A^{π_(m−1)}(s,a)].",
        hypotheses: stepHypotheses, kind: .identity,
        check: ClaimCheck(family: HAQOFamilies.sequentialPair) { x in
            try SequentialSweep.evaluate(x, steps: [1, 0.1, 0.01]) { round in
                perStep(round) { m in
                    let rhs = PolicyDivergences.average(round.expectedAdvantage(step: m), under: round.occupancies[m]) / (1 - round.game.gamma)
                    return (Measurement(lhs: stepGain(round, m), .equal, rhs: rhs, tolerance: round.tolerance(what: "J, Q, d of π_(m−1), π_(m)")), [])
                }
            }
        },
        defaultInstances: 32)
}
