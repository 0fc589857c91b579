import Foundation
import GSLKit

extension HAQOClaims {
    /// The error of factor·√x for a quadrature x ± e: factor·min(e/(2√x), √e), × 4.
    static func squareRootError(_ x: QuadratureSum, factor: Double) -> Tolerance {
        let e = 4 * x.absoluteError
        let v = factor * (x.value > 0 ? min(e / (2 * x.value.squareRoot()), e.squareRoot()) : e.squareRoot())
        return Tolerance(v, "propagated to \(shortNumber(factor))·√(·): \(shortNumber(factor))·min(e/(2√x), √e), e = 4 × GSL error estimate")
    }

    /// haqo Prop. 5.3 proof, eq. (133): the T₂ transport inequality.
    static let proposition53Step7 = Claim(
        id: "haqo.prop5.3/step7", paper: .haqo, source: "Proposition 5.3 proof (App. A.8), eq. (133)",
        statement: "Let P_U denote the uniform distribution on A^i and P_θ the distribution of reconstructed actions â_{θ^i}(s,t,z). By the T₂ transport inequality, W₂²(P_θ, P_U) ≤ E[‖â_{θ^i} − ã^i‖²].",
        hypotheses: reconstructionHypotheses + "; W₂ by the quantile coupling (1-D)", kind: .upperBound,
        check: ClaimCheck(family: reconstructionFamily) { x in
            let r = try reconstruction(x)
            let w2 = try r.wassersteinSquared(), recon = try r.reconstructionRisk()
            var sum = w2
            sum.add(recon)
            return Evaluation(measurements: [Measurement(lhs: w2.value, .lessOrEqual, rhs: recon.value, tolerance: sum.tolerance(what: "W₂² and the reconstruction risk"))],
                              quantities: [NamedValue("W₂²(P_θ,P_U)", w2.value), NamedValue("E‖â−ã‖²", recon.value)])
        })

    /// haqo Prop. 5.3 proof, eq. (135), with φ(a) = ‖a − μ_U‖².
    static let proposition53Step8 = Claim(
        id: "haqo.prop5.3/step8", paper: .haqo, source: "Proposition 5.3 proof (App. A.8), eqs. (134)–(135)",
        statement: "Choosing φ(a) = ‖a − μ_U‖², φ is 2D_i-Lipschitz; thus |E_{P_θ}‖a − μ_U‖² − E_{P_U}‖a − μ_U‖²| ≤ 2D_i W₂(P_θ, P_U).",
        hypotheses: reconstructionHypotheses, kind: .upperBound,
        check: ClaimCheck(family: reconstructionFamily) { x in
            let r = try reconstruction(x)
            let (_, second) = try r.moments(), w2 = try r.wassersteinSquared()
            var sum = second
            sum.add(w2)
            return Evaluation(measurements: [Measurement(lhs: abs(second.value - 1.0 / 3), .lessOrEqual, rhs: 4 * w2.value.squareRoot(),
                                                         tolerance: sum.tolerance(what: "E_{P_θ}‖a‖² and W₂²") + squareRootError(w2, factor: 4))],
                              quantities: [NamedValue("E_{P_θ}‖a − μ_U‖²", second.value), NamedValue("W₂", w2.value.squareRoot())])
        })

    /// haqo Prop. 5.3 proof, eq. (136): bias–variance split.
    static let proposition53Step9 = Claim(
        id: "haqo.prop5.3/step9", paper: .haqo, source: "Proposition 5.3 proof (App. A.8), eq. (136)",
        statement: "E_{P_θ}‖a − μ_U‖² = Tr Σ_{θ,s}^i + ‖μ_θ − μ_U‖², E_{P_U}‖a − μ_U‖² = Tr Σ_U^i.",
        hypotheses: reconstructionHypotheses + "; Tr Σ_θ by its own quadrature of (â − μ_θ)²", kind: .identity,
        check: ClaimCheck(family: reconstructionFamily) { x in
            let r = try reconstruction(x)
            let (first, second) = try r.moments()
            let centred = try r.centredSecondMoment(about: first.value)
            var sum = second
            sum.add(centred)
            sum.add(first, weight: 2 * abs(first.value))
            return Evaluation(measurements: [Measurement(lhs: second.value, .equal, rhs: centred.value + first.value * first.value, tolerance: sum.tolerance(what: "the three moments"))],
                              quantities: [NamedValue("Tr Σ_θ", centred.value), NamedValue("μ_θ", first.value)])
        })

