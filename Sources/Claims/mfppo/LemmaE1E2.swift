import Foundation
import GSLKit

extension MFPPOClaims {
    /// The widths of the m-rate claims: 16 … 4096.
    static let widths = (4...12).map { 1 << $0 }

    /// β(0) + R·u/‖u‖ with u Gaussian on ⌈m^q⌉ randomly chosen neurons (q = 1: spread over all, q = 0:
    /// one neuron carries the whole displacement).
    static func displacedParameters(_ network: MeanPoolNetwork, radius: Double, concentration q: Double, rng: RandomSource) -> [Double] {
        let m = network.width, d = network.dimension
        let count = max(1, min(m, Int(pow(Double(m), q).rounded(.up))))
        let chosen = Set(rng.permutation(m).prefix(count))
        var u = [Double](repeating: 0, count: m * d)
        for j in chosen { for c in 0..<d { u[j * d + c] = rng.normal() } }
        return network.displaced(by: u, radius: radius)
    }

    static let linearizationFamily = EvaluationSetup.family("evaluation problems with a displacement radius R and a concentration q", realizable: false) { rng, x in
        x.scalars["radius"] = rng.uniform(0.5, 2)
        x.scalars["concentration"] = rng.uniform(0, 1)
    }

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
            let errors = widths.map { m -> Double in
                (0..<16).reduce(0.0) { acc, r in
                    let rng = RandomSource(seed: SeedSequence.derive(x.seed, "m\(m)/\(r)"))
                    let network = MeanPoolNetwork(localStates: problem.localStates, actions: problem.actions, width: m, rng: rng)
                    let beta = displacedParameters(network, radius: radius, concentration: q, rng: rng)
                    return acc + SemiGradientProblem.meanSquare(problem.values(network: network, beta, gates: .initial),
                                                                problem.values(network: network, beta), weights: problem.sampling) / 16
                }
            }
            let d = Double(2 * problem.localStates + problem.actions)
            return Evaluation(rate: RateObservation(x: widths.map(Double.init), y: errors, claimedExponent: -0.5, kind: .atMost, xLabel: "m (width)",
                                                    yLabel: "E_{init,ρ}|F⁰_β − F_β|²"),
                              quantities: [NamedValue("R", radius), NamedValue("q (displacement on ⌈m^q⌉ neurons)", q), NamedValue("d", d),
                                           NamedValue("E‖β_j(0)‖^{-2} = d/(d−2)", d / (d - 2))])
        },
        defaultInstances: 3)

    /// ḡ_β = E_ρ[(F_β − τξ − μ E F_β(x', ā')) ∇_β F_β] (gates at β) or ḡ⁰_β (gates at β(0)), in ℝ^{md}.
    static func populationSemiGradient(_ problem: SemiGradientProblem, _ network: MeanPoolNetwork, _ beta: [Double],
                                       gates: MeanPoolNetwork.Gates) -> [Double] {
        let values = problem.values(network: network, beta, gates: gates), nA = problem.actions
        var g = [Double](repeating: 0, count: beta.count)
        for i in 0..<(problem.model.stateCount * nA) where problem.sampling[i] > 0 {
            let x = i / nA, a = i % nA
            let next = problem.mu == 0 ? 0 : Vector.dot(problem.nextValueWeights(x, a), values)
            let delta = values[i] - problem.target[i] - problem.mu * next
            network.addGradient(into: &g, beta, problem.model.localState(of: x), problem.model.meanField(of: x), a,
                                scale: problem.sampling[i] * delta, gates: gates)
        }
        return g
    }

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
            let errors = widths.map { m -> Double in
                (0..<16).reduce(0.0) { acc, r in
                    let rng = RandomSource(seed: SeedSequence.derive(x.seed, "m\(m)/\(r)"))
                    let network = MeanPoolNetwork(localStates: problem.localStates, actions: problem.actions, width: m, rng: rng)
                    let beta = displacedParameters(network, radius: radius, concentration: q, rng: rng)
                    let diff = Vector.difference(populationSemiGradient(problem, network, beta, gates: .current),
                                                 populationSemiGradient(problem, network, beta, gates: .initial))
                    return acc + Vector.dot(diff, diff) / 16
                }
            }
            return Evaluation(rate: RateObservation(x: widths.map(Double.init), y: errors, claimedExponent: -0.5, kind: .atMost, xLabel: "m (width)",
                                                    yLabel: "E_init‖ḡ_β − ḡ⁰_β‖²"),
                              quantities: [NamedValue("R", radius), NamedValue("q", q), NamedValue("γ = μ", problem.mu)])
        },
        defaultInstances: 3)
}
