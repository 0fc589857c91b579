import Divergences

/// ddpl's Lemma B.5 speaks of normals by mean and variance; these read `Divergences.GaussianDivergence`
/// (closed forms) in that parametrisation.
enum GaussianDivergences {
    /// KL(N(m1, v1) ‖ N(m2, v2)).
    static func kl(_ m1: Double, _ v1: Double, _ m2: Double, _ v2: Double) throws -> Double {
        GaussianDivergence.kullbackLeibler(try NormalDensity(mean: m1, standardDeviation: v1.squareRoot()),
                                           try NormalDensity(mean: m2, standardDeviation: v2.squareRoot()))
    }

    /// D_TV(N(m1, v1), N(m2, v2)).
    static func totalVariation(_ m1: Double, _ v1: Double, _ m2: Double, _ v2: Double) -> Double {
        GaussianDivergence.totalVariation(mean: m1, variance: v1, mean: m2, variance: v2)
    }
}
