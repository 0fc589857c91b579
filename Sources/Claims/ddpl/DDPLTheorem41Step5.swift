import Foundation

extension DDPLClaims {
    /// ddpl, Theorem 4.1 proof, projection step before eq. (36), as printed: projecting the sampler's output
    /// onto A cannot increase its TV to a target supported on A (data processing). Both TVs from the
    /// sampler's output density with exact scores (`ReverseDiffusionDensity`), H ∈ {64, 128}.
    static let theorem41Step5 = Claim(
        id: "ddpl.thm4.1/step5", paper: .ddpl, source: "Theorem 4.1 proof (App. B.2), Step 2, before eq. (36)",
        statement: "Applying Proj_{A_i} to π^{θ̂,noclip}_0 yields π_0^θ̂, and applying it to π* does not change π*, which is supported on A_i; by the data processing inequality, D_TV(π_0*, π_0^θ̂) ≤ D_TV(π_0*, π_0^{θ̂,noclip}).",
        hypotheses: "two-bump Gaussian-mixture target inside A = [−1, 1] (conditioned on A; the mass outside, below 10⁻⁵, is removed), exact scores, schedule (24) with c' = 2, c'' = 4, H ∈ {64, 128}",
        kind: .upperBound,
        check: ClaimCheck(family: mixtureTargetFamily) { x in
            let target = try mixtureTarget(x)
            var measurements: [Measurement] = []
            for h in [64, 128] {
                let output = ReverseDiffusionDensity(target: target, schedule: DDPLNoiseSchedule(horizon: h, cPrime: 2, cDoublePrime: 4))
                let projected = output.projectedTotalVariation(from: target, bound: 1), plain = output.totalVariation(from: target, bound: 1)
                measurements.append(Measurement("H=\(h)", lhs: projected, .lessOrEqual, rhs: plain,
                                                tolerance: .roundoff(scale: plain, operations: 4 * output.grid.count, what: "the grid sums"), trivialBound: 1))
            }
            return Evaluation(measurements: measurements,
                              notes: ["π* has no atoms, so both sides count the mass q_0 puts outside A in full and agree: the step holds with equality here"])
        },
        defaultInstances: 2)
}
