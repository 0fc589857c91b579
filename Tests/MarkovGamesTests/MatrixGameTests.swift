import Testing
@testable import MarkovGames

/// The classic cooperative matrix games as one-state games, against the payoff matrices printed
/// by Claus & Boutilier (1998) and Kapetanakis & Kudenko (2002), and Kuba et al. (2022) Prop. 1.
@Suite("matrix games")
struct MatrixGameTests {
    func checkStageGame(_ game: Game, payoff: [Double]) {
        #expect(game.stateCount == 1)
        #expect(game.initial == [1])
        #expect(game.transitions.allSatisfy { $0 == 1 })
        #expect(game.rewards == .shared(payoff))
    }

    @Test("climbing game")
    func climbing() throws {
        let game = try GameCatalog.builder(named: "climbing").build(overrides: ["gamma": "0.5"])
        #expect(game.gamma == 0.5)
        checkStageGame(game, payoff: [11, -30, 0, -30, 7, 6, 0, 0, 5])
    }

    @Test("penalty game with k as a parameter", arguments: [0.0, -10, -100])
    func penalty(k: Double) throws {
        let game = try GameCatalog.builder(named: "penalty").build(overrides: ["k": "\(k)"])
        checkStageGame(game, payoff: [10, 0, k, 0, 2, 0, k, 0, 10])
    }

    @Test("penalty game refuses k > 0")
    func penaltyRefusesPositive() {
        #expect(throws: ModelError(path: "--param k", "k = 5.0 must be ≤ 0 (the penalty game's penalty)")) {
            _ = try GameCatalog.builder(named: "penalty").build(overrides: ["k": "5"])
        }
    }

    @Test("anti-coordination: 1 at (0,1) and (1,0) for 2 agents; at (0,0,1,1) and (1,1,0,0) for 4")
    func antiCoordination() throws {
        checkStageGame(try GameCatalog.builder(named: "anti-coordination").build(), payoff: [0, 1, 1, 0])
        let four = try GameCatalog.builder(named: "anti-coordination").build(overrides: ["agents": "4"])
        var expected = [Double](repeating: 0, count: 16)
        expected[0b0011] = 1
        expected[0b1100] = 1
        checkStageGame(four, payoff: expected)
        #expect(throws: ModelError.self) { _ = try GameCatalog.builder(named: "anti-coordination").build(overrides: ["agents": "3"]) }
    }
}
