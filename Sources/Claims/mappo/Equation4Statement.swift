extension MAPPOClaims {
    static let equation4Statement = "Intuitively, a small L(θ) indicates that π_{θ^m} is close to the ideal update π̂_{k+1}^m. Moreover, if π̂_{k+1}^m exactly lies in the log-linear function class, i.e., there exists a ϑ ∈ Θ such that π̂_{k+1}^m ∝ exp{ϕᵀϑ}. Then we have L(ϑ) = 0. [L(θ^m) = E_{σ_k}[((θ^m − θ_k^m)ᵀϕ(s,a^{1:m−1},a^m) − β_k⁻¹Q̂^{1:m}(s,a^{1:m−1},a^m))²], eq. (4)]"
}
