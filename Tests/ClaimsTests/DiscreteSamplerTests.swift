@testable import Claims
import GSLKit
import Testing

@Suite struct DiscreteSamplerTests {
    /// Inverse-CDF sampling reproduces (0.2, 0, 0.5, 0.3): 60 000 draws, each frequency within 5
    /// standard errors (√(p(1−p)/n) ≤ 0.0021), and the zero-mass entry is never drawn.
    @Test func frequencies() {
        let p = [0.2, 0, 0.5, 0.3], n = 60_000
        let sampler = DiscreteSampler(p), rng = RandomSource(seed: 9)
        var counts = [0, 0, 0, 0]
        for _ in 0..<n { counts[sampler.draw(rng)] += 1 }
        #expect(counts[1] == 0)
        for j in 0..<4 { #expect(abs(Double(counts[j]) / Double(n) - p[j]) < 5 * (p[j] * (1 - p[j]) / Double(n)).squareRoot() + 1e-12) }
    }
}