    static func proposition53TraceFloor(id: String, source: String, statement: String, reconstructionForm: Bool) -> Claim {
        Claim(
            id: id, paper: .haqo, source: source, statement: statement,
            reading: reconstructionForm ? "'≳' read as ≥" : nil,
            hypotheses: reconstructionHypotheses, kind: .lowerBound,
            check: ClaimCheck(family: reconstructionFamily) { x in
                let r = try reconstruction(x)
                let (first, _) = try r.moments()
                let trace = try r.centredSecondMoment(about: first.value)
                let distance = reconstructionForm ? try r.reconstructionRisk() : try r.wassersteinSquared()
                var sum = trace
                sum.add(distance)
                return Evaluation(measurements: [Measurement(lhs: trace.value, .greaterOrEqual, rhs: 1.0 / 3 - 4 * distance.value.squareRoot(),
                                                             tolerance: sum.tolerance(what: "Tr Σ_θ and the distance") + squareRootError(distance, factor: 4),
                                                             trivialBound: 0)],
                                  quantities: [NamedValue("Tr Σ_θ", trace.value), NamedValue(reconstructionForm ? "√E‖â−ã‖²" : "W₂", distance.value.squareRoot())])
            })
    }

    static let proposition53Step10 = proposition53TraceFloor(
        id: "haqo.prop5.3/step10", source: "Proposition 5.3 proof (App. A.8), eq. (137)",
        statement: "Therefore, Tr Σ_{θ,s}^i ≥ Tr Σ_U^i − 2D_i W₂(P_θ, P_U).", reconstructionForm: false)

    static let proposition53Step11 = proposition53TraceFloor(
        id: "haqo.prop5.3/step11", source: "Proposition 5.3 proof (App. A.8), eq. (138)",
        statement: "Since W₂²(P_θ, P_U) ≤ E‖â_{θ^i} − ã^i‖², it follows that Tr Σ_{θ,s}^i ≳ Tr Σ_U^i − 2D_i √(E‖â_{θ^i} − ã^i‖²).", reconstructionForm: true)

    /// haqo Prop. 5.3 proof, eq. (139): entropy of a product policy.
    static let proposition53Step12 = Claim(
        id: "haqo.prop5.3/step12", paper: .haqo, source: "Proposition 5.3 proof (App. A.8), eq. (139)",
        statement: "For a factorized joint policy π(a|s) = ∏_{j=1}^n π^j(a^j|s), the chain rule of entropy yields H(a|s) = Σ_{j=1}^n H(a^j|s).",
        reading: "discrete actions (Shannon entropy); the joint table built by the game's joint indexing",
        hypotheses: "random heterogeneous cooperative games (|S| ≤ 3, n ≤ 3, |A^i| ≤ 3); a product policy π = 'pi'; every state", kind: .identity,
        check: ClaimCheck(family: HAQOFamilies.singlePolicy) { x in
            let g = try x.requireGame(), pi = try x.productPolicy("pi")
            let joint = pi.joint(in: g).table, nA = g.jointActionCount
            func entropy(_ p: ArraySlice<Double>) -> Double { p.reduce(0) { $1 > 0 ? $0 - $1 * log($1) : $0 } }
            let out = (0..<g.stateCount).map { s in
                let sum = g.agents.indices.reduce(0.0) { acc, i in
                    let k = g.agents[i].actionCount
                    return acc + entropy(pi.tables[i][(s * k)..<((s + 1) * k)])
                }
                return Measurement("s=\(s)", lhs: entropy(joint[(s * nA)..<((s + 1) * nA)]), .equal, rhs: sum,
                                   tolerance: .roundoff(scale: log(Double(nA)) + 1, operations: 8 * nA, what: "the entropy sums"))
            }
            return Evaluation(measurements: out)
        })

    /// haqo Prop. 5.3 proof, eq. (140): the joint entropy floor.
    static let proposition53Step13 = Claim(
        id: "haqo.prop5.3/step13", paper: .haqo, source: "Proposition 5.3 proof (App. A.8), eq. (140)",
        statement: "Therefore, if each agent i enforces the entropy lower bound, then summing gives H(a|s) ≥ Σ_{i=1}^n (d_i/2) log(2πe σ_min²).",
        reading: "two agents with independent 1-D continuous laws; H(a|s) = H¹ + H² (eq. (139)); σ_min² := min_i λ_min(Σ^i), the largest common floor",
        hypotheses: continuousHypotheses + "; two agents ('' and '2')", kind: .lowerBound,
        check: ClaimCheck(family: ContinuousPolicyFamily.family(laws: ["", "2"])) { x in
            let a = try ContinuousPolicyFamily.law(x), b = try ContinuousPolicyFamily.law(x, suffix: "2")
            let ha = try a.differentialEntropy(), hb = try b.differentialEntropy()
            let floor = min(a.variance, b.variance)
            return Evaluation(measurements: [Measurement(lhs: ha.value + hb.value, .greaterOrEqual, rhs: log(2 * Double.pi * M_E * floor),
                                                         tolerance: Tolerance(4 * (ha.absoluteError + hb.absoluteError) + 1e-14, "quadrature of both entropies"))],
                              quantities: [NamedValue("H¹ + H²", ha.value + hb.value), NamedValue("σ_min²", floor)])
        },
        defaultInstances: 16)
}
