import Foundation
import GSLKit
import Testing
@testable import MarkovGames

/// M_sa and M_ma against ddpl Sec. 3.2 as printed. The reference functions are written out here
/// again from the paper (ν = 10, α = 250, β = 0.5, c_0 = 2.7, c_p = 0.005, c_1 = 20000,
/// c_2 = 30000, c_3 = 10000), independently of `DDPLExample`.
@Suite("ddpl examples")
struct DDPLGameTests {
    static func rStart(_ a: Double) -> Double {
        -10 * a * a + 2.7 * exp(-250 * (a + 0.5) * (a + 0.5)) + 2.7 * exp(-250 * (a - 0.5) * (a - 0.5))
    }
    static func pStart(_ a: Double) -> Double {
        abs(a + 0.5) <= 0.25 ? 0.005 * exp(-250 * (a + 0.5) * (a + 0.5)) : 0
    }

    @Test("M_sa: P(s1|s0,a) = p_start(a), r(s0,a) = r_start(a), r(s1) = c_1, s2 absorbing, γ = 0.1")
    func singleAgent() throws {
        let game = try GameCatalog.builder(named: "ddpl-sa").build()
        let rule = try #require(game.agents[0].actionRule)
        #expect(game.gamma == 0.1)
        #expect(game.initial == [1, 0, 0])
        #expect(rule.lowerBound == -1.5 && rule.upperBound == 1.5 && rule.pointCount == 96)
        #expect(rule.nodes == GaussLegendreRule(points: 96, from: -1.5, to: 1.5).nodes)
        for (j, a) in rule.nodes.enumerated() {
            #expect(game.probability(from: 0, j, to: 1) == Self.pStart(a))
            #expect(abs(game.probability(from: 0, j, to: 2) - (1 - Self.pStart(a))) <= Double.ulpOfOne)
            #expect(game.probability(from: 1, j, to: 2) == 1 && game.probability(from: 2, j, to: 2) == 1)
            #expect(abs(game.reward(agent: 0, 0, j) - Self.rStart(a)) <= 1e-14 * max(1, abs(Self.rStart(a))))
            #expect(game.reward(agent: 0, 1, j) == 20000)
            #expect(game.reward(agent: 0, 2, j) == 0)
        }
    }

    @Test("M_sa blind reward r¬_sa = 1(s = s0) r_start(a): zero in s1 and s2, same dynamics")
    func singleAgentBlind() throws {
        let builder = try GameCatalog.builder(named: "ddpl-sa")
        let blind = try builder.build(overrides: ["reward": "blind"])
        let full = try builder.build()
        #expect(blind.transitions == full.transitions)
        for j in 0..<blind.jointActionCount {
            #expect(blind.reward(agent: 0, 0, j) == full.reward(agent: 0, 0, j))
            #expect(blind.reward(agent: 0, 1, j) == 0 && blind.reward(agent: 0, 2, j) == 0)
        }
    }

    /// The default rule's accuracy claimed in the builder's doc comment, against closed forms:
    /// ∫_{-1.5}^{1.5} e^{−α(a−β)²} da = √(π/α)·[erf(√α(1.5−β)) − erf(√α(−1.5−β))]/2 and
    /// ∫ p_start = c_p √(π/α) erf(√α/4).
    @Test("the default 96-point rule integrates the bumps and p_start to the documented accuracy")
    func quadratureAccuracy() throws {
        let rule = try #require(try GameCatalog.builder(named: "ddpl-sa").build().agents[0].actionRule)
        let alpha = 250.0, beta = 0.5
        let bumpExact = (Double.pi / alpha).squareRoot() / 2 * (erf(alpha.squareRoot() * (1.5 - beta)) - erf(alpha.squareRoot() * (-1.5 - beta)))
        let bump = zip(rule.nodes, rule.weights).reduce(0) { $0 + $1.1 * exp(-alpha * ($1.0 - beta) * ($1.0 - beta)) }
        #expect(abs(bump / bumpExact - 1) <= 1e-8)
        let pExact = 0.005 * (Double.pi / alpha).squareRoot() * erf(alpha.squareRoot() / 4)
        let p = zip(rule.nodes, rule.weights).reduce(0) { $0 + $1.1 * Self.pStart($1.0) }
        #expect(abs(p / pExact - 1) <= 1e-7)
    }

