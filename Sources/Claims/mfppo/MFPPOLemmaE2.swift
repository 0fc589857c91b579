import Foundation
import GSLKit

extension MFPPOClaims {
    /// mfppo, Lemma E.2 (App. E.1): E_init‖ḡ_β − ḡ⁰_β‖² ≤ O(R_β³/m^{1/2}), for the evaluation problem,
    /// exactly over ρ, P, π for each initialisation (16), β = β(0) + R u as in mfppo.lemE.1.
    static let lemmaE2 = Claim(
        id: "mfppo.lemE.2", paper: .mfppo, source: "Lemma E.2 (App. E.1)",
        statement: "With Assumption 2, 3 and 4, we have E_init‖ḡ_β − ḡ⁰_β‖² ≤ O(R_β³/m^{1/2}).",
        hypotheses: "As mfppo.lemE.1; the evaluation problem (μ = γ, τ = 1 − γ, ξ = r, ρ = σ_k); m = 16 … 4096; 16 initialisations.",
        kind: .rate,
        check: ClaimCheck(family: linearizationFamily) { x in
            let setup = try EvaluationSetup(x, realizable: false)
            let problem = setup.problem(), radius = try x.scalar("radius"), q = try x.scalar("concentration")
            let errors = widths.map { m in
                initialisationAverage(seed: x.seed, count: 16, label: { "m\(m)/\($0)" }, localStates: problem.localStates, actions: problem.actions,
                                      width: m, radius: radius, concentration: q) { network, beta in
                    let diff = Vector.difference(populationSemiGradient(problem, network, beta, gates: .current),
                                                 populationSemiGradient(problem, network, beta, gates: .initial))
                    return Vector.dot(diff, diff)
                }
            }
            return Evaluation(rate: RateObservation(x: widths.map(Double.init), y: errors, claimedExponent: -0.5, kind: .atMost, xLabel: "m (width)",
                                                    yLabel: "E_init‖ḡ_β − ḡ⁰_β‖²"),
                              quantities: [NamedValue("R", radius), NamedValue("q", q), NamedValue("γ = μ", problem.mu)])
        },
        defaultInstances: 3)
}
