import Foundation
import GSLKit

/// An energy-based team policy Π_s^{θ_s}(h(s) | µ(s)) ∝ exp(E_s(µ(s), h(s); θ_s)) over
/// h(s) ∈ P_{Nµ(s)}(A) (ltde (4.4)), with its energy gradient ∇_{θ_s}E_s.
protocol TeamEnergy: Sendable {
    /// The number of entries of θ_s.
    func parameterCount(team s: Int) -> Int
    /// E_s for n_s = n agents taking the team-action counts c.
    func energy(team s: Int, count n: Int, teamAction c: [Int], theta: [Double]) -> Double
    /// ∇_{θ_s} E_s.
    func energyGradient(team s: Int, count n: Int, teamAction c: [Int], theta: [Double]) -> [Double]
}

/// The tabular energy E_s(n, c) = θ_s[n, c]: one parameter per (n_s, c_s) (a Gibbs team policy
/// whose features are one-hot; a special case of (4.4)).
struct TabularTeamEnergy: TeamEnergy {
    let space: TeamConfigurations
    /// offsets[n]: the first parameter of count n.
    private let offsets: [Int]

    init(space: TeamConfigurations) {
        self.space = space
        var o: [Int] = [], total = 0
        for n in 0...space.agentCount { o.append(total); total += space.teamActions[n].count }
        offsets = o
    }

    func parameterCount(team s: Int) -> Int { offsets.last! + space.teamActions[space.agentCount].count }

    func energy(team s: Int, count n: Int, teamAction c: [Int], theta: [Double]) -> Double {
        theta[offsets[n] + space.teamActions[n].firstIndex(of: c)!]
    }

    func energyGradient(team s: Int, count n: Int, teamAction c: [Int], theta: [Double]) -> [Double] {
        var g = [Double](repeating: 0, count: theta.count)
        g[offsets[n] + space.teamActions[n].firstIndex(of: c)!] = 1
        return g
    }
}

/// The neural energy of ltde's actor (4.4)–(4.6): E_s = τ f(ζ_s; θ_s) with ζ_s = (µ(s), h(s)) ∈ ℝ^{1+m}
/// and the two-layer ReLU network f(ζ; θ) = (1/√M) Σ_m ReLU(ζᵀ[θ]_m) = φ_θ(ζ)ᵀθ (4.5) (b_m = 1, as
/// the text fixes it), [φ_θ]_m(ζ) = (1/√M) 1{ζᵀ[θ]_m > 0} ζ (4.6); θ_s is M × (1+m), row-major.
struct NeuralTeamEnergy: TeamEnergy {
    let space: TeamConfigurations
    /// M.
    let width: Int
    /// τ.
    let temperature: Double

    var inputDimension: Int { 1 + space.actionCount }

    func parameterCount(team s: Int) -> Int { width * inputDimension }

    /// ζ_s = (n/N, c/n) (h(s) := 1/m for an empty team, as `TeamConfigurations.localFeature`).
    func input(count n: Int, teamAction c: [Int]) -> [Double] {
        [Double(n) / Double(space.agentCount)] + c.map { n == 0 ? 1 / Double(c.count) : Double($0) / Double(n) }
    }

    /// φ_θ(ζ) (4.6), flat like θ.
    func features(_ zeta: [Double], theta: [Double]) -> [Double] {
        let d = inputDimension, scale = 1 / Double(width).squareRoot()
        var out = [Double](repeating: 0, count: width * d)
        for m in 0..<width {
            var pre = 0.0
            for j in 0..<d { pre += zeta[j] * theta[m * d + j] }
            if pre > 0 { for j in 0..<d { out[m * d + j] = scale * zeta[j] } }
        }
        return out
    }

    /// f(ζ; θ) (4.5).
    func network(_ zeta: [Double], theta: [Double]) -> Double { Vector.dot(features(zeta, theta: theta), theta) }

    func energy(team s: Int, count n: Int, teamAction c: [Int], theta: [Double]) -> Double {
        temperature * network(input(count: n, teamAction: c), theta: theta)
    }

    func energyGradient(team s: Int, count n: Int, teamAction c: [Int], theta: [Double]) -> [Double] {
        features(input(count: n, teamAction: c), theta: theta).map { temperature * $0 }
    }

    /// min over the inputs ζ of team laws and rows m of |ζᵀ[θ]_m| / max_j ζ_j: how far θ is from a
    /// kink of the ReLU energy (∞ when every input is 0).
    func kinkDistance(theta: [Double]) -> Double {
        let d = inputDimension
        var out = Double.infinity
        for n in 1...space.agentCount {
            for c in space.teamActions[n] {
                let zeta = input(count: n, teamAction: c)
                let top = zeta.max()!
                for m in 0..<width {
                    var pre = 0.0
                    for j in 0..<d { pre += zeta[j] * theta[m * d + j] }
                    out = min(out, abs(pre) / top)
                }
            }
        }
        return out
    }
}

extension TeamPolicy {
    /// Π_s^{θ_s} ∝ exp(E_s(·; θ_s)) for every team.
    static func gibbs(_ energy: any TeamEnergy, theta: [[Double]], space: TeamConfigurations) -> TeamPolicy {
        gibbs(space: space) { s, n, c in energy.energy(team: s, count: n, teamAction: c, theta: theta[s]) }
    }
}
