import Foundation
import GSLKit
import MarkovGames

extension HAQOClaims {
    /// haqo Prop. 5.2 proof, eq. (115), first part, with c₁ = 2·(mass of ρ).
    static let proposition52Step17 = Claim(
        id: "haqo.prop5.2/step17", paper: .haqo, source: "Proposition 5.2 proof (App. A.7), eqs. (114)–(115)",
        statement: "Because all objects appear linearly in expectations and are uniformly bounded, a standard stability argument yields |L^i(π^i) − L^i_true(π^i)| ≤ c₁ ε_Q, for a constant c₁ > 0 depending only on R_max and the variance schedule.",
        reading: "O(ε_Q) checked with the constant the stability argument gives: |Δ̂_m − Δ_m| ≤ 2ε_Q, so c₁ = 2·Σ_s ρ(s) = 2 (ρ normalised); π^i = π_new^i",
        hypotheses: "random two-agent cooperative games; π_old = 'old'; idealised HAQO round; Q̂ = Q + ε_Q·ξ with ξ ~ U[−1,1] per (s,a) from the instance seed, ε_Q ∈ {0.1, 0.01, 1e-3}; every agent", kind: .upperBound,
        check: ClaimCheck(family: HAQOFamilies.haqoRound) { x in
            let setting = try HAQORoundSetting(x)
            var all: [(Measurement, [NamedValue])] = []
            for m in 1...setting.round.agentCount {
                let rho = setting.rho(.normalised), table = setting.newTable(m)
                let trueValue = setting.surrogate(m, table: table)
                for bias in criticBiases {
                    let biased = setting.round.surrogate(position: m, table: table, rho: rho, chain: biasedChain(setting, m, bias: bias, seed: x.seed))
                    all.append((Measurement("agent \(setting.round.order[m - 1] + 1), ε_Q=\(shortNumber(bias))", lhs: abs(biased - trueValue), .lessOrEqual,
                                            rhs: 2 * rho.reduce(0, +) * bias, tolerance: setting.exactTolerance),
                                [NamedValue("|L̂ − L|", abs(biased - trueValue)), NamedValue("ε_Q", bias)]))
                }
            }
            return SequentialSweep.collect(all, notes: [])
        })
}
