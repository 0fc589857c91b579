extension MAPPOClaims {
    static let equation4Statement = "Intuitively, a small L(θ) indicates that π_{θ^m} is close to the ideal update π̂_{k+1}^m. Moreover, if π̂_{k+1}^m exactly lies in the log-linear function class, i.e., there exists a ϑ ∈ Θ such that π̂_{k+1}^m ∝ exp{ϕᵀϑ}. Then we have L(ϑ) = 0. [L(θ^m) = E_{σ_k}[((θ^m − θ_k^m)ᵀϕ(s,a^{1:m−1},a^m) − β_k⁻¹Q̂^{1:m}(s,a^{1:m−1},a^m))²], eq. (4)]"

    /// mappo, the remark after eq. (4), reading "for every such ϑ": L(ϑ) = 0 for the ϑ ∈ Θ with
    /// π̂ ∝ exp(ϕᵀϑ). The instance makes π̂ exactly log-linear while Q̂/β differs from ϕᵀ(ϑ − θ_k) by a
    /// per-row constant, which the softmax ignores and L does not.
    static let equation4 = Claim(
        id: "mappo.eq4", paper: .mappo, source: "Sec. 4.1, remark after eq. (4)",
        statement: equation4Statement,
        reading: "L(ϑ) = 0 for the ϑ ∈ Θ whose softmax is π̂ (any such ϑ)",
        hypotheses: "RealizableUpdate instances: random game and log-linear features, Q̂ = β_k(ϕᵀv + c(s,a^{1:m−1})), ϑ = θ_k^m + v ∈ Θ (R = 3); premise checked to round-off (quantity).",
        kind: .identity,
        check: ClaimCheck(family: RealizableUpdate.family) { x in
            let t = try RealizableUpdate(x)
            return Evaluation(measurements: [Measurement("L(ϑ)", lhs: t.loss, .equal, rhs: 0,
                                                         tolerance: .roundoff(scale: 1, operations: 1000, what: "a σ_k-weighted sum of squares of O(1) terms"))],
                              quantities: [NamedValue("max |π̂ − softmax(ϕᵀϑ)|", t.premiseGap), NamedValue("dim U", Double(t.nullSpaceDimension))])
        })

    /// mappo, the remark after eq. (4), reading "for some such ϑ": the smallest L over all ϑ' whose
    /// softmax is π̂ is 0.
    static let equation4Some = Claim(
        id: "mappo.eq4.some", paper: .mappo, source: "Sec. 4.1, remark after eq. (4)",
        statement: equation4Statement,
        reading: "min of L over every ϑ' with softmax(ϕᵀϑ') = π̂ is 0 (the ball constraint dropped, which only lowers the min)",
        hypotheses: "As mappo.eq4; the minimum over ϑ + U, U the null space of the within-row feature differences (eigenvalues ≤ 1e-10·trace of their Gram matrix).",
        kind: .identity,
        check: ClaimCheck(family: RealizableUpdate.family) { x in
            let t = try RealizableUpdate(x)
            return Evaluation(measurements: [Measurement("min L", lhs: t.smallestLoss, .equal, rhs: 0,
                                                         tolerance: .roundoff(scale: 1, operations: 1000, what: "a weighted least-squares minimum of O(1) terms"))],
                              quantities: [NamedValue("L(ϑ)", t.loss), NamedValue("dim U", Double(t.nullSpaceDimension)),
                                           NamedValue("max |π̂ − softmax(ϕᵀϑ)|", t.premiseGap)])
        })
}
