import Foundation
import GSLKit
import MarkovGames

extension HAQOClaims {
    /// haqo Prop. 5.1 proof, eq. (52), as printed (Lemma A.10 applied to the micro-update, with
    /// d^{(m−1)} normalised).
    static let proposition51Step2 = Claim(
        id: "haqo.prop5.1/step2", paper: .haqo, source: "Proposition 5.1 proof (App. A.6), eq. (52)",
        statement: "J(π_(m)) − J(π_(m−1)) ≥ E_{s~d^{(m−1)}, a~π_(m)}[A^{π_(m−1)}(s,a)] − 4γ/(1−γ)² ε_{m−1} α(π_(m), π_(m−1)), ε_{m−1} := sup_{s,a}|A^{π_(m−1)}(s,a)|.",
        reading: "d^{(m−1)} normalised (eq. (34))",
        hypotheses: stepHypotheses, kind: .lowerBound,
        check: ClaimCheck(family: HAQOFamilies.sequentialPair) { x in
            try SequentialSweep.evaluate(x) { round in
                try perStep(round) { m in
                    let g = round.game.gamma
                    let first = PolicyDivergences.average(round.expectedAdvantage(step: m), under: round.occupancies[m - 1])
                    let eps = round.maxAbsoluteAdvantage(m - 1), alpha = try round.jointMaxTotalVariation(step: m)
                    let penalty = 4 * g / ((1 - g) * (1 - g)) * eps * alpha
                    return (Measurement(lhs: stepGain(round, m), .greaterOrEqual, rhs: first - penalty,
                                        tolerance: round.tolerance(what: "J, Q, d of π_(m−1), π_(m)")),
                            [NamedValue("J(π_(m)) − J(π_(m−1))", stepGain(round, m)), NamedValue("E_{d^(m−1)}E_{π_(m)}A", first),
                             NamedValue("ε_{m−1}", eps), NamedValue("α(π_(m),π_(m−1))", alpha)])
                }
            }
        },
        defaultInstances: 32)
}
