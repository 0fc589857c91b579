import Foundation
import GSLKit

extension MFPPOClaims {
    /// Theorem E.1's N-dependence: the T → ∞ limit of the linearised (E.5)–(E.6) with N observed agents,
    /// computed exactly, against F⁰_{β*}, N = 1 … 4096.
    static let theoremE1Agents = Claim(
        id: "mfppo.thmE.1.N", paper: .mfppo, source: "Theorem E.1 (App. E)",
        statement: theoremE1Statement,
        reading: "the N-dependence: the T → ∞ limit of the linearised updates with N observed agents is within O(N^{-1/2}) of F⁰_{β*}.",
        hypotheses: theoremE1Hypotheses + " N = 1, 2, 4, …, 4096; exact (the fixed points do not depend on the initialisation once the tangent Gram is positive definite and the ball inactive).",
        kind: .rate,
        check: ClaimCheck(family: theoremE1Family) { x in
            let base = try EvaluationSetup(x, realizable: false)
            let network = MeanPoolNetwork(localStates: base.model.dynamics.localStates, actions: base.model.actionCount, width: 64,
                                          rng: RandomSource(seed: SeedSequence.derive(x.seed, "init0")))
            let (problem, reference, _) = try theoremE1Target(x, base: base, network: network)
            return Evaluation(rate: try sampleLimitObservation(problem, reference: reference, yLabel: "E_ρ(F⁰_{β*,N} − F⁰_{β*})²"),
                              quantities: [NamedValue("γ", base.model.mdp.gamma)])
        },
        defaultInstances: 3)
}
