import ExactSolvers
import Foundation
import GSLKit

extension MAPPOClaims {
    static let lemmaC3BoundStatement = "Lemma C.3. At each iteration k, there exists a Markov game M_k that has the same dynamics as original M. Let the reward function of M_k be R_k, then ‖R_k^{1:m}(s,a^{1:m}) − R(s,a^{1:m})‖_{2,D^m} ≤ ε_r. Proof: Set R_k = (I − γP)f_k … ‖R_k^{1:m}(s,a^{1:m}) − R(s,a^{1:m})‖_{2,D^m} = ‖f_k − T_{π_k} f_k‖_{2,D^m} ≤ ε_r."

    /// y(n) = 90% quantile over 40 data sets of ‖f − T_π f‖_{2,D^m} for the pessimistic f at λ(n).
    static func lemmaC3Residuals(_ x: ClaimInstance, scaleBy power: Double) throws -> Evaluation {
        let s = try Section5Instances.Setup(x)
        let rng = RandomSource(seed: x.seed)
        let ys = Section5Instances.sizes.map { n in
            let norms = (0..<40).map { r -> Double in
                let data = s.data(size: n, rng.child("n\(n) #\(r)"))
                let f = RangeConstrainedPessimisticEvaluation(data: data, prefixPolicy: s.prefixPolicy, gamma: s.game.gamma, initialState: s.s0,
                                              lambda: s.constants.lambda(n)).estimate
                return data.norm(Vector.difference(f, s.op.apply(f)))
            }
            return Section5Instances.quantile(norms, level: 0.9) / pow(s.constants.logFactor(n), power)
        }
        return Evaluation(rate: RateObservation(x: Section5Instances.sizes.map(Double.init), y: ys, claimedExponent: -power, kind: .atMost,
                                                xLabel: "n", yLabel: "q₀.₉ ‖f − T_π f‖_{2,D^m}"),
                          quantities: [NamedValue("d", Double(s.constants.dimension)), NamedValue("m", Double(s.m))])
    }
}
