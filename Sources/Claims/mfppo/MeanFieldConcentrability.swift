/// The distribution-shift coefficients of mfppo Lemma 4.3 (imported from Liu et al. 2019a), with
/// π_0 uniform on Ā, σ_k = ν_k π_k, σ̃_k = ν_k π_0, σ* = ν* π*:
///
///   φ*_k = E_{σ̃_k}[ |dπ*/dπ_0 − dπ_k/dπ_0|² ]^{1/2},   ψ*_k = E_{σ_k}[ |dσ*/dσ_k − d(ν*×π_k)/dσ_k|² ]^{1/2}.
///
/// ψ*_k has one reading: the density (ν*(x)π*(ā|x) − ν*(x)π_k(ā|x))/(ν_k(x)π_k(ā|x)). φ*_k's
/// Radon–Nikodym derivatives are printed between policies, which leaves the states' weighting open:
/// `perState` reads them as the per-state ratios (π*(ā|x) − π_k(ā|x))/π_0(ā) (what is printed), and
/// `stateAction` as the ratio of state-action measures (ν*(x)/ν_k(x))·(π*(ā|x) − π_k(ā|x))/π_0(ā).
/// A coefficient is +∞ when ν_k or π_k vanishes where the numerator does not.
enum MeanFieldConcentrability {
    enum PolicyRatioReading { case perState, stateAction }

    static func phi(optimal: MeanFieldOptimum, policy: [Double], stationary nu: [Double], reading: PolicyRatioReading) -> Double {
        let nA = policy.count / nu.count
        var s = 0.0
        for x in nu.indices {
            var row = 0.0
            for a in 0..<nA {
                let d = optimal.policy[x * nA + a] - policy[x * nA + a]
                row += d * d
            }
            if row == 0 { continue }
            switch reading {
            case .perState:
                s += nu[x] * Double(nA) * row
            case .stateAction:
                let w = optimal.stationary[x]
                if w == 0 { continue }
                if nu[x] <= 0 { return .infinity }
                s += w * w / nu[x] * Double(nA) * row
            }
        }
        return s.squareRoot()
    }

    static func psi(optimal: MeanFieldOptimum, policy: [Double], stationary nu: [Double]) -> Double {
        let nA = policy.count / nu.count
        var s = 0.0
        for i in policy.indices {
            let w = optimal.stationary[i / nA]
            let d = optimal.policy[i] - policy[i]
            if w == 0 || d == 0 { continue }
            let sigma = nu[i / nA] * policy[i]
            if sigma <= 0 { return .infinity }
            s += w * w * d * d / sigma
        }
        return s.squareRoot()
    }
}
