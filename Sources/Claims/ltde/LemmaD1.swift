import Foundation
import GSLKit

/// The linearised critic class F_{R,M} of ltde (D.4) for team s at hops k: Q_0(ζ; ω) = φ_{ω(0)}(ζ)ᵀω =
/// (1/√M) Σ_m 1{[ω(0)]_mᵀζ > 0} ω_mᵀζ with ‖ω − ω(0)‖_∞ ≤ R/√M, and the L2(ν) projection onto it.
struct LinearisedCriticClass: Sendable {
    let width: Int
    let radius: Double
    let initial: [Double]
    /// The classes of equal ζ_s^k and the features φ_{ω(0)}(ζ) of each class.
    let classes: [[Int]]
    let features: [[Double]]

    init(space: TeamConfigurations, team s: Int, hops k: Int, width: Int, radius: Double, rng: RandomSource) {
        let ball = space.graph.neighbourhood(of: s, hops: k)
        let classes = space.classes { space.key($0, nodes: ball) }
        let scale = 1 / Double(1 + ball.count).squareRoot()
        let inputs = classes.map { space.localizedFeature($0[0], ball: ball).map { $0 * scale } }
        let d = inputs[0].count
        let initial = (0..<(width * d)).map { _ in rng.normal(standardDeviation: 1 / Double(d).squareRoot()) }
        self.width = width
        self.radius = radius
        self.initial = initial
        self.classes = classes
        features = inputs.map { zeta in
            (0..<width).flatMap { m -> [Double] in
                let pre = (0..<d).reduce(0.0) { $0 + zeta[$1] * initial[m * d + $1] }
                return pre > 0 ? zeta.map { $0 / Double(width).squareRoot() } : [Double](repeating: 0, count: d)
            }
        }
    }

    var box: (lower: [Double], upper: [Double]) {
        let r = radius / Double(width).squareRoot()
        return (initial.map { $0 - r }, initial.map { $0 + r })
    }

    /// Q_0(·; ω) extended to Ξ.
    func function(_ omega: [Double], count n: Int) -> [Double] {
        var out = [Double](repeating: 0, count: n)
        for (c, members) in classes.enumerated() {
            let v = Vector.dot(features[c], omega)
            for xi in members { out[xi] = v }
        }
        return out
    }

    /// Proj_{F_{R,M}} g in L2(ν), with the bound √gap on the L2(ν) error of the computed projection.
    func project(_ g: [Double], nu: [Double]) -> (function: [Double], errorBound: Double) {
        let mass = classes.map { $0.reduce(0.0) { $0 + nu[$1] } }
        let means = classes.enumerated().map { c, members in
            mass[c] > 0 ? members.reduce(0.0) { $0 + nu[$1] * g[$1] } / mass[c] : 0
        }
        let b = box
        let scale = zip(mass, means).reduce(0.0) { $0 + $1.0 * $1.1 * $1.1 }
        let fit = BoxQuadraticProgram.leastSquares(rows: features, targets: means, weights: mass, lower: b.lower, upper: b.upper)
            .solve(gapTolerance: 1e-16 * max(scale, 1e-300), maxIterations: 20_000)
        return (function(fit.point, count: g.count), fit.gap.squareRoot())
    }
}

extension LTDEClaims {
    static let lemmaD1Statement = "For any b ∈ ℝ^M and ω(0) ∈ ℝ^{M×d_{ζ_s^k}}, there exists an ω* such that Q_0(·; ω*) ∈ F_{R,M} is unique almost everywhere in F_{R,M} and is the global minimizer of MSPBE that corresponds to the projection onto F_{R,M} in (D.6). [Proof: ‖T_s^θ Q₁ − T_s^θ Q₂‖²_{L2(ν_θ)} ≤ γ² E_{ζ'~ν_θ}[(Q₁(ζ') − Q₂(ζ'))²] = γ²‖Q₁ − Q₂‖²_{L2(ν_θ)}, since ζ' and ζ have the same stationary distribution ν_θ; Proj_{F_{R,M}} is non-expansive (D.3), so Proj_{F_{R,M}} T_s^θ is a γ-contraction in L2(ν_θ).]"

