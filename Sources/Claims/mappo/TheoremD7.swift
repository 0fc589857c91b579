import Foundation
import GSLKit

extension MAPPOClaims {
    /// mappo, Theorem D.7: registered, not checkable as a whole (reason below).
    static let theoremD7 = Claim(
        notCheckable: "mappo.thmD.7", paper: .mappo, source: "Theorem D.7 (App. D)",
        statement: "Recall the definition of ε_r (18), for the output policy π̄ attained by Algorithm 4 in a fully cooperative Markov game, set η = (1−γ)sqrt(log|A|/K) and λ = (1−γ)⁻¹ε_r^{−2/3}. After K iterations, w.p. at least 1 − δ we have J(π*) − J(π̄) ≤ O((N/(1−γ)²)sqrt(log|A|/K) + (sqrt(C_μ^{d_{π*}})/(1−γ))(ε_r^{1/3} + sqrt(K log(|F|/δ)/n)/(1−γ) + sqrt(C_F)) + sqrt(C_F)/(1−γ)).",
        reason: "The O(·) bound carries the realizability/completeness constant C_F of Assumptions D.2–D.3, a supremum over the policy class Π^m of (17), which Algorithm 4 generates from the class F itself over K iterations (|Π^m| ≤ |F|^K). A finite F closed under T_π for every such π cannot be written down in advance, so C_F > 0 puts a floor with an unknown constant under the bound: neither its value (hidden constants) nor its slope in K or n can be compared with a run. Its parts are checked elsewhere: the optimisation term by mappo.thm5.5/step3 and step3.population (Term I, the same Lemma C.6 argument), the statistical lemmas by mappo.lemD.4, mappo.lemD.5 (rates on a closed finite class, C_F = 0) and mappo.lemD.6 (the pessimism inequality with C_F > 0), and the end-to-end shape by mappo.thm5.5 (linear F, C_F = 0).")
}
