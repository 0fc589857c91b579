import Foundation
import Learners
import MarkovGames

/// The outcome of one run of a sweep.
struct SweepRunResult {
    let plan: SweepRunPlan
    /// Every parameter of the run as resolved (defaults and overrides), in declared order.
    let parameters: [(String, String)]
    /// Iterates evaluated exactly.
    let evaluations: Int
    /// The last evaluated iterate (the last iteration run, unless the run failed); nil when even π⁰ failed.
    let final: IterateEvaluation?
    /// Where the run stands against `--until`, when given.
    let stopping: StoppingProgress?
    /// The run's trace file, with `--traces`.
    let trace: String?
    /// Why the run stopped before its last iteration, when a step or an evaluation failed.
    let failure: String?
}

/// Runs a sweep's runs one at a time: each learner is stepped K times (or until `--until` is met at
/// an evaluated iteration), every iterate goes to its trace as soon as it exists, and iterations
/// 0, M, 2M, … and K are evaluated exactly with `TraceEvaluation.evaluate` (the evaluation of
/// `marlcheck validate`).
struct SweepRunner {
    let settings: SweepSettings
    let traceFolder: String?
    private var game: Game { settings.game }
    private var iterations: Int { settings.iterations }
    private var runCount: Int { settings.plan.runs.count }

    /// M when `--every` is not given: every iteration up to K = 2000, else every ⌈K/2000⌉-th, so
    /// that a run costs at most about 2000 exact evaluations (plus π⁰ and the last iterate).
    static func defaultEvery(iterations: Int) -> Int { max(1, (iterations + 1999) / 2000) }

    func isEvaluated(_ k: Int) -> Bool { k % settings.every == 0 || k == iterations }

    /// `DIR/NN-LEARNER-name=value-…-seedS.jsonl`, numbered in the sweep's order; characters other than
    /// letters, digits and `.=_-` become `_`.
    func tracePath(_ plan: SweepRunPlan) -> String? {
        guard let traceFolder else { return nil }
        let width = String(runCount).count
        let number = String(plan.index + 1)
        let parts = [plan.learner.name] + plan.grid.map { "\($0.0)=\($0.1)" } + ["seed\(plan.seed)"]
        let stem = parts.joined(separator: "-").map { c -> Character in
            c.isASCII && (c.isLetter || c.isNumber || ".=_-".contains(c)) ? c : "_"
        }
        let name = String(repeating: "0", count: width - number.count) + number + "-" + String(stem) + ".jsonl"
        return (traceFolder as NSString).appendingPathComponent(name)
    }

    func run(_ plan: SweepRunPlan) -> SweepRunResult {
        var parameters: [(String, String)] = []
        var evaluations = 0
        var final: IterateEvaluation?
        var stopping = settings.until.map(StoppingProgress.init)
        let path = tracePath(plan)
        var progress = Progress.onTerminal ? Progress(total: iterations, label: "[\(plan.index + 1)/\(runCount)] \(plan.label)") : nil
        var done = 0
        var failure: String?
        do {
            let (learner, resolved) = try plan.learner.prepare(game: game, iterations: iterations, seed: plan.seed, overrides: plan.overrides)
            parameters = resolved.ordered
            let header = TraceHeader(learner: plan.learner.name, gameName: game.name, gameHash: settings.gameHash, parameters: parameters,
                                     seed: plan.seed, iterations: iterations, target: learner.targetRule)
            let writer = try path.map { p throws(ModelError) in try TraceWriter(path: p, header: header, game: game) }
            var iterate = try learner.start()
            for k in 0...iterations {
                if k > 0 { iterate = try learner.step() }
                try writer?.append(TraceIterate(iteration: k, iterate: iterate))
                done = k
                progress?.update(k)
                guard isEvaluated(k) else { continue }
                let e = try TraceEvaluation.evaluate(iteration: k, policy: iterate.policy, game: game, optimum: settings.optimum)
                evaluations += 1
                final = e
                if stopping?.record(e) == true { break }
            }
        } catch {
            failure = "\(error)"
        }
        progress?.finish(at: done)
        return SweepRunResult(plan: plan, parameters: parameters, evaluations: evaluations, final: final,
                              stopping: stopping, trace: path, failure: failure)
    }
}
