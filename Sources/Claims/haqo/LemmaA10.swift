import GSLKit

extension HAQOClaims {
    /// Lemma A.10 as printed.
    static let lemmaA10Statement = "Let ε = sup_{s,a} |A^π(s,a)|. Then J(π′) ≥ J(π) + E_{s~d^π, a~π′}[A^π(s,a)] − 4γ/(1−γ)² · ε · α(π′,π), where α(π′,π) = sup_s TV(π′(·|s), π(·|s))."

    static func lemmaA10(id: String, reading: String, unnormalised: Bool) -> Claim {
        Claim(
            id: id, paper: .haqo, source: "Lemma A.10 (App. A.5), eq. (38)",
            statement: lemmaA10Statement, reading: reading,
            hypotheses: "random heterogeneous cooperative games (|S| ≤ 3, n ≤ 3, |A^i| ≤ 3, r ∈ [−1,1], γ ∈ {0.5, 0.9}); full-support joint policies π = 'pi', π′ = 'piPrime'; ε and α computed exactly",
            kind: .lowerBound,
            check: ClaimCheck(family: HAQOFamilies.jointPair) { x in
                let c = try PolicyPairComparison(x)
                let first = c.expectedAdvantage(under: c.oldOccupancy) / (unnormalised ? 1 - c.gamma : 1)
                let eps = c.maxAbsoluteAdvantage, alpha = try c.maxTotalVariation
                let penalty = 4 * c.gamma / ((1 - c.gamma) * (1 - c.gamma)) * eps * alpha
                return Evaluation(
                    measurements: [Measurement(lhs: c.returnGain, .greaterOrEqual, rhs: first - penalty,
                                               tolerance: c.tolerance(what: "V^π, V^{π′}, d^π"), trivialBound: -2 * c.rewardBound / (1 - c.gamma))],
                    quantities: [NamedValue("J(π′) − J(π)", c.returnGain), NamedValue(unnormalised ? "E_{ρ^π}E_{π′}A^π" : "E_{d^π}E_{π′}A^π", first),
                                 NamedValue("ε = sup|A^π|", eps), NamedValue("α(π′,π)", alpha), NamedValue("4γεα/(1−γ)²", penalty),
                                 NamedValue("γ", c.gamma)])
            },
            defaultInstances: 128)
    }

    /// haqo Lemma A.10 (TRPO-type lower bound), eq. (38), as printed, with d^π the normalised
    /// occupancy of eq. (34) (the lemma's proof starts from (39) = Lemma A.8, whose right side
    /// carries 1/(1−γ), and drops that factor between (45) and (48)).
    static let lemmaA10 = lemmaA10(id: "haqo.lemA.10", reading: "d^π normalised, as defined in eq. (34) and stated under (38)", unnormalised: false)

    /// The same with the state expectation unnormalised, E_{ρ^π} = E_{d^π}/(1−γ) (the scaling of
    /// Lemma A.8's right side).
    static let lemmaA10Unnormalised = lemmaA10(id: "haqo.lemA.10.unnormalised", reading: "E_{s~d^π} read with the unnormalised occupancy ρ^π = d^π/(1−γ) (eq. (143)'s convention, which matches Lemma A.8's 1/(1−γ))", unnormalised: true)
}
