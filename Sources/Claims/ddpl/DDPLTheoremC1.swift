import ExactSolvers
import Foundation
import GSLKit
import MarkovGames

extension DDPLClaims {
    static let theoremC1Statement = """
        Suppose state space S and action spaces {A_i} are finite. Suppose all stationary points of the return function J(π) \
        are isolated. Suppose the estimated averaged Q functions are accurate, Q̂_i^{π^k} = Q̄_i^{π^k}. Suppose the updated \
        policies π_i^k = π_i^{⋆,k}. Then for learning rate η = (1−γ)²/(2n(r_max − r_min)), \
        Σ_{k=0}^{K−1} NE-gap(π^k)²/K ≤ (6M(r_max − r_min)²/(c(1−γ)³)) · n/K, where r_max := max_{s,a} r(s,a), \
        r_min = min_{s,a} r(s,a), M := sup_π max_s 1/d^π(s), c = inf_k c_{π^k}, d^π(s) := (1−γ)E_{s0~ρ0}[Σ_t γ^t P(s_t = s|s_0)], \
        c_π := min_s Σ_{a_i* ∈ argmax_{a_i} Q̄_i^π(s,a_i)} π_i(a_i*|s).
        """

    /// The bound of Theorem C.1 at every K on an exact DecSPG run, with c taken by `constant`.
    static func theoremC1Evaluation(_ x: ClaimInstance, constant: (DecSPGTrajectory, Int) -> Double, constantName: String) throws -> Evaluation {
        let g = try x.requireGame(), pi0 = try x.productPolicy("pi0"), count = try x.integer("epochs")
        let eta = ExactDecSPG.theoremStepSize(g)
        let run = try DecSPGTrajectory(game: g, initial: pi0, eta: eta, epochs: count)
        let m = try VisitationConstant.exact(g)
        let (rMin, rMax) = g.rewards.range
        let dr = rMax - rMin, n = Double(g.agentCount), oneMinus = 1 - g.gamma
        let means = run.runningMeanSquaredGap
        let largestGap = run.epochs.map(\.nashGap.value).max()!
        let gapError = run.epochs.map(\.nashGap.errorBound).max()!
        let tolerance = Tolerance(2 * largestGap * gapError + gapError * gapError,
                                  "NE-gaps from exact solves, each within \(shortNumber(gapError)); their squares within 2·max gap·that")
        var measurements: [Measurement] = [], bounds: [Double] = []
        for kk in 1...count {
            let c = constant(run, kk)
            let rhs = 6 * m * dr * dr / (c * pow(oneMinus, 3)) * n / Double(kk)
            bounds.append(rhs)
            measurements.append(Measurement("K=\(kk)", lhs: means[kk - 1], .lessOrEqual, rhs: rhs, tolerance: tolerance,
                                            trivialBound: dr * dr / (oneMinus * oneMinus)))
        }
        let ks = (1...count).map(Double.init)
        let trajectoryM = try run.epochs.map { e in
            try FiniteMDP(game: g).discountedStateOccupancy(policy: e.policy.joint(in: g).table).map { 1 / $0 }.max()!
        }.max()!
        let last = run.epochs.last!
        return Evaluation(
            measurements: measurements,
            quantities: [
                NamedValue("n", n), NamedValue("γ", g.gamma), NamedValue("r_max − r_min", dr), NamedValue("η", eta),
                NamedValue("λ = η/(1−γ)", eta / oneMinus), NamedValue("M (exact)", m),
                NamedValue("M ≤ 1/((1−γ) min ρ₀)", VisitationConstant.initialDistributionBound(g)),
                NamedValue("M_traj = max_k max_s 1/d^{π^k}(s)", trajectoryM), NamedValue(constantName, constant(run, count)),
                NamedValue("mean NE-gap² at K = \(count)", means.last!), NamedValue("bound at K = \(count)", bounds.last!),
                NamedValue("NE-gap(π^0)", run.epochs[0].nashGap.value), NamedValue("NE-gap(π^{K−1})", last.nashGap.value),
                NamedValue("K where the bound first beats (Δr/(1−γ))²", Double((bounds.firstIndex { $0 < dr * dr / (oneMinus * oneMinus) } ?? count) + 1)),
            ],
            series: [PlotSeries(name: "(1/K) Σ NE-gap²", x: ks, y: means, xLabel: "K", yLabel: "mean squared NE-gap"),
                     PlotSeries(name: "Theorem C.1 bound", x: ks, y: bounds, xLabel: "K", yLabel: "mean squared NE-gap")],
            notes: ["the hypothesis 'all stationary points of J are isolated' is not computable; random games satisfy it generically",
                    "c is the minimum over the K computed epochs: c_K ≥ inf over all k, so the right side computed (∝ 1/c_K) is at most the true one — a bound that holds here holds with the true c"])
    }

    /// ddpl, Theorem C.1 (= Zhang et al. 2022, Thm. 5), as printed, reading c_π = min_i min_s … (one c for
    /// all agents). Left side: the running mean of NE-gap(π^k)² on the exact DecSPG trajectory (exact Q̄,
    /// exact best responses); right side: the paper's constants, M exact (one minimisation MDP per state),
    /// c = min over the computed epochs, η as printed. One measurement per K.
    static let theoremC1 = Claim(
        id: "ddpl.thmC.1", paper: .ddpl, source: "Theorem C.1 (App. C), = Theorem 5 of Zhang et al. (2022)",
        statement: theoremC1Statement,
        reading: "c_π has a free agent index i; read as c_π = min_i min_s Σ_{a_i* ∈ argmax} π_i(a_i*|s) (one constant for all agents)",
        hypotheses: "see family; η = (1−γ)²/(2n(r_max − r_min)); M exact; c = min_{k<K} min_i c_{π^k,i}",
        kind: .upperBound,
        check: ClaimCheck(family: decSPGFamily(epochs: 2000)) { x in
            try theoremC1Evaluation(x, constant: { $0.argmaxConstant(upTo: $1) }, constantName: "c_K = min_{k<K} min_i c_{π^k,i}")
        })
}
