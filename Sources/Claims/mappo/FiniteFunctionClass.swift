import ExactSolvers
import Foundation
import GSLKit
import MarkovGames

/// A finite class F^m of functions of (s, a^{1:m}) for mappo App. D (general function approximation),
/// built around Q_π^{1:m} for a fixed π: F = {Q + e + c_j h_j : j} ∪ {Q + e}, where every h_j has
/// Σ_b π^{1:m}(b|s)h_j(s,b) = 0 at every s, so T_π^{1:m}(Q + e + c h_j) = Q + γP^{1:m}Π_π e for every member.
/// With e = 0 the class is realizable and complete (C_F = 0 exactly); with e ≠ 0 both constants of
/// Assumptions D.2–D.3 are positive and computed. The scales c_j are log-uniform over three decades and
/// keep |f| ≤ 1/(1−γ) (Assumption D.1, (15)).
struct FiniteFunctionClass {
    let members: [[Double]]
    /// T_π f (the same for every member).
    let image: [Double]
    /// inf_f sup_ν ‖f − Tf‖²_{2,ν} = min_f ‖f − Tf‖²_∞ (Assumption D.2; sup over all distributions).
    let realizability: Double
    /// sup_f inf_{f'} ‖f' − Tf‖²_{2,μ} (Assumption D.3).
    let completeness: Double
    /// f_π = argmin_f sup_ν ‖f − T f‖²_{2,ν} (Lemma D.4).
    let best: Int

    init(setup: Section5Instances.Setup, offset: Double, count: Int, _ rng: RandomSource) {
        let q = setup.q.tables[setup.m], width = setup.op.prefixPolicy.count / setup.game.stateCount
        let pi = setup.op.prefixPolicy, top = 1 / (1 - setup.game.gamma)
        let e = (0..<q.count).map { _ in offset * rng.uniform(-1, 1) * top }
        var members: [[Double]] = [Vector.difference(q, e.map { -$0 })]
        for _ in 0..<count {
            var h = (0..<q.count).map { _ in rng.normal() }
            for s in 0..<setup.game.stateCount {
                var mean = 0.0
                for b in 0..<width { mean += pi[s * width + b] * h[s * width + b] }
                for b in 0..<width { h[s * width + b] -= mean }
            }
            // The largest c with |Q + e + c h| ≤ 1/(1−γ), times a log-uniform fraction in [10⁻³, 1], so
            // that members lie at every distance from Q down to the statistical resolution of the data.
            var cMax = Double.infinity
            for j in q.indices where h[j] != 0 {
                let base = q[j] + e[j]
                cMax = min(cMax, h[j] > 0 ? (top - base) / h[j] : (-top - base) / h[j])
            }
            let c = exp(rng.uniform(log(1e-3), 0)) * max(cMax, 0)
            members.append(q.indices.map { q[$0] + e[$0] + c * h[$0] })
        }
        let image = setup.op.apply(members[0])
        let population = setup.population
        var real = Double.infinity, bestIndex = 0, compl = Double.infinity
        for (i, f) in members.enumerated() {
            let r = Vector.infinityNorm(Vector.difference(f, image))
            if r * r < real { real = r * r; bestIndex = i }
            let c = population.norm(Vector.difference(f, image))
            compl = min(compl, c * c)
        }
        self.members = members
        self.image = image
        realizability = real
        completeness = compl
        best = bestIndex
    }

    /// C_F = max of the two constants (both assumptions hold with it).
    var constant: Double { max(realizability, completeness) }

    /// E^{1:m}(f, π) = L(f,f,π) − min_{f'∈F} L(f',f,π) on a data set (the within-cell variance cancels).
    func bellmanError(_ f: [Double], data: BellmanData, prefixPolicy: [Double], gamma: Double) -> Double {
        let width = data.cellCount / data.stateCount
        let v = (0..<data.stateCount).map { s in (0..<width).reduce(0.0) { $0 + prefixPolicy[s * width + $1] * f[s * width + $1] } }
        let targets = (0..<data.cellCount).map { c in
            data.meanRewards[c] + gamma * (0..<data.stateCount).reduce(0.0) { $0 + data.nextStates[c * data.stateCount + $1] * v[$1] }
        }
        func loss(_ g: [Double]) -> Double {
            var s = 0.0
            for c in 0..<data.cellCount { s += data.weights[c] * (g[c] - targets[c]) * (g[c] - targets[c]) }
            return s
        }
        return loss(f) - members.map(loss).min()!
    }
}

extension Section5Instances {
    /// Instances of App. D: Section5Instances plus the class seed (in the instance seed).
    static let finiteClassFamily = family()
}
