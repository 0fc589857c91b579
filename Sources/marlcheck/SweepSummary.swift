/// The runs of one (learner, grid point) over the seeds: how many met `--until`, the median and range
/// of the iteration where they met it, and the median and range of the final J.
struct SweepPointSummary {
    let learner: String
    let grid: [(String, String)]
    let runs: Int
    /// Runs that met `--until` (nil without `--until`).
    let reached: Int?
    /// Median, least and largest iteration at which `--until` was met, a run that did not meet it
    /// counting as later than every run that did; nil where that falls on a run that did not.
    let reachIteration: (median: Double?, min: Double?, max: Double?)?
    /// Median, least and largest final J over the runs that evaluated at least π⁰.
    let finalObjective: (median: Double, min: Double, max: Double)?

    /// One summary per (learner, grid point), in the sweep's order (runs of a point are consecutive).
    static func of(_ results: [SweepRunResult]) -> [SweepPointSummary] {
        var groups: [[SweepRunResult]] = []
        for r in results {
            if let last = groups.last?.last, last.plan.learner.name == r.plan.learner.name,
               last.plan.grid.map({ [$0.0, $0.1] }) == r.plan.grid.map({ [$0.0, $0.1] }) {
                groups[groups.count - 1].append(r)
            } else {
                groups.append([r])
            }
        }
        return groups.map(SweepPointSummary.init)
    }

    init(_ runs: [SweepRunResult]) {
        learner = runs[0].plan.learner.name
        grid = runs[0].plan.grid
        self.runs = runs.count
        if runs[0].stopping != nil {
            let iterations = runs.map { r in r.stopping?.reachedAt.map(Double.init) ?? .infinity }.sorted()
            reached = iterations.filter(\.isFinite).count
            let finite: (Double) -> Double? = { $0.isFinite ? $0 : nil }
            reachIteration = (Self.median(iterations).flatMap(finite), finite(iterations[0]), finite(iterations[iterations.count - 1]))
        } else {
            reached = nil
            reachIteration = nil
        }
        let finals = runs.compactMap { $0.final?.objective }.sorted()
        finalObjective = finals.isEmpty ? nil : (Self.median(finals)!, finals[0], finals[finals.count - 1])
    }

    /// The middle of sorted `xs` (the mean of the two middle values for an even count); nil when empty.
    static func median(_ xs: [Double]) -> Double? {
        guard !xs.isEmpty else { return nil }
        let m = xs.count / 2
        return xs.count % 2 == 1 ? xs[m] : (xs[m - 1] + xs[m]) / 2
    }
}
