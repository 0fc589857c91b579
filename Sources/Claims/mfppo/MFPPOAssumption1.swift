import Foundation
import GSLKit

extension MFPPOClaims {
    /// mfppo, Assumption 1 (Sec. 4), measured on generic mean-field MDPs: for a policy π ∝ exp(F^A) with
    /// F^A ∈ 𝓕^A (linear in d, the form of every mean-embedding actor), is Q^π ∈ 𝓕^P, i.e. linear in d?
    /// Measured: the best ρ-weighted least-squares fit of the (1−γ)-scaled Q^π by Σ_y d(y) w(s, y, ā) over
    /// every table w (the m → ∞, R → ∞ closure of 𝓕^P), ρ = σ = ν π; the residual E_σ(Q^π − F)² against 0.
    /// An assumption is not a theorem: a violation says that the test bed lies outside it (the checks
    /// that need it, mfppo.lem4.1 and its steps, build rewards for which it holds).
    static let assumption1 = Claim(
        id: "mfppo.asm4.1", paper: .mfppo, source: "Assumption 1 (Sec. 4)",
        statement: "For any policy π induced by F_A ∈ 𝓕^A, we have Q^π ∈ 𝓕^P_{θ,m_Q}.",
        hypotheses: "Mean-field MDPs (G2: N ∈ {3, …, 6}, 2 local states and actions, |Ā| = 4, γ ∈ [0.3, 0.9], pairwise local data linear in d); π ∝ exp(F^A) with F^A(s, d, ā) = Σ_y d(y) w_A(s, y, ā), w_A ~ N(0, 1); Q^π (1−γ)-scaled; 𝓕^P closed to all tables w.",
        kind: .identity,
        check: ClaimCheck(family: MeanFieldInstances.family("mean-field MDPs with an actor-class policy", searchVectors: ["policyEnergy": false], extra: { rng, x in
            let k = try x.integer("localStates"), nA = Int(pow(Double(try x.integer("localActions")), Double(k)))
            x.vectors["policyEnergy"] = (0..<(k * k * nA)).map { _ in rng.normal() }
        })) { x in
            let setup = try EvaluationSetup(x, realizable: false)
            let q = try setup.actionValues()
            let problem = setup.problem()
            let n = problem.featureCount, rows = q.count
            var design = Matrix(rows: rows, columns: n)
            var y = [Double](repeating: 0, count: rows)
            for i in 0..<rows {
                let w = setup.sampling[i].squareRoot()
                let e = problem.embedding(i / problem.actions, i % problem.actions)
                for j in 0..<n { design[i, j] = w * e[j] }
                y[i] = w * q[i]
            }
            guard rows > n else { throw ClaimError.outsideHypotheses("\(rows) state–action pairs for \(n) coefficients") }
            let fit = try LinearLeastSquares(design: design, y: y)
            let scale = Vector.infinityNorm(q)
            return Evaluation(
                measurements: [Measurement("min_w E_σ(Q^π − Σ_y d(y) w(s, y, ā))²", lhs: fit.residualSumOfSquares, .equal, rhs: 0,
                                           tolerance: .roundoff(scale: scale * scale, operations: rows * n, what: "the weighted least-squares fit")
                                            + .discounted(setup.model.mdp, scale: scale, solves: 2, what: "Q^π (squared error)"))],
                quantities: [NamedValue("E_σ Q²", zip(q, setup.sampling).reduce(0) { $0 + $1.1 * $1.0 * $1.0 }), NamedValue("coefficients", Double(n)),
                             NamedValue("state–action pairs", Double(rows)), NamedValue("N", Double(setup.model.dynamics.agents)), NamedValue("γ", setup.model.mdp.gamma)])
        })
}
