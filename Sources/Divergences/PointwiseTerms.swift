import Foundation

/// The summand (discrete) or integrand (continuous) of each divergence at one point, as a
/// function of ℓp = ln p and ℓq = ln q there (natural logs; −∞ for a zero mass or density).
///
/// Every term is written so that it is non-negative where the divergence's pointwise form allows
/// it and free of cancellation when p ≈ q: with L = ℓp − ℓq and ψ(x) = eˣ − 1 − x ≥ 0,
/// p ln(p/q) is replaced by p ψ(−L) = q − p + p ln(p/q), whose sum over all points is KL
/// (Σq − Σp = 0). No term is NaN for finite or −∞ inputs: large |L| is handled in log form.
enum PointwiseTerm {
    /// ln 2 to double precision.
    static let ln2 = 0.693_147_180_559_945_309_417_232_121_458_176_568

    /// ψ(x) = eˣ − 1 − x, accurate to a few ulps: the Taylor series Σ_{k≥2} xᵏ/k! for |x| ≤ 1
    /// (terms below ε of the sum after at most 18 terms), expm1(x) − x beyond (cancellation at most
    /// a factor e there).
    static func psi(_ x: Double) -> Double {
        guard abs(x) <= 1 else { return x == .infinity ? .infinity : expm1(x) - x }
        var term = x * x / 2, sum = term
        var k = 2.0
        while abs(term) > Double.ulpOfOne * abs(sum) / 4 {
            k += 1
            term *= x / k
            sum += term
        }
        return sum
    }

    /// KL term q − p + p ln(p/q) = p ψ(−L) ≥ 0; Σ over all points = KL(p‖q). +∞ where p > 0 = q.
    static func kullbackLeibler(_ lp: Double, _ lq: Double) -> Double {
        if lp == -.infinity { return exp(lq) }
        if lq == -.infinity { return .infinity }
        let l = lp - lq
        if abs(l) <= 1 { return exp(lp) * psi(-l) }
        return exp(lq) + exp(lp) * (l - 1)
    }

    /// ½|p − q| = ½ p(1 − e^{−L}) for L ≥ 0, ½ q(1 − e^{L}) otherwise.
    static func totalVariation(_ lp: Double, _ lq: Double) -> Double {
        if lp == -.infinity { return exp(lq) / 2 }
        if lq == -.infinity { return exp(lp) / 2 }
        let l = lp - lq
        return l >= 0 ? -exp(lp) * expm1(-l) / 2 : -exp(lq) * expm1(l) / 2
    }

    /// (p − q)²/q = q (e^L − 1)²; +∞ where p > 0 = q. For L > 1 written as
    /// exp(2ℓp − ℓq + 2 ln(1 − e^{−L})) so that it overflows only when the term does.
    static func chiSquared(_ lp: Double, _ lq: Double) -> Double {
        if lp == -.infinity { return exp(lq) }
        if lq == -.infinity { return .infinity }
        let l = lp - lq
        if l <= 1 { let e = expm1(l); return exp(lq) * e * e }
        return exp(2 * lp - lq + 2 * log1p(-exp(-l)))
    }

    /// ½(√p − √q)² = ½ p (1 − e^{−L/2})² for L ≥ 0, ½ q (1 − e^{L/2})² otherwise.
    static func hellingerSquared(_ lp: Double, _ lq: Double) -> Double {
        if lp == -.infinity { return exp(lq) / 2 }
        if lq == -.infinity { return exp(lp) / 2 }
        let l = lp - lq
        let e = expm1(-abs(l) / 2)
        return (l >= 0 ? exp(lp) : exp(lq)) * e * e / 2
    }

    /// ½[KL term of (p, m) + KL term of (q, m)] with m = (p + q)/2, ln m = ln(eˡᵖ + eˡᑫ) − ln 2;
    /// Σ over all points = JS(p, q) = ½KL(p‖m) + ½KL(q‖m). Each half is ≥ 0.
    static func jensenShannon(_ lp: Double, _ lq: Double) -> Double {
        if lp == -.infinity && lq == -.infinity { return 0 }
        let hi = max(lp, lq), lo = min(lp, lq)
        let lm = hi + log1p(exp(lo - hi)) - ln2
        return (kullbackLeibler(lp, lm) + kullbackLeibler(lq, lm)) / 2
    }

    /// ln(p^α q^{1−α}) = ℓp + (α−1)L, with 0^α q^{1−α} = 0 and, where q = 0 < p, 0 for α < 1
    /// and +∞ for α > 1.
    static func renyiLogTerm(_ lp: Double, _ lq: Double, order alpha: Double) -> Double {
        if lp == -.infinity { return -.infinity }
        if lq == -.infinity { return alpha < 1 ? -.infinity : .infinity }
        return alpha * lp + (1 - alpha) * lq
    }

    /// p (e^{(α−1)L} − 1) = p^α q^{1−α} − p, summing to Σ p^α q^{1−α} − 1; used when supp p ⊄ supp q
    /// (then α < 1 and the term is −p where q = 0). Large (α−1)L in log form.
    static func renyiExcess(_ lp: Double, _ lq: Double, order alpha: Double) -> Double {
        if lp == -.infinity { return 0 }
        if lq == -.infinity { return alpha < 1 ? -exp(lp) : .infinity }
        let ml = (alpha - 1) * (lp - lq)
        if ml <= 1 { return exp(lp) * expm1(ml) }
        return exp(lp + ml) - exp(lp)
    }

    /// p ψ((α−1)L) + (α−1)·(KL term): sums to Σ p^α q^{1−α} − 1 when supp p ⊆ supp q, as a sum of
    /// non-negative terms for α > 1 (no cancellation when p ≈ q). Large (α−1)L in log form.
    static func renyiExcessNested(_ lp: Double, _ lq: Double, order alpha: Double) -> Double {
        let m = alpha - 1
        if lp == -.infinity { return m * exp(lq) }
        if lq == -.infinity { return .infinity }
        let l = lp - lq, ml = m * l
        let psiPart = abs(ml) <= 1 ? exp(lp) * psi(ml) : exp(lp + ml) - exp(lp) * (1 + ml)
        return psiPart + m * kullbackLeibler(lp, lq)
    }
}
