import Foundation
import GSLKit

/// The distribution of the network's input features (s, x, ā) of mfppo Sec. 4 under (s, d_S, ā) ~ ρ,
/// x ~ d_S, with the one-hot embedding (e_s, e_x, e_ā)/√3.
struct FeatureDistribution {
    /// p(z) over the features z = (s·k + x)·|Ā| + ā.
    let probabilities: [Double]
    let localStates: Int
    let actions: Int

    init(probabilities: [Double], localStates: Int, actions: Int) {
        self.probabilities = probabilities
        self.localStates = localStates
        self.actions = actions
    }

    init(problem: SemiGradientProblem) {
        var p = [Double](repeating: 0, count: problem.featureCount)
        for i in problem.sampling.indices where problem.sampling[i] > 0 {
            let e = problem.embedding(i / problem.actions, i % problem.actions)
            for z in e.indices { p[z] += problem.sampling[i] * e[z] }
        }
        probabilities = p
        localStates = problem.localStates
        actions = problem.actions
    }

    var dimension: Int { 2 * localStates + actions }

    /// The embedded vector of feature z.
    func vector(_ z: Int) -> [Double] {
        var v = [Double](repeating: 0, count: dimension)
        let a = z % actions, x = (z / actions) % localStates, s = z / (actions * localStates)
        let c = 1 / 3.0.squareRoot()
        v[s] += c; v[localStates + x] += c; v[2 * localStates + a] += c
        return v
    }
}

extension MFPPOClaims {
    static let assumption2Statement = "Reward function r(·) ≤ r̄ for some r̄ > 0. Additionally, there exists c > 0 such that E{1(|zᵀ(s, s', a)| ≤ t)} ≤ c · t/‖z‖₂ for any z ∈ ℝ^d and t > 0."

    static let featureFamily = EvaluationSetup.family("feature distributions of evaluation problems", realizable: false)

    /// mfppo, Assumption 2 (Sec. 4), anti-concentration, as printed: for every z. With finitely many
    /// feature vectors (finite S and A), a unit z orthogonal to the most likely feature φ₀ has
    /// P(|zᵀφ| ≤ t) ≥ p(φ₀) for every t > 0, so c ≥ p(φ₀)/t for all t. Measured: P(|zᵀφ| ≤ t)·‖z‖/t for
    /// that z at t = 10⁻¹ … 10⁻⁷, exactly; a valid c needs it bounded: claimed growth exponent 0 in 1/t.
    static let assumption2 = Claim(
        id: "mfppo.asm4.2", paper: .mfppo, source: "Assumption 2 (Sec. 4)",
        statement: assumption2Statement,
        reading: "anti-concentration for every fixed z (the expectation over the features only).",
        hypotheses: "Features (e_s, e_x, e_ā)/√3 under (s, d, ā) ~ σ_k, x ~ d on mean-field MDPs (as mfppo.thmE.1); z a unit vector orthogonal to the most likely feature (random otherwise); t = 10⁻¹, …, 10⁻⁷.",
        kind: .rate,
        check: ClaimCheck(family: featureFamily) { x in
            let setup = try EvaluationSetup(x, realizable: false)
            let features = FeatureDistribution(problem: setup.problem())
            let top = features.probabilities.indices.max { features.probabilities[$0] < features.probabilities[$1] }!
            let phi0 = features.vector(top)
            let rng = RandomSource(seed: SeedSequence.derive(x.seed, "direction"))
            var z = (0..<features.dimension).map { _ in rng.normal() }
            let along = Vector.dot(z, phi0) / Vector.dot(phi0, phi0)
            z = zip(z, phi0).map { $0 - along * $1 }
            let norm = Vector.twoNorm(z)
            z = z.map { $0 / norm }
            let ts = (1...7).map { pow(10, -Double($0)) }
            let ratios = ts.map { t in
                features.probabilities.indices.reduce(0.0) { acc, f in abs(Vector.dot(z, features.vector(f))) <= t ? acc + features.probabilities[f] : acc } / t
            }
            return Evaluation(rate: RateObservation(x: ts.map { 1 / $0 }, y: ratios, claimedExponent: 0, kind: .atMost, xLabel: "1/t",
                                                    yLabel: "P(|zᵀφ| ≤ t)·‖z‖/t"),
                              quantities: [NamedValue("p(φ₀), most likely feature", features.probabilities[top]), NamedValue("d", Double(features.dimension)),
                                           NamedValue("r̄ = max|r|", setup.model.maxAbsoluteReward)],
                              notes: ["finitely many features: P(|zᵀφ| ≤ t) ≥ p(φ₀) > 0 for z ⊥ φ₀, so no c satisfies the printed inequality as t → 0"])
        },
        defaultInstances: 2)

