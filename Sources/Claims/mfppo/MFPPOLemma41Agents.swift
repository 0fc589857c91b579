import Foundation
import GSLKit

extension MFPPOClaims {
    /// Lemma 4.1's N-dependence: the T → ∞ limit of the linearised updates (E.5)–(E.6) with N i.i.d.
    /// samples of d, computed exactly, against Q^{π_k} (realizable instances), N = 1 … 4096.
    static let lemma41Agents = Claim(
        id: "mfppo.lem4.1.N", paper: .mfppo, source: "Lemma 4.1 (Sec. 4); App. E (E.5)–(E.6)",
        statement: lemma41Statement,
        reading: "the N-dependence: the T → ∞ limit of the linearised updates with N observed agents is within O(N^{-1/2}) of Q^{π_k} (m → ∞: the class spans every table; ball inactive).",
        hypotheses: "Mean-field MDPs and policies as mfppo.lem4.1; reward built so that the (1−γ)-scaled Q^{π_k} = Σ_y d(y) w(s, y, ā) with w ~ U[−1, 1] (Assumption 1 for the class spanned by every table); N = 1, 2, 4, …, 4096; exact (no sampling, no initialisation dependence once the tangent Gram is positive definite).",
        kind: .rate,
        check: ClaimCheck(family: EvaluationSetup.family("realizable evaluation problems", realizable: true)) { x in
            let setup = try EvaluationSetup(x, realizable: true)
            return Evaluation(rate: try sampleLimitObservation(setup.problem(), reference: try setup.actionValues(),
                                                               yLabel: "E_{σ_k}(F⁰_{θ*,N} − Q^{π_k})²"),
                              quantities: [NamedValue("γ", setup.model.mdp.gamma)])
        },
        defaultInstances: 3)
}
