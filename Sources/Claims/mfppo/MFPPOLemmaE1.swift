import Foundation
import GSLKit

extension MFPPOClaims {
    /// mfppo, Lemma E.1 (App. E.1): E_{init,ρ}|F⁰_β − F_β|² ≤ O(R_β³ m^{-1/2}) for β in the ball.
    /// Measured exactly over ρ = σ_k for β = β(0) + R u (u spread over ⌈m^q⌉ neurons), averaged over
    /// 16 initialisations, for m = 16 … 4096; fitted slope in m against −1/2.
    static let lemmaE1 = Claim(
        id: "mfppo.lemE.1", paper: .mfppo, source: "Lemma E.1 (App. E.1)",
        statement: "With Assumption 2 and 3, we have E_{init,ρ}|F⁰_β(s, d_S, ā) − F_β(s, d_S, ā)|² ≤ O(R_β³ m^{-1/2}).",
        hypotheses: "Mean-field MDPs as mfppo.thmE.1 (ρ = σ_k); one-hot features (Assumption 3; d = 2k + |Ā| = 6, E‖β_j(0)‖^{-2} = d/(d−2) = 1.5); R ∈ [0.5, 2], q ∈ [0, 1]; m = 16, 32, …, 4096; 16 initialisations.",
        kind: .rate,
        check: ClaimCheck(family: linearizationFamily) { x in
            let setup = try EvaluationSetup(x, realizable: false)
            let problem = setup.problem(), radius = try x.scalar("radius"), q = try x.scalar("concentration")
            let errors = widths.map { m in
                initialisationAverage(seed: x.seed, count: 16, label: { "m\(m)/\($0)" }, localStates: problem.localStates, actions: problem.actions,
                                      width: m, radius: radius, concentration: q) { network, beta in
                    SemiGradientProblem.meanSquare(problem.values(network: network, beta, gates: .initial),
                                                   problem.values(network: network, beta), weights: problem.sampling)
                }
            }
            let d = Double(2 * problem.localStates + problem.actions)
            return Evaluation(rate: RateObservation(x: widths.map(Double.init), y: errors, claimedExponent: -0.5, kind: .atMost, xLabel: "m (width)",
                                                    yLabel: "E_{init,ρ}|F⁰_β − F_β|²"),
                              quantities: [NamedValue("R", radius), NamedValue("q (displacement on ⌈m^q⌉ neurons)", q), NamedValue("d", d),
                                           NamedValue("E‖β_j(0)‖^{-2} = d/(d−2)", d / (d - 2))])
        },
        defaultInstances: 3)
}
