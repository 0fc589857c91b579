import ExactSolvers
import GSLKit
import MarkovGames

extension MFPPOClaims {
    /// mfppo, Proposition 2.2 (Sec. 2), for a permutation-invariant ν (the policies Prop. 2.1 makes
    /// sufficient). V^ν in the (1−γ)-scaled convention. Measured: the largest spread of V^ν over
    /// the states and agents that share (s_i, p̂_{s_{−i}}); 0 means that g_ν exists and is the same
    /// for every agent taken as the representative, which also gives V^ν(s, s_r) = V^ν(s, κ(s_r)).
    static let proposition22 = Claim(
        id: "mfppo.prop2.2", paper: .mfppo, source: "Proposition 2.2 (Sec. 2); proof in App. C",
        statement: proposition22Statement,
        reading: "ν permutation invariant (the class of Prop. 2.1's second part).",
        hypotheses: "mfppo-population games (G1), N ∈ {2, 3}, k ∈ {2, 3}, 2 actions, γ ∈ {0.5, 0.9}; ν a random invariant joint policy; V^ν = (1−γ)E Σ γ^t r.",
        kind: .identity,
        check: ClaimCheck(family: PopulationGameInstances.withInvariantPolicy) { x in try proposition22Evaluation(x) })
}