    /// ltde, Lemma D.1, the contraction of T_s^θ in L2(ν_θ): ‖TQ₁ − TQ₂‖_{L2(ν)} ≤ γ‖Q₁ − Q₂‖_{L2(ν)} for
    /// Q₁, Q₂ with i.i.d. N(0, 1) entries on Ξ, ν exact. As harness controls, the same ratio under σ_θ
    /// and the uniform weighting (no contraction is claimed there) is reported.
    static func lemmaD1(_ reading: BellmanReading) -> Claim {
        Claim(
            id: "ltde.lemD.1" + (reading == .next ? "" : ".printed"), paper: .ltde, source: "Lemma D.1 (App. D.1.2) and its proof",
            statement: lemmaD1Statement,
            reading: "\(reading.phrase); the contraction in L2(ν_θ) on arbitrary Q₁, Q₂ on Ξ",
            hypotheses: "path family of ltde.lem3.5; Π ∈ U from a random π; ν_θ the exact stationary law of P^Π; reward r_0 (printed)",
            kind: .upperBound,
            check: ClaimCheck(family: networkFamily(.path)) { x in
                let problem = try TeamProblem(x)
                let nu = try problem.chain.stationaryDistribution()
                let sigma = try problem.chain.visitation(initialMeasures: problem.space.uniformProfileLaw)
                let uniform = [Double](repeating: 1 / Double(problem.space.count), count: problem.space.count)
                let rng = RandomSource(seed: x.seed).child("Q")
                let n = problem.space.count
                let op = TeamBellmanOperator(problem: problem, reading: reading)
                let r = problem.rewards(.printed).values[0]
                var measurements: [Measurement] = [], sigmaRatio = 0.0, uniformRatio = 0.0
                for trial in 0..<4 {
                    let q1 = (0..<n).map { _ in rng.normal() }, q2 = (0..<n).map { _ in rng.normal() }
                    let diff = Vector.difference(op.apply(q1, reward: r), op.apply(q2, reward: r))
                    let base = Vector.difference(q1, q2)
                    measurements.append(Measurement("trial \(trial)", lhs: l2Norm(diff, weights: nu), .lessOrEqual, rhs: problem.gamma * l2Norm(base, weights: nu),
                                                    tolerance: .roundoff(scale: l2Norm(base, weights: nu), operations: 4 * n, what: "T applied twice and two weighted norms")))
                    sigmaRatio = max(sigmaRatio, l2Norm(diff, weights: sigma) / l2Norm(base, weights: sigma))
                    uniformRatio = max(uniformRatio, l2Norm(diff, weights: uniform) / l2Norm(base, weights: uniform))
                }
                return Evaluation(measurements: measurements,
                                  quantities: [NamedValue("γ", problem.gamma), NamedValue("control: max ratio in L2(σ_θ)", sigmaRatio),
                                               NamedValue("control: max ratio in L2(uniform)", uniformRatio)],
                                  notes: [problem.instance.description])
            })
    }

    /// ltde, Lemma D.1, the contraction of Proj_{F_{R,M}} T_s^θ on F_{R,M} (D.4) (M = 4, R = 2, k = 1,
    /// team 0), which gives the unique fixed point Q_0(·; ω*): ‖Proj T Q₁ − Proj T Q₂‖_{L2(ν)} ≤ γ‖Q₁ − Q₂‖_{L2(ν)}
    /// for Q₁, Q₂ ∈ F_{R,M} at random points of the box; projections by `BoxQuadraticProgram.leastSquares` with their
    /// certified error.
    static let lemmaD1Projected = Claim(
        id: "ltde.lemD.1.projected", paper: .ltde, source: "Lemma D.1 (App. D.1.2), (D.2)–(D.6)",
        statement: lemmaD1Statement,
        reading: "the contraction of Proj_{F_{R,M}} T_s^θ in L2(ν_θ) on F_{R,M} (the uniqueness of the fixed point follows by Banach's theorem); (3.13) with h' ~ Π(·|µ')",
        hypotheses: "path family of ltde.lem3.5; F_{R,M} (D.4) for team 0, k = 1, M = 4, R = 2, ω(0) ~ N(0, I/d), inputs scaled to ‖ζ‖ ≤ 1; Q₁, Q₂ at uniform random points of the box; reward r_0 (printed)",
        kind: .upperBound,
        check: ClaimCheck(family: InstanceFamily(
            description: networkFamily(.path).description + "; the search draws further random instances only (each measurement solves six box-constrained projections)",
            admissible: NetworkedInstance.admissible,
            sample: networkFamily(.path).sample
        )) { x in
            let problem = try TeamProblem(x)
            let nu = try problem.chain.stationaryDistribution()
            let rng = RandomSource(seed: x.seed).child("class")
            let fClass = LinearisedCriticClass(space: problem.space, team: 0, hops: 1, width: 4, radius: 2, rng: rng.child("init"))
            let op = TeamBellmanOperator(problem: problem, reading: .next)
            let r = problem.rewards(.printed).values[0]
            let b = fClass.box, n = problem.space.count
            var measurements: [Measurement] = []
            for trial in 0..<3 {
                let w1 = (0..<b.lower.count).map { rng.uniform(b.lower[$0], b.upper[$0]) }
                let w2 = (0..<b.lower.count).map { rng.uniform(b.lower[$0], b.upper[$0]) }
                let q1 = fClass.function(w1, count: n), q2 = fClass.function(w2, count: n)
                let p1 = fClass.project(op.apply(q1, reward: r), nu: nu), p2 = fClass.project(op.apply(q2, reward: r), nu: nu)
                let distance = l2Norm(Vector.difference(q1, q2), weights: nu)
                measurements.append(Measurement("trial \(trial)", lhs: l2Norm(Vector.difference(p1.function, p2.function), weights: nu), .lessOrEqual,
                                                rhs: problem.gamma * distance,
                                                tolerance: Tolerance(p1.errorBound + p2.errorBound, "√(Frank–Wolfe gap) of each box least-squares projection")
                                                    + .roundoff(scale: distance, operations: 4 * n, what: "T and two weighted norms")))
            }
            return Evaluation(measurements: measurements, quantities: [NamedValue("γ", problem.gamma), NamedValue("classes of ζ_0^1", Double(fClass.classes.count))],
                              notes: [problem.instance.description])
        })
}
