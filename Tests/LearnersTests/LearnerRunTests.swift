import Foundation
import GSLKit
import MarkovGames
import Testing
@testable import Learners

/// Every learner: runs on a game of its class, is seeded (same seed → same bytes), writes iterates
/// that validate against the game, and refuses bad parameters and games outside its class.
@Suite struct LearnerRunTests {
    /// A game of each learner's class and small settings that keep the run short.
    static func setting(_ name: String) -> (game: Game, parameters: [String: String]) {
        let diffusion = ["pretrainSteps": "20", "trainSteps": "5", "tabulationSamples": "64", "proposalSamples": "32",
                         "minibatch": "16", "steps": "10", "hidden": "8"]
        switch name {
        case "decspg-gaussian": return (TestGames.continuousBandit(), ["projectionSteps": "200"])
        case "ddpl", "haqo-diffusion": return (TestGames.continuousBandit(), diffusion)
        case "mfppo": return (TestGames.named("mfppo-population", ["agents": "2"], seed: 3), ["critic": "neural", "tdSteps": "200", "width": "8"])
        case "ltde-ac": return (TestGames.named("ltde-network", ["nodes": "3", "agents": "2"], seed: 3),
                                ["criticSteps": "100", "batch": "8", "width": "4"])
        case "decspg": return (TestGames.identicalInterest(), ["q": "sampled", "batch": "4", "horizon": "10"])
        case "mappo-sgd": return (TestGames.identicalInterest(), ["sgdSteps": "50", "sampling": "occupancy", "qNoise": "0.1"])
        case "mappo-pessimistic": return (TestGames.identicalInterest(), ["samples": "40"])
        default: return (TestGames.identicalInterest(), [:])
        }
    }

    static let names = LearnerCatalog.learners.map(\.name)

    /// The iterate lines (everything after the header).
    static func iterateLines(_ text: String) -> [Substring] { Array(text.split(separator: "\n").dropFirst()) }

    @Test("same seed, same bytes; the iterates validate against the game", arguments: names)
    func seededAndValid(_ name: String) throws {
        let (game, params) = Self.setting(name)
        let first = try TestGames.traceText(name, game: game, iterations: 2, seed: 5, params)
        let second = try TestGames.traceText(name, game: game, iterations: 2, seed: 5, params)
        #expect(first == second)
        let trace = try Trace.parse(first, game: game)
        #expect(trace.iterates.map(\.iteration) == [0, 1, 2])
        _ = try TraceEvaluation(trace: trace, game: game)
    }

    /// Learners that draw random numbers after π⁰ (rollouts, samples, permutations, networks).
    static let randomized = ["decspg", "ddpl", "mappo-sgd", "mappo-pessimistic", "haqo-diffusion", "mfppo", "ltde-ac"]

    @Test("another seed gives other iterates for the learners that sample", arguments: randomized)
    func seedMatters(_ name: String) throws {
        let (game, params) = Self.setting(name)
        let a = try TestGames.traceText(name, game: game, iterations: 2, seed: 5, params)
        let b = try TestGames.traceText(name, game: game, iterations: 2, seed: 6, params)
        #expect(Self.iterateLines(a) != Self.iterateLines(b))
    }

    /// The error `prepare` refuses with, or nil.
    static func refusal(_ name: String, game: Game, iterations: Int = 3, _ overrides: [String: String]) -> ModelError? {
        do {
            _ = try LearnerCatalog.learner(named: name).prepare(game: game, iterations: iterations, seed: 0, overrides: overrides)
            return nil
        } catch {
            return error
        }
    }

    static func unknownLearner(_ name: String) -> ModelError? {
        do {
            _ = try LearnerCatalog.learner(named: name)
            return nil
        } catch {
            return error
        }
    }

    @Test("bad parameters and games outside a learner's class are refused with the parameter or field named")
    func refusals() throws {
        let finite = TestGames.identicalInterest()
        let unknown = try #require(Self.refusal("decspg", game: finite, ["stepsize": "1"]))
        #expect(unknown.path == "--param stepsize" && unknown.rule.contains("eta"))
        let choice = try #require(Self.refusal("decspg", game: finite, ["q": "approximate"]))
        #expect(choice.path == "--param q" && choice.rule.contains("exact, sampled"))
        let negative = try #require(Self.refusal("ipg", game: finite, ["eta": "-1"]))
        #expect(negative.path == "--param eta")
        let range = try #require(Self.refusal("decspg", game: finite, ["q": "sampled", "batch": "0"]))
        #expect(range.path == "--param batch")
        let iterations = try #require(Self.refusal("decspg", game: finite, iterations: 0, [:]))
        #expect(iterations.path == "--iterations")
        let continuous = try #require(Self.refusal("decspg-gaussian", game: finite, [:]))
        #expect(continuous.path == "agents[0]" && continuous.rule.contains("interval"))
        let population = try #require(Self.refusal("mfppo", game: finite, [:]))
        #expect(population.path == "population")
        let network = try #require(Self.refusal("ltde-ac", game: TestGames.named("mfppo-population", ["agents": "2"]), [:]))
        #expect(network.path == "graph")
        let name = try #require(Self.unknownLearner("ppo"))
        #expect(name.path == "LEARNER" && name.rule.contains("decspg"))
    }
}
