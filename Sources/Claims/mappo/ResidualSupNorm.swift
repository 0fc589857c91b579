/// The σ*-averages of the projection residual g = (θ_{k+1}^m − θ_k^m)ᵀϕ − β_k⁻¹Q̂^{1:m} behind mappo
/// Lemma B.4: E_{(s,a^{1:m−1})~ν*π*^{1:m−1}} ‖g(s,a^{1:m−1},·)‖_∞ and the same with Σ_{a^m}|g| (the
/// first step of its proof bounds the max by the sum).
struct ResidualSupNorm {
    let supAverage: Double
    let sumAverage: Double
    let scale: Double

    init(_ agent: ImprovementStep.Agent) {
        let k = agent.width
        var sup = 0.0, sum = 0.0, scale = 0.0
        for (row, w) in agent.sigmaStarRows.enumerated() where w > 0 {
            let g = agent.residual[(row * k)..<((row + 1) * k)].map(abs)
            sup += w * g.max()!
            sum += w * g.reduce(0, +)
            scale = max(scale, g.max()!)
        }
        supAverage = sup
        sumAverage = sum
        self.scale = scale
    }
}
