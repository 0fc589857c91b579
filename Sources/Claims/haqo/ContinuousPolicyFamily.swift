import Foundation
import GSLKit

/// One-dimensional continuous action laws of the kind Prop. 5.3 speaks about: the policy a
/// diffusion actor produces when it minimises J^ent alone (the uniform law U[−1,1], whose Bayes
/// denoiser minimises (9)) or together with a Q-weighted term (a mixture w·U[−1,1] + (1−w)·G with
/// G a Gaussian mixture: the multimodal policies diffusion actors are meant to represent).
enum ContinuousPolicyFamily {
    /// The law stored under `suffix`: vectors "weights<suffix>" (the uniform weight first, then one
    /// per Gaussian), "means<suffix>" and "logScales<suffix>".
    static func law(_ x: ClaimInstance, suffix: String = "") throws -> ScalarActionLaw {
        let w = try x.vector("weights" + suffix), mu = try x.vector("means" + suffix), logS = try x.vector("logScales" + suffix)
        guard w.count == mu.count + 1, mu.count == logS.count else { throw ClaimError.missing("consistent mixture vectors '\(suffix)'") }
        let total = w.reduce(0, +)
        return ScalarActionLaw(components: [.uniform(lower: -1, upper: 1)] + zip(mu, logS).map { .gaussian(mean: $0, standardDeviation: exp($1)) },
                               weights: w.map { $0 / total })
    }

    /// Draws one law into `instance` under `suffix`: with probability ¼ the pure J^ent minimiser
    /// U[−1,1] (w = 1), otherwise w ~ U(0.05, 1); K ∈ {1,2,3} Gaussians with means in [−1,1], scales
    /// log-uniform in [0.03, 0.5], weights (1−w)·Dirichlet(1).
    static func draw(_ rng: RandomSource, into instance: inout ClaimInstance, suffix: String = "") {
        let k = rng.integer(in: 1...3)
        let w = rng.uniform() < 0.25 ? 1.0 : rng.uniform(0.05, 1)
        instance.vectors["weights" + suffix] = [w] + rng.dirichlet(dimension: k).map { (1 - w) * $0 }
        instance.vectors["means" + suffix] = (0..<k).map { _ in rng.uniform(-1, 1) }
        instance.vectors["logScales" + suffix] = (0..<k).map { _ in rng.uniform(log(0.03), log(0.5)) }
    }

    /// `nil` when every Gaussian scale lies in [1e-3, 10] and the weights are a distribution.
    static func admissible(_ x: ClaimInstance, suffixes: [String] = [""]) -> String? {
        for suffix in suffixes {
            guard let w = x.vectors["weights" + suffix], let s = x.vectors["logScales" + suffix] else { return "missing mixture '\(suffix)'" }
            if w.contains(where: { $0 < 0 }) || w.reduce(0, +) <= 0 { return "mixture weights are not a distribution" }
            if s.contains(where: { $0 < log(1e-3) || $0 > log(10) }) { return "a Gaussian scale outside [1e-3, 10]" }
        }
        return nil
    }

    static func family(laws suffixes: [String] = [""], scalars: [String: ScalarDomain] = [:],
                       drawScalars: @escaping @Sendable (RandomSource) -> [String: Double] = { _ in [:] }) -> InstanceFamily {
        var vectors: [String: Bool] = [:]
        for s in suffixes { vectors["weights" + s] = true; vectors["means" + s] = false; vectors["logScales" + s] = false }
        return InstanceFamily(
            description: "1-D action laws w·U[−1,1] + (1−w)·(mixture of 1–3 Gaussians), w = 1 with probability ¼",
            searchSpace: SearchSpace(scalars: scalars, vectors: vectors),
            admissible: { admissible($0, suffixes: suffixes) }
        ) { rng in
            var x = ClaimInstance(scalars: drawScalars(rng))
            for s in suffixes { draw(rng, into: &x, suffix: s) }
            return x
        }
    }

    /// The uniform law's weight w in a law of this family.
    static func uniformWeight(_ law: ScalarActionLaw) -> Double { law.weights[0] }
}
