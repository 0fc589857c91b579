import Foundation
import GSLKit

extension MFPPOClaims {
    /// mfppo, Lemma E.3 (App. E.1): there exists ς² = O(R_β²) with E_{init,…}‖g_β − ḡ_β‖² ≤ ς². Exact over
    /// ρ, P, π at β = β(0) + R u (u Gaussian), averaged over 8 initialisations (m = 64), R = 1 … 256;
    /// fitted slope in R against 2.
    static let lemmaE3 = Claim(
        id: "mfppo.lemE.3", paper: .mfppo, source: "Lemma E.3 (App. E.1)",
        statement: "With Assumption 4, there exists ς² = O(R_β²), such that: E_{init,s,d_S,ā,s',d'_S,ā'}‖g_β(s, d_S, ā, s', d'_S, ā') − ḡ_β‖² ≤ ς².",
        hypotheses: "Evaluation problems on mean-field MDPs (as mfppo.thmE.1, ρ = σ_k, generic reward); m = 64; β = β(0) + R u, R = 1, 2, 4, …, 256; 8 initialisations.",
        kind: .rate,
        check: ClaimCheck(family: varianceFamily) { x in
            let problem = try EvaluationSetup(x, realizable: false).problem()
            let y = radii.map { radius in
                initialisationAverage(seed: x.seed, count: 8, label: { "init\($0)" }, localStates: problem.localStates, actions: problem.actions,
                                      width: 64, radius: radius, concentration: 1) { semiGradientVariance(problem, $0, $1) }
            }
            return Evaluation(rate: RateObservation(x: radii, y: y, claimedExponent: 2, kind: .atMost, xLabel: "R_β", yLabel: "E‖g_β − ḡ_β‖²"),
                              quantities: [NamedValue("γ = μ", problem.mu)],
                              notes: ["at β = β(0) the variance is O(1) (E_init f²_{β(0)} ≤ 1), so the O(R²) of the lemma speaks about R ≥ 1"])
        },
        defaultInstances: 2)
}
