import Foundation
import GSLKit
import MarkovGames

/// Everything exact about a Gibbs team policy Π^θ (ltde Sec. 4): the chain on Ξ, the team and total
/// Q-functions, the visitation σ_θ (4.2), J(θ) (4.1), the scores ∇_{θ_s} log Π^θ(h | µ) and the
/// policy gradient of Lemma 4.1 / (4.8):
///
///   ∇_{θ_s} J(θ) = (1/(1−γ)) E_{σ_θ}[Q^{Π^θ}(µ, h) ∇_{θ_s} log Π^θ(h | µ)],
///
/// where ∇_{θ_s} log Π^θ(h|µ) = ∇E_s(h(s)) − E_{h'(s)~Π_s}[∇E_s(h'(s))] (= τΦ(θ, s, µ, h) (4.7) for the
/// neural energy).
struct TeamPolicyGradient: Sendable {
    let energy: any TeamEnergy
    let theta: [[Double]]
    let chain: TeamChain
    let rewards: TeamRewards
    /// Q_s^{Π^θ} per team.
    let teamQ: [[Double]]
    /// Q^{Π^θ} = Σ_s Q_s^{Π^θ} (3.10).
    let q: [Double]
    /// The forward-error bound of each team solve.
    let qError: Double
    /// σ_θ on Ξ.
    let sigma: [Double]
    /// P₀ on the measures.
    let initialMeasures: [Double]
    /// J(θ).
    let objective: Double
    /// centeredScores[s][n][j] = ∇_{θ_s} log Π_s(teamActions[n][j] | n).
    private let centeredScores: [[[[Double]]]]

    init(kernel: MeanFieldTransition, energy: any TeamEnergy, theta: [[Double]], reading: TeamRewardReading,
         gamma: Double, model: NetworkedMeanFieldModel) throws {
        let space = kernel.space
        let policy = TeamPolicy.gibbs(energy, theta: theta, space: space)
        let chain = try TeamChain(kernel: kernel, policy: policy, gamma: gamma)
        let rewards = TeamRewards(model: model, space: space, reading: reading)
        let solved = try chain.teamActionValues(rewards)
        let p0 = space.uniformProfileLaw
        self.energy = energy
        self.theta = theta
        self.chain = chain
        self.rewards = rewards
        teamQ = solved.values
        q = (0..<space.count).map { xi in solved.values.reduce(0) { $0 + $1[xi] } }
        qError = solved.errorBound
        sigma = try chain.visitation(initialMeasures: p0)
        initialMeasures = p0
        objective = chain.objective(actionValues: q, initialMeasures: p0)
        centeredScores = (0..<space.nodeCount).map { s in
            (0...space.agentCount).map { n in
                let grads = space.teamActions[n].map { energy.energyGradient(team: s, count: n, teamAction: $0, theta: theta[s]) }
                let law = policy.probabilities[s][n]
                var mean = [Double](repeating: 0, count: theta[s].count)
                for (j, g) in grads.enumerated() { for i in 0..<g.count { mean[i] += law[j] * g[i] } }
                return grads.map { g in (0..<g.count).map { g[$0] - mean[$0] } }
            }
        }
    }

    var space: TeamConfigurations { chain.space }
    var gamma: Double { chain.gamma }
    var policy: TeamPolicy { chain.policy }

    /// ∇_{θ_s} log Π^θ(h | µ) at configuration ξ (only team s's factor depends on θ_s).
    func score(team s: Int, _ xi: Int) -> [Double] {
        centeredScores[s][space.counts(xi)[s]][space.teamActionIndex(xi, node: s)]
    }

    /// (1/(1−γ)) E_σ[f(µ, h) ∇_{θ_s} log Π^θ(h | µ)] for a function f on Ξ.
    func scoreExpectation(team s: Int, _ f: [Double]) -> [Double] {
        var out = [Double](repeating: 0, count: theta[s].count)
        for xi in 0..<space.count where sigma[xi] != 0 {
            let w = sigma[xi] * f[xi] / (1 - gamma)
            for (i, v) in score(team: s, xi).enumerated() { out[i] += w * v }
        }
        return out
    }

    /// ∇_{θ_s} J(θ) by Lemma 4.1 / (4.8), for every team.
    var gradient: [[Double]] { (0..<space.nodeCount).map { scoreExpectation(team: $0, q) } }

    /// The forward-error bound of J (one total Q from |S| solves, weighted by a distribution).
    var objectiveError: Double { Double(space.nodeCount) * qError }
}

/// A central finite-difference derivative with one Richardson step and its error estimate.
struct RichardsonDerivative {
    let value: Double
    /// |R − D(h/2)|: the estimated error of D(h/2), which bounds that of R in the asymptotic regime.
    let truncationEstimate: Double
    let step: Double

    /// D(h) = (f(x+h) − f(x−h))/(2h); R = (4D(h/2) − D(h))/3.
    init(step h: Double, _ f: (Double) throws -> Double) rethrows {
        let dh = (try f(h) - f(-h)) / (2 * h)
        let dh2 = (try f(h / 2) - f(-h / 2)) / h
        value = (4 * dh2 - dh) / 3
        truncationEstimate = abs(value - dh2)
        step = h
    }

    /// The tolerance on `value`: 2 × the truncation estimate plus the round-off 3ε_f/h of
    /// differencing values known to ±ε_f.
    func tolerance(valueError epsilon: Double) -> Tolerance {
        Tolerance(2 * truncationEstimate + 3 * epsilon / step,
                  "Richardson-extrapolated central difference (h = \(shortNumber(step))): 2·|R − D(h/2)| + 3ε_J/h with ε_J = \(shortNumber(epsilon))")
    }
}
