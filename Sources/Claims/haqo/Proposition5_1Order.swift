import GSLKit
import MarkovGames

extension HAQOClaims {
    /// Path positions of the rate readings: δ ∝ t² over four decades, where the second-order
    /// expansion of ΣΔL − ΔJ in the step has taken over.
    static let orderSteps: [Double] = [0.1, 0.05, 0.02, 0.01, 0.005, 0.002, 0.001]

    /// Update paths whose residual ΣΔL − ΔJ is positive at every step (the statement covers every
    /// update inside the trust region; where the residual is ≤ 0 the bound holds with any constant
    /// and there is nothing to fit): up to 40 targets are drawn and the first with a positive
    /// residual along the whole sweep (order 1, …, n) is kept.
    static func positiveResidualFamily(_ reading: Proposition51Reading) -> InstanceFamily {
        InstanceFamily(
            description: "random heterogeneous cooperative games (|S| ≤ 3, n ≤ 3, |A^i| ≤ 3, r ∈ [−1,1], γ ∈ {0.5, 0.9}); π_old = 'old'; a target 'target' whose path has ΣΔL − ΔJ > 0 (first of ≤ 40 draws)",
            admissible: { HAQOGames.admissible($0, policies: ["old", "target"]) }
        ) { rng in
            let g = try HAQOGames.game(rng)
            let old = HAQOGames.softmaxPolicy(g, rng)
            var target = HAQOGames.softmaxPolicy(g, rng)
            for _ in 0..<40 {
                let residuals = try orderSteps.map { t in
                    let round = try SequentialRound(game: g, old: old, new: PolicyPaths.geometric(from: old, to: target, at: t, game: g),
                                                    order: Array(0..<g.agentCount))
                    return reading.surrogateGain(round) - round.returnGain
                }
                if residuals.allSatisfy({ $0 > 0 }) { break }
                target = HAQOGames.softmaxPolicy(g, rng)
            }
            return ClaimInstance(game: g, policies: ["old": .product(old), "target": .product(target)])
        }
    }

    static func proposition51Order(id: String, reading text: String, _ reading: Proposition51Reading) -> Claim {
        Claim(
            id: id, paper: .haqo, source: "Proposition 5.1 (Sec. 5.1), eq. (4); proof App. A.6",
            statement: proposition51Statement, reading: text,
            hypotheses: "random heterogeneous cooperative games; order i_{1:n} = (1, …, n); update paths towards 'target' with positive residual; t ∈ {0.1, …, 0.001}, δ = Σ_i δ_i from 2e-4 to 2e-8 typically",
            kind: .rate,
            check: ClaimCheck(family: positiveResidualFamily(reading)) { x in
                let g = try x.requireGame(), old = try x.productPolicy("old"), target = try x.productPolicy("target")
                var xs: [Double] = [], ys: [Double] = []
                for t in orderSteps {
                    let round = try SequentialRound(game: g, old: old, new: PolicyPaths.geometric(from: old, to: target, at: t, game: g),
                                                    order: Array(0..<g.agentCount))
                    xs.append(try 1 / reading.radii(round).reduce(0, +))
                    ys.append(reading.surrogateGain(round) - round.returnGain)
                }
                return Evaluation(
                    rate: RateObservation(x: xs, y: ys, claimedExponent: -2, kind: .atMost, xLabel: "1/Σ_i δ_i",
                                          yLabel: "Σ_i ΔL^i − ΔJ (the penalty Σ C_i δ_i² must cover)"),
                    quantities: [NamedValue("γ", g.gamma), NamedValue("R_max", HAQOGames.rewardBound(g))],
                    notes: ["eq. (4) with constants C_i independent of the step needs Σ ΔL^i − ΔJ ≤ max_i C_i·(Σ δ_i)², i.e. a log–log slope ≤ −2 against 1/Σδ_i as δ → 0; the sweep t = 0.1 … 0.001 is in the regime where the residual is dominated by its leading order in t (δ ∝ t²)"])
            })
    }

    static let proposition51Order = proposition51Order(
        id: "haqo.prop5.1.order",
        reading: "'there exist constants C_i = O(γR_max/(1−γ)²)': for a fixed instance the constants may be anything but may not depend on the step, so Σ ΔL^i − ΔJ must vanish at least like δ² as δ → 0 (readings of haqo.prop5.1 otherwise)",
        Proposition51Reading())

    static let proposition51UnnormalisedOrder = proposition51Order(
        id: "haqo.prop5.1.unnormalised.order",
        reading: "as haqo.prop5.1.order with ρ^{π_old} = d^{π_old}/(1−γ) (unnormalised, eq. (143)) in L^i and δ_i",
        Proposition51Reading(visitation: .unnormalised))
}
