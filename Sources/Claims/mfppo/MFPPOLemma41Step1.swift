import Foundation
import GSLKit

extension MFPPOClaims {
    /// mfppo, proof of Lemma 4.1 (App. E): under Assumption 1 the projected TD fixed point is exact,
    /// F⁰_{θ*} = T^{π_k} F⁰_{θ*}, hence F⁰_{θ*} = Q^{π_k}. Measured: the fixed point of the expected
    /// linearised semi-gradient (population, ball inactive) against Q^{π_k} from an exact evaluation.
    static let lemma41Step1 = Claim(
        id: "mfppo.lem4.1/step1", paper: .mfppo, source: "Proof of Lemma 4.1 (App. E)",
        statement: "Note that F_{θ*} satisfies F⁰_{θ*} = Π_{𝓕^P_{R_θ,m_Q}}(ζ_{F⁰_{θ*}}), and ζ equals the Bellman evaluation operator T^{π_k}. By Assumption 1, [T^{π_k} F⁰_{θ*}] ∈ 𝓕^P_{R_θ,m_Q}; by uniqueness of the projection, F⁰_{θ*} = T^{π_k} F⁰_{θ*}, which implies F⁰_{θ*} = Q^{π_k}.",
        hypotheses: "Mean-field MDPs and policies as mfppo.lem4.1; reward built so that the (1−γ)-scaled Q^{π_k} = Σ_y d(y) w(s, y, ā) with w ~ U[−1, 1] (Assumption 1); the linearised class spans every table w (tangent Gram positive definite) and the ball is inactive.",
        kind: .identity,
        check: ClaimCheck(family: EvaluationSetup.family("realizable evaluation problems", realizable: true)) { x in
            let setup = try EvaluationSetup(x, realizable: true)
            let problem = setup.problem()
            let fixed = problem.values(of: try problem.fixedPoint())
            let q = try setup.actionValues()
            let worst = q.indices.max { abs(fixed[$0] - q[$0]) < abs(fixed[$1] - q[$1]) }!
            return Evaluation(
                measurements: [Measurement("F⁰_{θ*} = Q^{π_k} at the worst (x, ā) = \(worst)", lhs: fixed[worst], .equal, rhs: q[worst],
                                           tolerance: .discounted(setup.model.mdp, scale: Vector.infinityNorm(q), solves: 2, what: "Q^{π_k} and the fixed point"))],
                quantities: [NamedValue("‖Q^{π_k}‖∞", Vector.infinityNorm(q)), NamedValue("γ", setup.model.mdp.gamma)])
        })
}
