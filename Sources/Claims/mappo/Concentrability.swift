import Divergences

/// The problem-dependent concentrability coefficients of mappo Def. 4.4,
///
///   φ_k^m = ‖ d(ν* π*^{1:m}) / d(ν_k π_k^{1:m}) ‖_{2,σ_k} = ( Σ_{s,a^{1:m}} σ*^{1:m}(s,a^{1:m})² / σ_k^{1:m}(s,a^{1:m}) )^{1/2},
///
/// for m = 0…N (φ^0 = ‖dν*/dν_k‖_{2,ν_k}, used as φ^{m−1} for m = 1), by Divergences'
/// `ImportanceWeights.concentrability` (= exp(½D₂(σ*‖σ_k))). Infinite when σ_k misses a point σ* charges.
enum Concentrability {
    /// φ^m for every m from the two stationary laws.
    static func coefficients(optimal: StationaryLaw, current: StationaryLaw) throws -> [Double] {
        try zip(optimal.prefixes, current.prefixes).map { star, k in
            ImportanceWeights.concentrability(try DiscreteDistribution(probabilities: star), try DiscreteDistribution(probabilities: k))
        }
    }
}
