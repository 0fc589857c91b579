import Foundation
import GSLKit

extension MFPPOClaims {
    /// The linearised evaluation problem of one initialisation of a Thm E.1 instance, with w* and β*.
    static func linearizedSetup(_ x: ClaimInstance) throws -> (LinearizedSemiGradient, fixed: [Double], w0: [Double], distance: Double) {
        let base = try EvaluationSetup(x, realizable: false)
        let network = MeanPoolNetwork(localStates: base.model.dynamics.localStates, actions: base.model.actionCount, width: 64,
                                      rng: RandomSource(seed: SeedSequence.derive(x.seed, "init0")))
        let (problem, _, fixed) = try theoremE1Target(x, base: base, network: network)
        return (LinearizedSemiGradient(problem: problem, network: network), fixed, network.localTable(network.initial, gates: .initial),
                try TemporalDifferenceErrors.parameterDistance(network, to: fixed))
    }

    /// A point of the ball B(β(0), R) as a table w = f⁰_β: β = β(0) + R·U^{1/2}·u/‖u‖ (u Gaussian).
    static func randomBallTable(_ lin: LinearizedSemiGradient, radius: Double, rng: RandomSource) -> [Double] {
        let beta = lin.network.displaced(by: lin.network.initial.map { _ in rng.normal() }, radius: radius * rng.uniform().squareRoot())
        return lin.network.localTable(beta, gates: .initial)
    }
}

