extension MAPPOClaims {
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
