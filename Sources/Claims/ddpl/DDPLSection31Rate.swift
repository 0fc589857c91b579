import Foundation

extension DDPLClaims {
    /// ddpl, Sec. 3.1 (text after Algorithm 1), as printed: with exact Q and exact updates, the average
    /// squared NE-gap decays at rate O(n/K). Checked as a rate in K on exact DecSPG runs with the step size
    /// of Theorem C.1, claimed exponent −1 (`at-most`: consistent unless the fitted decay is significantly
    /// slower). The rate is asymptotic: runs pass plateaus near saddle points during which the running
    /// sum Σ NE-gap² still grows, so each run goes on until the sum has saturated (the last doubling of
    /// K added less than 1% of it, K ≥ 8000) or K = 64000, and the fit uses the running mean at
    /// K_end/32, …, K_end (1.5 decades ending there).
    static let section31Rate = Claim(
        id: "ddpl.sec3.1.rate", paper: .ddpl, source: "Sec. 3.1 (after Algorithm 1); Theorem C.1",
        statement: "When the Q estimation and policy updates are exact, Algorithm 1 provably converges to a Nash equilibrium given finite state and action spaces (Theorem C.1). The average squared NE-gap decays at rate O(n/K), where K and n are the number of epochs and agents, respectively.",
        reading: "the rate in K: (1/K)Σ_{k<K} NE-gap(π^k)² = O(K^{−1}) on each game (n fixed)",
        hypotheses: "random identical-interest games as in ddpl.thmC.1, η = (1−γ)²/(2n(r_max − r_min)); K_end ≤ 64000 as described",
        kind: .rate,
        check: ClaimCheck(family: decSPGFamily(epochs: 64000)) { x in
            let g = try x.requireGame()
            let saturated = { (epochs: [DecSPGTrajectory.Epoch]) -> Bool in
                let squares = epochs.map { $0.nashGap.value * $0.nashGap.value }
                let total = squares.reduce(0, +), recent = squares[(epochs.count / 2)...].reduce(0, +)
                return epochs.count >= 8000 && recent <= 0.01 * total
            }
            let run = try DecSPGTrajectory(game: g, initial: try x.productPolicy("pi0"), eta: ExactDecSPG.theoremStepSize(g),
                                           epochs: try x.integer("epochs"), stop: saturated)
            let means = run.runningMeanSquaredGap
            let end = means.count
            let sizes = (0...5).map { end >> (5 - $0) }
            return Evaluation(
                rate: RateObservation(x: sizes.map(Double.init), y: sizes.map { means[$0 - 1] }, claimedExponent: -1, kind: .atMost,
                                      xLabel: "K (epochs)", yLabel: "(1/K) Σ NE-gap²"),
                quantities: [NamedValue("n", Double(g.agentCount)), NamedValue("γ", g.gamma), NamedValue("NE-gap(π^0)", run.epochs[0].nashGap.value),
                             NamedValue("K_end", Double(end)), NamedValue("NE-gap(π^{K_end−1})", run.epochs.last!.nashGap.value),
                             NamedValue("Σ_{k<K_end} NE-gap²", means.last! * Double(end)),
                             NamedValue("saturated (1 = yes)", saturated(run.epochs) ? 1 : 0)],
                notes: ["the fit spans the 1.5 decades ending at K_end; a plateau of the run inside that window (the sum Σ NE-gap² still growing) makes the fitted decay slower than K^{−1} there even though Theorem C.1's explicit bound holds (ddpl.thmC.1)"])
        },
        defaultInstances: 6)
}
