import Learners
import MarkovGames

/// One `--grid` or `--param` of a sweep: a learner parameter (of every learner, or of the one
/// named before a colon) and its values (several for a grid, one for a fixed parameter).
struct SweepAssignment {
    /// nil: every learner of the sweep.
    let learner: String?
    let name: String
    let values: [String]
    /// The option the assignment came from, as messages name it (`--grid step`, `--param mappo:update`).
    let option: String

    /// Parses `[LEARNER:]name=v1,v2,…` (`isGrid`) or `[LEARNER:]name=value`; a learner prefix must name
    /// one of `learners`.
    init(parsing text: String, isGrid: Bool, learners: [String]) throws(ModelError) {
        let flag = isGrid ? "--grid" : "--param"
        guard let eq = text.firstIndex(of: "="), eq != text.startIndex else {
            throw ModelError(path: flag, "'\(text)' is not of the form \(isGrid ? "name=v1,v2,…" : "name=value") (or LEARNER:name=…)")
        }
        let key = String(text[..<eq]), value = String(text[text.index(after: eq)...])
        if let colon = key.firstIndex(of: ":") {
            learner = String(key[..<colon])
            name = String(key[key.index(after: colon)...])
        } else {
            learner = nil
            name = key
        }
        option = "\(flag) \(key)"
        if let learner, !learners.contains(learner) {
            throw ModelError(path: option, "'\(learner)' is not a learner of this sweep (\(learners.joined(separator: ", ")))")
        }
        guard !name.isEmpty else { throw ModelError(path: option, "the parameter name is empty") }
        values = isGrid ? value.split(separator: ",", omittingEmptySubsequences: false).map(String.init) : [value]
        if let empty = values.firstIndex(where: \.isEmpty) {
            throw ModelError(path: option, "value \(empty + 1) of '\(value)' is empty")
        }
        if let twice = values.first(where: { v in values.filter { $0 == v }.count > 1 }) {
            throw ModelError(path: option, "the value '\(twice)' is listed twice")
        }
    }

    func applies(to learner: String) -> Bool { self.learner == nil || self.learner == learner }
}

/// One run of a sweep: a learner, the grid values of its point, its fixed parameters and a seed.
struct SweepRunPlan {
    /// 0-based position in the sweep's fixed order.
    let index: Int
    let learner: LearnerSpec
    /// The swept parameters of this run, (name, value) in the order of the `--grid` options.
    let grid: [(String, String)]
    /// Every override given to the learner: the fixed `--param` values and the grid values.
    let overrides: [String: String]
    let seed: UInt64

    /// "mappo step=0.01 seed 0".
    var label: String {
        ([learner.name] + grid.map { "\($0.0)=\($0.1)" } + ["seed \(seed)"]).joined(separator: " ")
    }
}

/// The cartesian product learner × grid point × seed of a sweep, in a fixed order: learners as
/// named, then grid points lexicographically with the first `--grid` varying slowest (the order of
/// joint actions), then seeds S, S+1, ….
struct SweepPlan {
    let learners: [LearnerSpec]
    let grids: [SweepAssignment]
    let fixed: [SweepAssignment]
    let seeds: [UInt64]
    let runs: [SweepRunPlan]

    /// Resolves names and checks every assignment against the learners it applies to: an unknown
    /// learner, a parameter a learner does not have, a name given twice for one learner, or a seed
    /// range past 2⁶⁴ − 1 is refused.
    init(learners names: [String], grids gridTexts: [String], parameters paramTexts: [String], seedCount: Int, firstSeed: UInt64) throws(ModelError) {
        guard !names.isEmpty else { throw ModelError(path: "LEARNER", "name at least one learner (see `marlcheck run --help`)") }
        if let twice = names.first(where: { n in names.filter { $0 == n }.count > 1 }) {
            throw ModelError(path: "LEARNER", "'\(twice)' is named twice (sweep its parameters with --grid instead)")
        }
        learners = try names.map { n throws(ModelError) in try LearnerCatalog.learner(named: n) }
        grids = try gridTexts.map { t throws(ModelError) in try SweepAssignment(parsing: t, isGrid: true, learners: names) }
        fixed = try paramTexts.map { t throws(ModelError) in try SweepAssignment(parsing: t, isGrid: false, learners: names) }
        guard seedCount >= 1 else { throw ModelError(path: "--seeds", "must be at least 1, found \(seedCount)") }
        guard UInt64(seedCount - 1) <= UInt64.max - firstSeed else {
            throw ModelError(path: "--seeds", "seeds \(firstSeed)…\(firstSeed)+\(seedCount - 1) pass 2⁶⁴ − 1")
        }
        seeds = (0..<UInt64(seedCount)).map { firstSeed + $0 }

        var runs: [SweepRunPlan] = []
        for spec in learners {
            let mine = grids.filter { $0.applies(to: spec.name) }
            let fixedMine = fixed.filter { $0.applies(to: spec.name) }
            var seen: Set<String> = []
            for a in mine + fixedMine {
                guard spec.parameters.contains(where: { $0.name == a.name }) else {
                    throw ModelError(path: a.option, "learner '\(spec.name)' has no parameter '\(a.name)' (its parameters: \(spec.parameters.map(\.name).joined(separator: ", "))); prefix the name with a learner (LEARNER:\(a.name)=…) to sweep one learner only")
                }
                guard seen.insert(a.name).inserted else {
                    throw ModelError(path: a.option, "learner '\(spec.name)' is given '\(a.name)' twice")
                }
            }
            var base: [String: String] = [:]
            for a in fixedMine { base[a.name] = a.values[0] }
            for point in Self.points(mine) {
                var overrides = base
                for (name, value) in point { overrides[name] = value }
                for seed in seeds {
                    runs.append(SweepRunPlan(index: runs.count, learner: spec, grid: point, overrides: overrides, seed: seed))
                }
            }
        }
        self.runs = runs
    }

    /// Every grid point of `grids`, the first varying slowest; one empty point when there is no grid.
    static func points(_ grids: [SweepAssignment]) -> [[(String, String)]] {
        grids.reduce([[]]) { partial, g in partial.flatMap { p in g.values.map { p + [(g.name, $0)] } } }
    }

    /// The names of every grid, each once, in order of the `--grid` options (the CSV's columns).
    var gridNames: [String] {
        var out: [String] = []
        for g in grids where !out.contains(g.name) { out.append(g.name) }
        return out
    }

    /// Builds the learner of every (learner, grid point) once, so that a bad value or a game outside a
    /// learner's class is refused before anything runs or is written. With `needsProduct`, the
    /// learner's π⁰ must also be a product policy (the NE-gap is defined for those).
    func validate(game: Game, iterations: Int, needsProduct: String?) throws(ModelError) {
        for run in runs where run.seed == seeds[0] {
            let learner: any IterativeLearner
            do {
                learner = try run.learner.prepare(game: game, iterations: iterations, seed: run.seed, overrides: run.overrides).learner
            } catch {
                // A grid value is refused at `--grid NAME`, where the user gave it.
                let path = run.grid.contains { "--param \($0.0)" == error.path } ? "--grid" + error.path.dropFirst("--param".count) : error.path
                throw ModelError(file: error.file, path: path, "\(error.rule) (in the run \(run.label))")
            }
            if let option = needsProduct {
                let start: Policy
                do { start = try learner.start().policy } catch {
                    throw ModelError(path: option, "learner '\(run.learner.name)' could not build π⁰: \(error)")
                }
                guard case .product = start else {
                    throw ModelError(path: option, "the NE-gap is measured for product policies; learner '\(run.learner.name)' iterates \(start.kind) policies")
                }
            }
        }
    }
}
