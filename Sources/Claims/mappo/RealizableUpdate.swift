import Foundation
import GSLKit
import Learners
import MarkovGames

/// The remark after eq. (4) of mappo Sec. 4.1: "if π̂_{k+1}^m exactly lies in the log-linear function
/// class, i.e. there exists a ϑ ∈ Θ such that π̂_{k+1}^m ∝ exp{ϕᵀϑ}, then we have L(ϑ) = 0".
///
/// An instance builds such a ϑ: for agent m, a direction v and a per-row offset c(s,a^{1:m−1}), the
/// estimate Q̂^{1:m} := β_k(ϕᵀv + c) makes π̂_{k+1}^m ∝ exp(β_k⁻¹Q̂ + ϕᵀθ_k^m) = softmax(ϕᵀϑ) with ϑ = θ_k^m + v
/// (the offset cancels in the softmax), while L(ϑ) = E_{σ_k}[c²]. Stored: the game, raw features
/// `phi1…phiN`, raw `thetaK1…thetaKN` (projected onto the ball of radius R/2), `direction` (projected
/// onto R/2, so ‖ϑ‖ ≤ R), `offset` (one value per row of agent m), β_k, R and the integer `agent`.
struct RealizableUpdate {
    let loss: Double
    /// min of L over every ϑ' with softmax(ϕᵀϑ') = π̂ (ϑ' = ϑ + u, u in the null space U of the
    /// within-row feature differences; the ball constraint is dropped, which can only lower it).
    let smallestLoss: Double
    /// max |π̂ − softmax(ϕᵀϑ)|: the premise "π̂ lies in the class", to round-off.
    let premiseGap: Double
    let nullSpaceDimension: Int

    init(_ x: ClaimInstance) throws {
        let g = try x.requireGame()
        let layout = PrefixLayout(game: g)
        let d = try x.integer("dimension"), m = try x.integer("agent")
        guard (1...layout.agentCount).contains(m) else { throw ClaimError.outsideHypotheses("agent \(m) of \(layout.agentCount)") }
        let beta = try x.scalar("beta"), radius = try x.scalar("radius")
        let features = LogLinearFeatures(layout: layout, dimensions: [Int](repeating: d, count: layout.agentCount),
                                         raw: try (1...layout.agentCount).map { try x.vector("phi\($0)") })
        let thetaK = try (1...layout.agentCount).map { ParameterProjection.euclideanBall(try x.vector("thetaK\($0)"), radius: radius / 2) }
        let v = ParameterProjection.euclideanBall(try x.vector("direction"), radius: radius / 2)
        let offset = try x.vector("offset")
        let k = layout.actionCount(agent: m), rows = layout.rows(agent: m)
        guard offset.count == rows else { throw ClaimError.outsideHypotheses("offset has \(offset.count) entries for \(rows) rows") }
        let law = try StationaryLaw(game: g, policy: features.policy(thetaK))
        let sigma = law.prefixes[m]
        let scoresK = features.scores(agent: m, thetaK[m - 1]), scoresV = features.scores(agent: m, v)
        let qHat = scoresV.indices.map { beta * (scoresV[$0] + offset[$0 / k]) }
        let vartheta = zip(thetaK[m - 1], v).map { $0 + $1 }
        let ideal = RegularizedUpdateObjective.solution(qHat: qHat, scores: scoresK, beta: beta, width: k)
        let inClass = features.table(agent: m, vartheta)
        premiseGap = zip(ideal, inClass).reduce(0) { max($0, abs($1.0 - $1.1)) }
        var l = 0.0
        for j in sigma.indices { let r = scoresV[j] - qHat[j] / beta; l += sigma[j] * r * r }
        loss = l
        // U: null space of the within-row differences ϕ(row,a) − ϕ(row,0).
        var gram = Matrix(rows: d, columns: d)
        for row in 0..<rows {
            let base = features.feature(agent: m, entry: row * k)
            for a in 1..<k {
                let f = features.feature(agent: m, entry: row * k + a)
                let diff = (0..<d).map { f[f.startIndex + $0] - base[base.startIndex + $0] }
                for s in 0..<d { for t in 0..<d { gram.storage[s * d + t] += diff[s] * diff[t] } }
            }
        }
        let trace = (0..<d).reduce(0.0) { $0 + gram[$1, $1] }
        let eigen = try EigenDecomposition(gram)
        let basis = (0..<d).filter { eigen.eigenvalues[$0].magnitude <= 1e-10 * max(trace, 1e-300) }.map { j in eigen.eigenvectors[j].map(\.real) }
        nullSpaceDimension = basis.count
        let rowWeights = law.prefixes[m - 1]
        if basis.isEmpty {
            smallestLoss = loss
        } else {
            // κ(row) = ϕ(row,0)ᵀ(B y): weighted least squares for y against the offsets.
            let r = basis.count
            let design = (0..<rows).map { row -> [Double] in
                let f = features.feature(agent: m, entry: row * k)
                return basis.map { b in (0..<d).reduce(0.0) { $0 + f[f.startIndex + $1] * b[$1] } }
            }
            var normal = Matrix(rows: r, columns: r), rhs = [Double](repeating: 0, count: r)
            for row in 0..<rows {
                for s in 0..<r {
                    rhs[s] += rowWeights[row] * design[row][s] * offset[row]
                    for t in 0..<r { normal.storage[s * r + t] += rowWeights[row] * design[row][s] * design[row][t] }
                }
            }
            let ntrace = (0..<r).reduce(0.0) { $0 + normal[$1, $1] }
            for s in 0..<r { normal.storage[s * r + s] += 1e-14 * max(ntrace, 1e-300) }
            let y = (try? normal.solve(rhs).x) ?? [Double](repeating: 0, count: r)
            var best = 0.0
            for row in 0..<rows {
                let kappa = (0..<r).reduce(0.0) { $0 + design[row][$1] * y[$1] }
                best += rowWeights[row] * (kappa - offset[row]) * (kappa - offset[row])
            }
            smallestLoss = min(best, loss)
        }
    }

    static let family = InstanceFamily(
        description: "random cooperative games (|S| ≤ 3, N ≤ 3, |A| ≤ 3), random log-linear features d ≤ 4, θ_k, and a Q̂ that makes the ideal update exactly log-linear",
        searchSpace: SearchSpace(scalars: ["beta": .positive], vectors: ["direction": false, "offset": false]),
        admissible: { x in (x.scalars["beta"] ?? 0) > 0 ? nil : "β_k must be positive" }
    ) { rng in
        let g = try RandomInstances.cooperativeGame(rng, states: 2...3, agents: 2...3, actions: 2...3, gammas: [0.5, 0.9])
        let layout = PrefixLayout(game: g)
        let d = rng.integer(in: 2...4), m = rng.integer(in: 1...layout.agentCount), radius = 3.0
        var vectors: [String: [Double]] = [:]
        for (i, raw) in LogLinearFeatures.randomRaw(layout, dimension: d, rng).enumerated() { vectors["phi\(i + 1)"] = raw }
        for i in 1...layout.agentCount { vectors["thetaK\(i)"] = (0..<d).map { _ in rng.normal(standardDeviation: 0.5) } }
        vectors["direction"] = (0..<d).map { _ in rng.normal(standardDeviation: 0.5) }
        vectors["offset"] = (0..<layout.rows(agent: m)).map { _ in rng.uniform(-1, 1) }
        return ClaimInstance(game: g, scalars: ["beta": exp(rng.uniform(log(0.5), log(20))), "radius": radius],
                             integers: ["dimension": d, "agent": m], vectors: vectors)
    }
}
