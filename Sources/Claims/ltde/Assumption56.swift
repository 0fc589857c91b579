import Divergences
import Foundation
import GSLKit

extension LTDEClaims {
    /// The configurations that are recurrent for a chain on Ξ (those x with x ∈ R(y) for every
    /// y ∈ R(x), R the reachability sets of the support graph): the support of every stationary law.
    static func recurrentConfigurations(_ chain: TeamChain) -> [Bool] {
        let n = chain.space.count
        let successors = (0..<n).map { i in (0..<n).filter { chain.transition[i, $0] > 0 } }
        let reach: [Set<Int>] = (0..<n).map { start in
            var seen: Set<Int> = [start], stack = [start]
            while let u = stack.popLast() { for v in successors[u] where !seen.contains(v) { seen.insert(v); stack.append(v) } }
            return seen
        }
        return (0..<n).map { x in reach[x].allSatisfy { reach[$0].contains(x) } }
    }

    /// ltde, Assumption 5.6: E_{ν_θ}[(dσ_θ/dν_θ)²] ≤ D² for every Π^θ. A finite D needs σ_θ ≪ ν_θ; left
    /// side: σ_θ of the configurations no stationary law charges (the transient ones, found from the
    /// support graph of P^Π); right side 0. Beside it, D² = Σ σ²/ν is compared with 1 + χ²(σ‖ν) and
    /// exp(D₂(σ‖ν)) from the Divergences module when σ ≪ ν.
    static func assumption56(sparseKernels: Bool) -> Claim {
        Claim(
            id: "ltde.asm5.6" + (sparseKernels ? ".sparseKernels" : ""), paper: .ltde, source: "Assumption 5.6 (Sec. 5)",
            statement: "There exists an absolute constant D > 0 such that for every Π^θ, the stationary distribution ν_θ and the state-action visitation measure σ_θ satisfy E_{ν_θ}[(dσ_θ/dν_θ(µ, h))²] ≤ D², where dσ_θ/dν_θ is the Radon–Nikodym derivative of σ_θ with respect to ν_θ.",
            reading: "a finite D requires σ_θ ≪ ν_θ; checked as σ_θ(transient configurations) = 0, with D² = Σ_ξ σ_θ(ξ)²/ν_θ(ξ) = 1 + χ²(σ_θ‖ν_θ) = exp(D₂(σ_θ‖ν_θ)) reported",
            hypotheses: sparseKernels
                ? "neural actor (M = 4) on path/ring graphs with k ∈ {3, 4}, N = 2, whose kernels (2.7) are deterministic moves to one neighbour for some (x, a) (support in N_x, as (2.7) allows); P₀ = law of µ under uniform profiles"
                : "neural actor family (M = 4): softmax kernels with full support on each N_x; P₀ = law of µ under uniform profiles",
            kind: .identity,
            check: ClaimCheck(family: sparseKernels ? sparseKernelFamily : neuralActorFamily) { x in
                let instance = try GibbsInstance(x)
                let pg = try instance.gradient(reading: .printed)
                let recurrent = recurrentConfigurations(pg.chain)
                let transientMass = (0..<pg.space.count).reduce(0.0) { $0 + (recurrent[$1] ? 0 : pg.sigma[$1]) }
                var measurements = [Measurement("σ_θ(transient configurations)", lhs: transientMass, .equal, rhs: 0,
                                                tolerance: .roundoff(scale: 1, operations: pg.space.count, what: "σ_θ by one solve"))]
                var quantities = [NamedValue("transient configurations", Double(recurrent.filter { !$0 }.count)), NamedValue("|Ξ|", Double(pg.space.count))]
                if transientMass == 0 {
                    let nu = try pg.chain.stationaryDistribution()
                    let direct = zip(pg.sigma, nu).reduce(0.0) { $0 + ($1.1 > 0 ? $1.0 * $1.0 / $1.1 : 0) }
                    let p = try DiscreteDistribution(probabilities: pg.sigma), q = try DiscreteDistribution(probabilities: nu)
                    let viaChi = 1 + DiscreteDivergence.chiSquared(p, q)
                    measurements.append(Measurement("D² = Σσ²/ν against 1 + χ²(σ‖ν)", lhs: direct, .equal, rhs: viaChi,
                                                    tolerance: .roundoff(scale: direct, operations: 4 * pg.space.count, what: "two sums of σ²/ν")))
                    quantities += [NamedValue("D²", direct), NamedValue("exp(D₂(σ‖ν))", exp(DiscreteDivergence.renyi(p, q, order: 2)))]
                }
                return Evaluation(measurements: measurements, quantities: quantities, notes: [instance.network.description])
            })
    }

    /// The neural actor on models whose kernel is a deterministic move to one neighbour for each
    /// (x, a) with probability ½ (the other logits set to −∞), otherwise the softmax kernel.
    static let sparseKernelFamily = InstanceFamily(
        description: "path or ring graphs with k ∈ {3, 4}, N = 2, m = 2; each (x, a) moves deterministically to a random y ∈ N_x with probability ½; neural actor M = 4; γ ∈ [0.1, 0.95]",
        admissible: GibbsInstance.admissible
    ) { rng in
        var x = try neuralActorFamily.sample(rng)
        let k = try x.integer("nodes"), m = try x.integer("actions")
        let graph = NetworkGraphKind(rawValue: try x.integer("graph"))!.graph(nodes: k, width: try x.integer("width"))
        var logits = try x.vector("logits")
        let moves = rng.child("sparse")
        for y in 0..<k {
            let hood = graph.neighbourhood(of: y, hops: 1)
            for a in 0..<m where moves.uniform() < 0.5 {
                let target = hood[moves.integer(below: hood.count)]
                for z in hood where z != target { logits[(y * m + a) * k + z] = -.infinity }
            }
        }
        x.vectors["logits"] = logits
        return x
    }
}
