import Testing
@testable import MarkovGames

/// The ratio game against mappo Appendix E: R = [[1, 0.5], [−0.5, 0]], S = [[1, 1], [0.1, 0.1]]
/// and V(x, y) = xᵀRy / xᵀSy, which expands by hand to (0.5x + xy − 0.5y) / (0.1 + 0.9x).
@Suite("ratio-game")
struct RatioGameTests {
    let game = try! GameCatalog.builder(named: "ratio-game").build()

    /// V(play) of the product policy (x, y) from the game's own tables: the live state's value
    /// solves V = r_π + γ P_π(play|play) V (the stopped state is absorbing with reward 0).
    func value(x: Double, y: Double) -> Double {
        let pi = [x * y, x * (1 - y), (1 - x) * y, (1 - x) * (1 - y)]
        var r = 0.0, stay = 0.0
        for a in 0..<4 {
            r += pi[a] * game.reward(agent: 0, 0, a)
            stay += pi[a] * game.probability(from: 0, a, to: 0)
        }
        return r / (1 - game.gamma * stay)
    }

    @Test("the tables hold the paper's R and the continuation 1 − S")
    func tables() {
        let R: [Double] = [1, 0.5, -0.5, 0]
        let S: [Double] = [1, 1, 0.1, 0.1]
        #expect(game.stateNames == ["play", "stopped"])
        #expect(game.initial == [1, 0])
        for a in 0..<4 {
            #expect(game.reward(agent: 0, 0, a) == R[a])
            #expect(game.reward(agent: 1, 1, a) == 0)
            // γ·P(play|play,a) is the continuation probability 1 − S(a); one rounding in (1−S)/γ·γ.
            #expect(abs(game.gamma * game.probability(from: 0, a, to: 0) - (1 - S[a])) <= 2 * Double.ulpOfOne)
            #expect(game.probability(from: 1, a, to: 1) == 1)
        }
    }

    /// The value is a ratio of two bilinear forms each summed over 4 terms: relative error a few ulps.
    @Test("V(x, y) = (0.5x + xy − 0.5y) / (0.1 + 0.9x) on a grid, and the paper's landmarks")
    func valueMatchesPaper() {
        for i in 0...10 {
            for j in 0...10 {
                let x = Double(i) / 10, y = Double(j) / 10
                let paper = (0.5 * x + x * y - 0.5 * y) / (0.1 + 0.9 * x)
                #expect(abs(value(x: x, y: y) - paper) <= 1e-14 * max(1, abs(paper)))
            }
        }
        #expect(abs(value(x: 1, y: 1) - 1) <= 1e-15)                 // global maximum V = 1
        #expect(abs(value(x: 0.5, y: 0) - 0.25 / 0.55) <= 1e-15)     // 0.4545… ≈ 0.46 near (0.5, 0)
    }
}
