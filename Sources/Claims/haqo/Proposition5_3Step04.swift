extension HAQOClaims {
    /// haqo Prop. 5.3 proof, eq. (125): a shape constant C ≥ 0 that is never given.
    static let proposition53Step4 = Claim(
        notCheckable: "haqo.prop5.3/step4", paper: .haqo, source: "Proposition 5.3 proof (App. A.8), eq. (125)",
        statement: "If we maintain a spectral floor λ_min(Σ_s^i) ≥ σ_min² > 0, then H(A^i|s) ≥ H_floor := (d_i/2) log(2πe σ_min²) − C, for some constant C ≥ 0 that depends on shape assumptions of p(a^i|s) (e.g., C = 0 for Gaussian; more generally C can be bounded for log-concave or sub-Gaussian families).",
        reason: "C is an unspecified constant that may depend on the law; for any law with finite entropy, C := max(0, (d_i/2)log(2πe σ_min²) − H) satisfies the display, so it has no content a computation can refute. Its C = 0 case is (10), checked by haqo.prop5.3 and haqo.prop5.3/step1, which report the C each law needs ('½ln(2πe·Var) − H').")
}
