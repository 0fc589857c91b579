import Foundation
import GSLKit

extension MAPPOClaims {
    static let theorem45Statement = "Theorem 4.5. Under Assumption 4.3, for the output policy π̄ attained by Algorithm 1 in the fully cooperative Markov game, set η = R/(G√T) and β = sqrt((N B²/2) / (N log|A| + Σ_{m=1}^N Σ_{k=0}^{K−1} (Δ_k^m + δ_k^m))). After K iterations, J(π*) − J(π̄) is upper bounded by O((B√N/(1−γ)) · sqrt((N log|A| + Σ_{m=1}^N Σ_{k=0}^{K−1} (Δ_k^m + δ_k^m))/K)), where Δ_k^m = √2(φ_k^m + φ_k^{m−1})(ε_k^m + ε'^m_k/β_k) and δ_k^m = 2φ_k^{m−1}ε_k^m. Here ε_k^m is the statistical error of a PPO iteration: E_{σ_k}[((θ_{k+1}^m − θ_k^m)ᵀϕ − β_k⁻¹Q̂_{π_{θ_k}}^{1:m})²] ≤ (ε_k^m)². Let ε_approx be the approximation capability of the log-linear policy class we adopt, then ε_k^m = ε_approx + O(T^{−1/4}). [Sec. 4.2: when PPO updates are ideal (δ_k^m, Δ_k^m = 0) the rate simplifies to O(N sqrt(log|A|/K)/(1−γ)); the dependency on K is O(K^{−1/2}).]"

    static let exactSizes = [10, 30, 100, 300, 1000]
}
