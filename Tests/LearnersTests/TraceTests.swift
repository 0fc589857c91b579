import ExactSolvers
import Foundation
import GSLKit
import MarkovGames
import Testing
@testable import Learners

/// Traces: the game hash, the round trip, refusal of mismatched traces, exact evaluation.
@Suite struct TraceTests {
    @Test("GameHash is FNV-1a 64 (published test vectors of Fowler–Noll–Vo)")
    func fnvVectors() {
        // FNV-1a 64-bit test vectors: "" → cbf29ce484222325, "a" → af63dc4c8601ec8c, "foobar" → 85944171f73967e8.
        #expect(GameHash.of(text: "") == "fnv1a64:cbf29ce484222325")
        #expect(GameHash.of(text: "a") == "fnv1a64:af63dc4c8601ec8c")
        #expect(GameHash.of(text: "foobar") == "fnv1a64:85944171f73967e8")
    }

    @Test("a trace written and read back gives the same header and iterates")
    func roundTrip() throws {
        let game = TestGames.identicalInterest()
        let text = try TestGames.traceText("decspg", game: game, iterations: 3, seed: 4, ["q": "sampled", "batch": "8", "horizon": "20"])
        let trace = try Trace.parse(text, game: game)
        #expect(trace.header.learner == "decspg" && trace.header.seed == 4 && trace.header.iterations == 3)
        #expect(trace.iterates.map(\.iteration) == [0, 1, 2, 3])
        // Re-encoding every line gives the same bytes (numbers round-trip exactly through the writer and parser).
        let again = ([JSONWriter.compact(trace.header.json)] + trace.iterates.map { JSONWriter.compact($0.json(game: game)) })
            .joined(separator: "\n") + "\n"
        #expect(again == text)
        #expect(trace.iterates[2].iterate.qEstimates?.kind == .agentAveraged)
        #expect(trace.iterates[2].iterate.targetDistance != nil)
    }

    /// The error `Trace.parse` refuses `text` with, or nil when it accepts it.
    static func refusal(_ text: String, _ game: Game) -> ModelError? {
        do {
            _ = try Trace.parse(text, game: game)
            return nil
        } catch {
            return error
        }
    }

    @Test("validate refuses a trace of another game, wrong shapes, rows not summing to 1, non-increasing iterations")
    func refusals() throws {
        let game = TestGames.identicalInterest()
        let text = try TestGames.traceText("decspg", game: game, iterations: 2)
        let lines = text.split(separator: "\n").map(String.init)
        let uniform = "[[0.5, 0.5], [0.5, 0.5], [0.5, 0.5]]"
        #expect(lines[1].contains(uniform))

        let other = try #require(Self.refusal(text, TestGames.identicalInterest(seed: 2)), "a trace of another game was accepted")
        #expect(other.path == "line 1.game.hash" && other.rule.contains("hash"), "\(other)")

        var shape = lines
        shape[1] = shape[1].replacingOccurrences(of: uniform, with: "[[0.5, 0.5], [0.5, 0.5]]")
        let wrongShape = try #require(Self.refusal(shape.joined(separator: "\n"), game), "a wrong shape was accepted")
        #expect(wrongShape.path == "line 2.policy.tables[0]" && wrongShape.rule.contains("expected 3"), "\(wrongShape)")

        var sums = lines
        sums[1] = sums[1].replacingOccurrences(of: uniform, with: "[[0.5, 0.6], [0.5, 0.5], [0.5, 0.5]]")
        let badRow = try #require(Self.refusal(sums.joined(separator: "\n"), game), "a row summing to 1.1 was accepted")
        #expect(badRow.path == "line 2.policy.tables[0][0]" && badRow.rule.contains("sum to 1.1"), "\(badRow)")

        var order = lines
        order.swapAt(2, 3)
        let decreasing = try #require(Self.refusal(order.joined(separator: "\n"), game), "decreasing iterations were accepted")
        #expect(decreasing.path == "line 4.iteration", "\(decreasing)")

        let empty = try #require(Self.refusal("", game), "an empty trace was accepted")
        #expect(empty.rule.contains("header"))
    }