    /// The anti-concentration read on average over z ~ N(0, I_d/d) (the initialisation distribution, as the
    /// proof of Lemma E.1 applies it to z = β_j(0)): E_z P(|zᵀφ| ≤ t) ≤ c·t·E_z[1/‖z‖]. Closed forms:
    /// E_z P(|zᵀφ| ≤ t) = Σ_φ p(φ) erf(t√d/(√2‖φ‖)), E‖z‖^{-1} = √d Γ((d−1)/2)/(√2 Γ(d/2)); the constant
    /// exhibited is c = √(2d/π) max_φ ‖φ‖^{-1} / E‖z‖^{-1} (from erf(u) ≤ 2u/√π). One measurement per t.
    static let assumption2Averaged = Claim(
        id: "mfppo.asm4.2.averaged", paper: .mfppo, source: "Assumption 2 (Sec. 4), as used in the proof of Lemma E.1",
        statement: assumption2Statement,
        reading: "on average over z ~ N(0, I_d/d): E_z P(|zᵀφ| ≤ t) ≤ c·t·E_z‖z‖^{-1} for every t > 0, with an exhibited c.",
        hypotheses: "As mfppo.asm4.2; t = 10⁻⁸, 10⁻⁷, …, 10².",
        kind: .upperBound,
        check: ClaimCheck(family: featureFamily) { x in
            let setup = try EvaluationSetup(x, realizable: false)
            let features = FeatureDistribution(problem: setup.problem())
            let d = Double(features.dimension)
            let inverseNorm = d.squareRoot() * exp(Special.logGamma((d - 1) / 2) - Special.logGamma(d / 2)) / 2.0.squareRoot()
            let norms = features.probabilities.indices.map { Vector.twoNorm(features.vector($0)) }
            let c = (2 * d / Double.pi).squareRoot() / norms.min()! / inverseNorm
            let ms = (-8...2).map { e -> Measurement in
                let t = pow(10, Double(e))
                let lhs = zip(features.probabilities, norms).reduce(0.0) { $0 + $1.0 * Special.erf(t * d.squareRoot() / (2.0.squareRoot() * $1.1)) }
                return Measurement("t = 1e\(e)", lhs: lhs, .lessOrEqual, rhs: c * t * inverseNorm,
                                   tolerance: .roundoff(scale: max(lhs, 1e-300), operations: 8 * norms.count, what: "Σ p erf"), trivialBound: 1)
            }
            return Evaluation(measurements: ms, quantities: [NamedValue("c", c), NamedValue("E‖z‖^{-1}", inverseNorm), NamedValue("d", d)])
        })

    /// mfppo, Assumption 3 (App. E.1).
    static let assumption3 = Claim(
        notCheckable: "mfppo.asmE.3", paper: .mfppo, source: "Assumption 3 (App. E.1)",
        statement: "We assume ‖(s, x, ā)‖₂ ≤ 1 for all (s, x, ā) ∈ S × S × A.",
        reason: "A requirement on the feature embedding the user chooses, not a statement about mean-field MDPs; MARLCheck's embedding (e_s, e_x, e_ā)/√3 has norm exactly 1 (checked in MFPPOClaimsTests), and every network claim uses it.")
}
