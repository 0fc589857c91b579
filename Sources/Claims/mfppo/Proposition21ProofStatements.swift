extension MFPPOClaims {
    /// The proof of Proposition 2.1 (App. C), first part, around (C.1): shared by its readings.
    static let proposition21Step1Statement = "Q* is the unique solution to the Bellman optimality condition (C.1) Q(s, a) = r(s, a) + Σ_{s'} P(s'|s, a) max_{a'} Q(s', a'); Q(κ(s), κ(a)) is also a solution to (C.1); from the uniqueness, Q*(s, a) = Q*(κ(s), κ(a))."

    /// The last sentence of the first part of the proof of Proposition 2.1 (App. C): shared by its readings.
    static let proposition21Step2Statement = "Hence the optimal policy ν*(s) = argmax_a Q*(s, a) is permutation invariant."
}
