extension LTDEClaims {
    /// ltde, Remark 5.3.
    static let remark53 = Claim(
        notCheckable: "ltde.rem5.3", paper: .ltde, source: "Remark 5.3 (Sec. 5)",
        statement: "Both Assumption 5.1 and Assumption 5.2 are similar to the standard assumptions in the analysis of single-agent neural actor-critic algorithms (Cai et al. [6], Liu et al. [38], Wang et al. [53], Cayci et al. [13]). […] Assumption 5.2 holds when σ_θ and ν_θ have uniformly upper bounded probability densities (Cai et al. [6]).",
        reason: "a comparison with other papers' assumptions and a sufficient condition stated for measures with densities; in this paper's finite-N model ν_θ and σ_θ are atomic on Ξ and have no density (ltde.asm5.2 shows Assumption 5.2 then fails at α = 0), and the paper defines no continuous-state model on which the density condition could be evaluated.")
}
