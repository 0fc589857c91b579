extension MAPPOClaims {
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
}
