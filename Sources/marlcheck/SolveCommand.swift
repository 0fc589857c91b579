import ArgumentParser
import ExactSolvers
import MarkovGames

struct SolveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "solve",
        abstract: "Solve a game exactly: J and V of a policy, optimal J, NE-gap.",
        discussion: """
        Evaluates POLICY (the uniform product policy when --policy is not given) by one LU solve \
        per reward, finds the optimal value of the joint MDP by policy iteration, and computes the \
        NE-gap max_i [max_{π_i'} J_i(π_i', π_{−i}) − J_i(π)] by solving each agent's induced MDP. \
        Values are unnormalized (J = E Σ_t γ^t r); each residual is printed next to the tolerance \
        a backward-stable solve may leave.

        With per-agent rewards, J, V and the residuals are given per agent, and "optimal J_i" is \
        agent i's optimal value in the joint MDP with reward r_i (all agents maximising r_i): an \
        upper bound on J_i of every policy, not an equilibrium value. The NE-gap is defined for \
        product policies only; for a conditional or joint policy the output says so instead.

        --json keys: format, game, rewards ("shared" or "perAgent"), gamma, policyKind, \
        policySource, J, V, residual, residualTolerance, optimalJ, optimalBellmanResidual, \
        optimalBellmanResidualTolerance, neGap, neGapPerAgent, bestResponseJ, neGapErrorBound, \
        neGapNote. With shared rewards J, residual, residualTolerance and optimalJ are numbers and \
        V is [s]; with per-agent rewards each is an array over agents. neGap, neGapPerAgent, \
        bestResponseJ and neGapErrorBound are null when the NE-gap is not defined (neGapNote says \
        why).

        Example:
          marlcheck games export random-identical-interest \\
            --param agents=3 --seed 7 -o game.json
          marlcheck solve game.json
          marlcheck solve game.json --policy policy.json --json
        """
    )

    @Argument(help: "A marlcheck.game/1 file.")
    var game: String

    @Option(help: "A marlcheck.policy/1 file (product, conditional or joint); default: the uniform product policy.")
    var policy: String?

    @Flag(help: "Print the result as a JSON document (deterministic bytes).")
    var json = false

    func run() throws {
        let (g, pi) = try reportingInputErrors { () throws -> (Game, Policy) in
            let g = try GameFile.load(game)
            let pi = try policy.map { path throws -> Policy in try PolicyFile.load(path, game: g) } ?? .product(.uniform(g))
            return (g, pi)
        }
        let report: SolveReport
        do {
            report = try SolveReport(game: g, policy: pi, policySource: policy ?? "uniform")
        } catch {
            printError("marlcheck: error: the exact solve failed: \(error)")
            throw ExitCode(1)
        }
        print(json ? JSONWriter.pretty(report.json) : report.text, terminator: json ? "" : "\n")
    }
}

/// Everything `marlcheck solve` computes for one game and one policy.
struct SolveReport {
    let game: Game
    let policyKind: String
    let policySource: String
    /// One evaluation per reward table (one when shared).
    let evaluations: [PolicyEvaluation]
    /// One optimum per reward table: the joint MDP with that reward.
    let optima: [OptimalSolution]
    /// Defined for product policies only.
    let nashGap: NashGap?

    /// Throws `SolverError` or `GSLError` when a solve fails.
    init(game: Game, policy: Policy, policySource: String) throws {
        self.game = game
        policyKind = policy.kind
        self.policySource = policySource
        let rewardTables = game.rewards.isShared ? 1 : game.agentCount
        var evaluations: [PolicyEvaluation] = [], optima: [OptimalSolution] = []
        for i in 0..<rewardTables {
            evaluations.append(try game.evaluate(policy, agent: i))
            optima.append(try FiniteMDP(game: game, rewardOf: i).policyIteration())
        }
        self.evaluations = evaluations
        self.optima = optima
        if case .product(let p) = policy { nashGap = try NashGap(game: game, policy: p) } else { nashGap = nil }
    }

    var neGapNote: String? {
        nashGap == nil ? "the NE-gap max_i [max_{π_i'} J_i(π_i', π_{−i}) − J_i(π)] is defined for product policies only; this policy is \(policyKind), so π_{−i} is not defined" : nil
    }

    var json: JSONValue {
        let shared = game.rewards.isShared
        func perReward(_ f: (Int) -> JSONValue) -> JSONValue {
            shared ? f(0) : .array(evaluations.indices.map(f))
        }
        var o = JSONObject()
        o["format"] = .string("marlcheck.solve/1")
        o["game"] = .string(game.name)
        o["rewards"] = .string(shared ? "shared" : "perAgent")
        o["gamma"] = .number(game.gamma)
        o["policyKind"] = .string(policyKind)
        o["policySource"] = .string(policySource)
        o["J"] = perReward { .real(evaluations[$0].objective(initial: game.initial)) }
        o["V"] = perReward { .reals(evaluations[$0].values) }
        o["residual"] = perReward { .real(evaluations[$0].residual) }
        o["residualTolerance"] = perReward { .real(evaluations[$0].residualTolerance) }
        o["optimalJ"] = perReward { .real(optima[$0].objective(initial: game.initial)) }
        o["optimalBellmanResidual"] = perReward { .real(optima[$0].bellmanResidual) }
        o["optimalBellmanResidualTolerance"] = perReward { .real(optima[$0].bellmanResidualTolerance) }
        o["neGap"] = nashGap.map { .real($0.value) } ?? .null
        o["neGapPerAgent"] = nashGap.map { .reals($0.perAgent) } ?? .null
        o["bestResponseJ"] = nashGap.map { .reals($0.bestResponseObjectives) } ?? .null
        o["neGapErrorBound"] = nashGap.map { .real($0.errorBound) } ?? .null
        o["neGapNote"] = neGapNote.map(JSONValue.string) ?? .null
        return .object(o)
    }

    var text: String {
        let shared = game.rewards.isShared
        func number(_ x: Double) -> String { JSONWriter.format(x) }
        var rows: [[String]] = [
            ["game", "\(game.name) (\(game.stateCount) states, \(game.agentCount) agents, γ = \(number(game.gamma)))"],
            ["policy", "\(policyKind) (\(policySource))"],
        ]
        for (i, e) in evaluations.enumerated() {
            let label = shared ? "" : "_\(i + 1)"
            rows.append(["J\(label)", number(e.objective(initial: game.initial))])
            rows.append(["  residual", "\(number(e.residual)) (tolerance \(number(e.residualTolerance)))"])
            rows.append(["optimal J\(label)", number(optima[i].objective(initial: game.initial)) + (shared ? "" : " (joint MDP with r_\(i + 1))")])
            rows.append(["  Bellman residual", "\(number(optima[i].bellmanResidual)) (tolerance \(number(optima[i].bellmanResidualTolerance)))"])
        }
        if let gap = nashGap {
            rows.append(["NE-gap", "\(number(gap.value)) (± \(number(gap.errorBound)))"])
            for (i, g) in gap.perAgent.enumerated() {
                rows.append(["  \(game.agents[i].name)", "\(number(g)) (best response J \(number(gap.bestResponseObjectives[i])))"])
            }
        } else {
            rows.append(["NE-gap", "not defined: \(neGapNote ?? "")"])
        }
        var text = formatTable(rows)
        for (i, e) in evaluations.enumerated() {
            text += "\n\nV\(shared ? "" : "_\(i + 1)") per state:\n"
            text += formatTable(game.stateNames.enumerated().map { ["  \($0.element)", number(e.values[$0.offset])] })
        }
        return text
    }
}
