import Foundation
import GSLKit

extension MAPPOClaims {
    static let lemmaC6Statement = "For any conditional policy π: S × A^{m−1} → Δ(A), and s ∈ S, a^{1:m−1} ∈ A^{m−1}, if we set stepsize η = (1−γ)sqrt(log|A|/K), then Σ_{k=1}^K ⟨π(·|s,a^{1:m−1}) − π_k(·|s,a^{1:m−1}), f_k^m(s,a^{1:m−1},·)⟩ ≤ 2 sqrt(2 log|A| K)/(1−γ)."
}
