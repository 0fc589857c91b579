import ExactSolvers
import GSLKit
import MarkovGames

extension MFPPOClaims {
    /// The same statement for any joint policy ν (the proposition does not restrict ν).
    static let proposition22AnyPolicy = Claim(
        id: "mfppo.prop2.2.anyPolicy", paper: .mfppo, source: "Proposition 2.2 (Sec. 2)",
        statement: proposition22Statement,
        reading: "ν any joint policy (no invariance assumed).",
        hypotheses: "mfppo-population games (G1) as in mfppo.prop2.2; ν a random joint policy, rows ~ Dirichlet(0.5).",
        kind: .identity,
        check: ClaimCheck(family: InstanceFamily(description: "mfppo-population games with a random joint policy", admissible: PopulationGameInstances.invarianceReason) { rng in
            let g = try PopulationGameInstances.game(rng)
            return ClaimInstance(game: g, policies: ["nu": .joint(RandomInstances.jointPolicy(g, rng.child("nu"), concentration: 0.5))])
        }) { x in try proposition22Evaluation(x) })
}