    /// State order −1_n, then {0,1}ⁿ lexicographic with agent 1 the most significant bit.
    static func binaryState(_ bits: [Int]) -> Int { 1 + bits.reduce(0) { 2 * $0 + $1 } }

    @Test("M_ma (n = 2, 5 points): independent success moves, reset to 0, printed rewards")
    func multiAgentTwo() throws {
        let game = try GameCatalog.builder(named: "ddpl-ma").build(overrides: ["points": "5"])
        let nodes = try #require(game.agents[0].actionRule).nodes
        #expect(game.stateNames == ["(-1,-1)", "(0,0)", "(0,1)", "(1,0)", "(1,1)"])
        #expect(game.initial == [1, 0, 0, 0, 0])
        #expect(game.gamma == 0.1)
        for j1 in 0..<5 {
            for j2 in 0..<5 {
                let a = game.jointActions.index(of: [j1, j2])
                let (x, y) = (nodes[j1], nodes[j2])
                let (p, q) = (Self.pStart(x), Self.pStart(y))
                #expect(game.probability(from: 0, a, to: Self.binaryState([0, 0])) == (1 - p) * (1 - q))
                #expect(game.probability(from: 0, a, to: Self.binaryState([0, 1])) == (1 - p) * q)
                #expect(game.probability(from: 0, a, to: Self.binaryState([1, 0])) == p * (1 - q))
                #expect(game.probability(from: 0, a, to: Self.binaryState([1, 1])) == p * q)
                for s in 1..<5 { #expect(game.probability(from: s, a, to: 1) == 1) }
                let start = Self.rStart(x) + Self.rStart(y)
                #expect(abs(game.reward(agent: 0, 0, a) - start) <= 1e-14 * max(1, abs(start)))
                #expect(game.reward(agent: 0, Self.binaryState([0, 0]), a) == 0)
                #expect(game.reward(agent: 0, Self.binaryState([0, 1]), a) == 20000)
                #expect(game.reward(agent: 0, Self.binaryState([1, 0]), a) == 20000)
                let goal = 30000 + 10000 * exp(-(x * x + y * y))
                #expect(abs(game.reward(agent: 1, Self.binaryState([1, 1]), a) - goal) <= 1e-15 * goal)
            }
        }
    }

    @Test("M_ma blind reward, as printed: Σ_j r_start(a_j) at −1_n and c_1 Σ_{j≠i} [s]_j at every other state")
    func multiAgentBlind() throws {
        let game = try GameCatalog.builder(named: "ddpl-ma").build(overrides: ["agents": "3", "points": "3", "reward": "blind"])
        #expect(!game.rewards.isShared)
        let nodes = try #require(game.agents[0].actionRule).nodes
        for a in 0..<game.jointActionCount {
            let actions = game.jointActions.actions(of: a)
            let start = actions.reduce(0) { $0 + Self.rStart(nodes[$1]) }
            for i in 0..<3 {
                #expect(abs(game.reward(agent: i, 0, a) - start) <= 1e-14 * max(1, abs(start)))
                for b in 0..<8 {
                    let bits = [(b >> 2) & 1, (b >> 1) & 1, b & 1]
                    let others = bits.enumerated().reduce(0) { $0 + ($1.offset == i ? 0 : $1.element) }
                    // Includes 1_n, where the true reward is c_2 + c_3 e^{−aᵀa} but r¬ gives 2·c_1.
                    #expect(game.reward(agent: i, Self.binaryState(bits), a) == 20000 * Double(others))
                }
            }
        }
    }

    @Test("M_ma refuses sizes beyond the table limit before allocating")
    func sizeGuard() throws {
        #expect(throws: ModelError.self) {
            _ = try GameCatalog.builder(named: "ddpl-ma").build(overrides: ["agents": "4", "points": "96"])
        }
    }
}