    @Test("a trace is readable while it is being written (an interrupted run leaves a valid prefix)")
    func prefix() throws {
        let game = TestGames.identicalInterest()
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("prefix-\(UUID().uuidString).jsonl").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let learner = DecSPGLearner(game: game, eta: 0.1, qSource: .exact, initial: .uniform(game), rng: RandomSource(seed: 1))
        let header = TraceHeader(learner: "decspg", gameName: game.name, gameHash: GameHash.of(game), parameters: [], seed: 1,
                                 iterations: 10, target: learner.targetRule)
        let writer = try TraceWriter(path: path, header: header, game: game)
        try writer.append(TraceIterate(iteration: 0, iterate: try learner.start()))
        try writer.append(TraceIterate(iteration: 1, iterate: try learner.step()))
        // The writer is still open (the run "stopped" after two of ten iterations).
        let trace = try Trace.load(path, game: game)
        #expect(trace.iterates.count == 2 && trace.header.iterations == 10)
    }

    @Test("exact evaluation: J and NE-gap agree with the solvers; exact Q estimates have zero error, perturbed ones the perturbation")
    func evaluation() throws {
        let game = TestGames.identicalInterest()
        let rng = RandomSource(seed: 8)
        let pi = ProductPolicy(tables: game.agents.map { a in (0..<game.stateCount).flatMap { _ in rng.dirichlet(dimension: a.actionCount) } })
        let exact = try (0..<game.agentCount).map { try AgentView(game: game, policy: pi, agent: $0).averagedQ }
        let shift = 0.25
        let perturbed = exact.map { t in t.map { $0 + shift } }
        let header = TraceHeader(learner: "test", gameName: game.name, gameHash: GameHash.of(game), parameters: [], seed: nil, iterations: nil, target: nil)
        let trace = Trace(header: header, iterates: [
            TraceIterate(iteration: 0, iterate: LearnerIterate(policy: .product(pi), qEstimates: QEstimates(kind: .agentAveraged, of: .current, tables: exact))),
            TraceIterate(iteration: 1, iterate: LearnerIterate(policy: .product(pi), qEstimates: QEstimates(kind: .agentAveraged, of: .current, tables: perturbed))),
        ])
        let ev = try TraceEvaluation(trace: trace, game: game)
        let j = try game.objective(.product(pi))
        let ne = try NashGap(game: game, policy: pi)
        // Same solves in the same order: equal to the last bit.
        #expect(ev.rows[0].objective == j && ev.rows[0].nashGap == ne.value)
        #expect(ev.rows[0].qError!.maximum == 0)
        // A constant shift of every entry: max and RMS error equal the shift (up to the rounding of x + 0.25 − x).
        #expect(abs(ev.rows[1].qError!.maximum - shift) <= 1e-14 && abs(ev.rows[1].qError!.rootMeanSquare - shift) <= 1e-14)
        let optimum = try FiniteMDP(game: game).policyIteration().objective(initial: game.initial)
        #expect(ev.rows[0].optimalityGap == optimum - j)
    }

    @Test("estimates of the previous iterate are compared with Q of the previous policy")
    func previousSubject() throws {
        let game = TestGames.identicalInterest()
        let text = try TestGames.traceText("decspg", game: game, iterations: 2, ["q": "sampled", "batch": "4", "horizon": "5"])
        let ev = try TraceEvaluation(trace: try Trace.parse(text, game: game), game: game)
        let trace = try Trace.parse(text, game: game)
        let q = trace.iterates[1].iterate.qEstimates!
        guard case .product(let previous) = trace.iterates[0].iterate.policy else { Issue.record("not product"); return }
        let exact = try (0..<game.agentCount).map { try AgentView(game: game, policy: previous, agent: $0).averagedQ }
        var worst = 0.0
        for (a, b) in zip(q.tables.flatMap { $0 }, exact.flatMap { $0 }) { worst = max(worst, abs(a - b)) }
        #expect(ev.rows[1].qError!.maximum == worst)
        #expect(ev.rows[0].qError == nil)
    }
}
