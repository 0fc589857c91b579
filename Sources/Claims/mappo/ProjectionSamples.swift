import GSLKit
import Learners

extension ProjectionProblem {
    /// `steps` indices drawn i.i.d. from σ_k = the problem's weights (the samples of Alg. 1 line 5).
    func sample(steps: Int, _ rng: RandomSource) -> [Int] {
        let sampler = DiscreteSampler(weights)
        return (0..<steps).map { _ in sampler.draw(rng) }
    }
}
