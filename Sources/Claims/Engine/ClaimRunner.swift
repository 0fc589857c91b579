import GSLKit
import MarkovGames

/// Runs a claim's check: random instances of its class, optionally the counterexample search
/// (more random instances, then Nelder–Mead on the margin over the class's free parameters), and
/// on a violation the shrinking of the violating instance and the saving of a counterexample file.
///
/// Instance k of claim `id` is drawn from `RandomSource(seed: derive(seed, "id#k"))`, so the same
/// seed gives the same instances, the same verdict and the same bytes.
public struct ClaimRunner: Sendable {
    /// Instances per claim; `nil` uses each claim's default.
    public var instances: Int?
    public var seed: UInt64
    /// Run the counterexample search on inequality, identity and monotone claims.
    public var search: Bool
    /// Where counterexample files are written.
    public var counterexampleDirectory: String
    /// Extra random instances the search draws, as a multiple of the instance count.
    public var searchRandomFactor = 3
    /// Nelder–Mead iterations per start point.
    public var searchIterations = 150
    /// Measurements the shrinker may spend.
    public var shrinkBudget = 200

    public init(instances: Int? = nil, seed: UInt64 = 1, search: Bool = false, counterexampleDirectory: String = "counterexamples") {
        self.instances = instances
        self.seed = seed
        self.search = search
        self.counterexampleDirectory = counterexampleDirectory
    }

    /// Checks `claim` on random instances of its class.
    public func run(_ claim: Claim) -> ClaimResult {
        var acc = Accumulator(claim: claim)
        guard let check = claim.check else { return acc.finish() }
        let n = instances ?? claim.defaultInstances
        for k in 0..<n { measure(claim, check, label: "\(claim.id)#\(k)", into: &acc) }
        if search && claim.kind != .rate && acc.violating == nil {
            runSearch(claim, check, count: n, into: &acc)
        }
        if let v = acc.violating { saveCounterexample(claim, check, from: v.instance, into: &acc) }
        return acc.finish()
    }

    /// Re-checks `claim` on one given instance (e.g. a saved counterexample); nothing is written.
    public func recheck(_ claim: Claim, instance: ClaimInstance, file: String) -> ClaimResult {
        var acc = Accumulator(claim: claim)
        guard let check = claim.check else { return acc.finish() }
        if let reason = check.family.admissible(instance) {
            acc.notes.append("the instance in \(file) is outside the claim's hypotheses: \(reason)")
        }
        do {
            acc.add(instance, try check.measure(instance))
        } catch {
            acc.failures.append("\(file): \(error)")
        }
        if acc.violating != nil { acc.result.counterexample = file }
        return acc.finish()
    }

    // MARK: - steps

    private func measure(_ claim: Claim, _ check: ClaimCheck, label: String, into acc: inout Accumulator) {
        let rng = RandomSource(seed: SeedSequence.derive(seed, label))
        do {
            let instance = try check.family.sample(rng)
            if let reason = check.family.admissible(instance) {
                acc.failures.append("\(label): drawn outside the hypotheses (\(reason))")
                return
            }
            acc.add(instance, try check.measure(instance))
        } catch {
            acc.failures.append("\(label): \(error)")
        }
    }

    private func runSearch(_ claim: Claim, _ check: ClaimCheck, count n: Int, into acc: inout Accumulator) {
        acc.result.searched = true
        let before = acc.result.instances
        for k in 0..<(searchRandomFactor * max(n, 1)) {
            measure(claim, check, label: "\(claim.id)#search\(k)", into: &acc)
            if acc.violating != nil { break }
        }
        acc.result.searchEvaluations += acc.result.instances - before
        if acc.violating == nil, let space = check.family.searchSpace {
            for start in acc.closest.prefix(2) {
                localSearch(check, space: space, from: start, into: &acc)
                if acc.violating != nil { break }
            }
        }
    }

    /// Nelder–Mead on the relative slack of the worst measurement, over the family's coordinates.
    private func localSearch(_ check: ClaimCheck, space: SearchSpace, from start: ClaimInstance, into acc: inout Accumulator) {
        let coordinates = SearchCoordinates(space: space, template: start)
        let x0 = coordinates.encode()
        guard !x0.isEmpty else { return }
        let objective: @Sendable ([Double]) -> Double = { x in
            guard let instance = try? coordinates.decode(x), check.family.admissible(instance) == nil,
                  let evaluation = try? check.measure(instance), let worst = evaluation.worst else { return .infinity }
            return worst.relativeSlack
        }
        guard let best = try? NelderMead(initialStep: 1.0, sizeTolerance: 1e-6, maxIterations: searchIterations)
            .minimize(objective, from: x0) else { return }
        acc.result.searchEvaluations += best.iterations
        if let instance = try? coordinates.decode(best.minimizer), check.family.admissible(instance) == nil,
           let evaluation = try? check.measure(instance) {
            acc.add(instance, evaluation)
        }
    }

    private func saveCounterexample(_ claim: Claim, _ check: ClaimCheck, from start: ClaimInstance, into acc: inout Accumulator) {
        var current = start
        var currentWorst = acc.violating!.measurement
        var budget = shrinkBudget
        var shrunk = false
        var progress = true
        while progress && budget > 0 {
            progress = false
            for candidate in Shrinker.candidates(of: current, allowed: check.family.shrinking) {
                guard budget > 0 else { break }
                budget -= 1
                guard check.family.admissible(candidate) == nil,
                      let evaluation = try? check.measure(candidate), let worst = evaluation.worst, !worst.holds else { continue }
                current = candidate
                currentWorst = worst
                shrunk = true
                progress = true
                break
            }
        }
        if shrunk, let g0 = start.game, let g1 = current.game {
            acc.notes.append("counterexample shrunk from |S|=\(g0.stateCount), n=\(g0.agentCount), |A|=\(g0.jointActionCount) to |S|=\(g1.stateCount), n=\(g1.agentCount), |A|=\(g1.jointActionCount)")
        }
        let path = counterexampleDirectory + "/" + CounterexampleFile.fileName(for: claim.id)
        do {
            try FileIO.writeJSON(CounterexampleFile.encode(claim: claim, instance: current, worst: currentWorst, path: path), to: path)
            acc.result.counterexample = path
        } catch {
            acc.failures.append("counterexample could not be saved: \(error)")
        }
    }
}

/// The running tally of a check.
struct Accumulator {
    var result: ClaimResult
    let claim: Claim
    /// The most violating instance so far (least relative slack below zero).
    var violating: (instance: ClaimInstance, measurement: Measurement, slack: Double)?
    /// Instances ordered by their slack, closest to failing first (search start points).
    private var ranked: [(instance: ClaimInstance, slack: Double)] = []
    private var worstSlack = Double.infinity
    private var worstRateMargin = Double.infinity
    var notes: [String] = []
    var failures: [String] = []
    private var measuredWithBound = 0

    init(claim: Claim) {
        self.claim = claim
        result = ClaimResult(claim: claim)
    }

    var closest: [ClaimInstance] { ranked.sorted { $0.slack < $1.slack }.map(\.instance) }

    mutating func add(_ instance: ClaimInstance, _ e: Evaluation) {
        result.instances += 1
        for note in e.notes where !notes.contains(note) && notes.count < 24 { notes.append(note) }
        if claim.kind == .rate {
            addRate(e)
            return
        }
        guard let worst = e.worst else {
            failures.append("an instance produced no measurement")
            return
        }
        if claim.kind == .identity {
            for m in e.measurements where result.identityResiduals.count < 4096 { result.identityResiduals.append(abs(m.lhs - m.rhs)) }
        }
        let bounded = e.measurements.filter { $0.trivialBound != nil }
        if !bounded.isEmpty {
            measuredWithBound += 1
            if bounded.allSatisfy(\.isVacuous) { result.vacuousInstances += 1 }
        }
        let slack = worst.relativeSlack
        ranked.append((instance, slack))
        if ranked.count > 8 { ranked.sort { $0.slack < $1.slack }; ranked.removeLast() }
        if slack < worstSlack || result.worst == nil {
            worstSlack = slack
            record(worst, e)
        }
        if !worst.holds, violating == nil || slack < violating!.slack {
            violating = (instance, worst, slack)
        }
    }

    private mutating func record(_ worst: Measurement, _ e: Evaluation) {
        result.worstMargin = worst.margin
        result.tolerance = worst.tolerance.value
        result.toleranceReason = worst.tolerance.reason
        result.worst = WorstComparison(label: worst.label, lhs: worst.lhs, relation: worst.relation, rhs: worst.rhs)
        result.quantities = e.quantities
        result.series = e.series
        result.violatedSteps = e.measurements.lazy.filter { !$0.holds }.prefix(ClaimResult.violatedStepLimit)
            .map { WorstComparison(label: $0.label, lhs: $0.lhs, relation: $0.relation, rhs: $0.rhs) }
    }

    private mutating func addRate(_ e: Evaluation) {
        guard let r = e.rate else {
            failures.append("a rate claim's instance produced no rate observation")
            return
        }
        let fit: RateFit?
        do { fit = try RateFit(r) } catch {
            failures.append("rate fit failed: \(error)")
            return
        }
        guard let fit else {
            failures.append("fewer than 3 points with positive finite values to fit (\(r.yLabel) against \(r.xLabel))")
            return
        }
        let margin = fit.margin(claimed: r.claimedExponent, kind: r.kind)
        if margin < worstRateMargin || result.rate == nil {
            worstRateMargin = margin
            result.worstMargin = margin
            result.tolerance = 0
            result.toleranceReason = "95% Student-t interval of the log–log slope on the larger half of the sizes, widened by its drift from the all-sizes slope (GSL least squares)"
            result.rate = RateFitSummary(claimedExponent: r.claimedExponent, kind: r.kind, fittedExponent: fit.slope,
                                         interval: fit.interval, points: fit.points, xLabel: r.xLabel, yLabel: r.yLabel)
            result.quantities = e.quantities
            result.series = e.series.isEmpty
                ? [PlotSeries(name: "measured", x: r.x, y: r.y, xLabel: r.xLabel, yLabel: r.yLabel)] : e.series
        }
    }

    func finish() -> ClaimResult {
        var out = result
        out.notes = notes
        out.failures = Array(failures.prefix(8)) + (failures.count > 8 ? ["… and \(failures.count - 8) more"] : [])
        if claim.kind == .notCheckable {
            out.verdict = .notCheckable
            return out
        }
        if claim.kind == .rate {
            guard out.rate != nil else {
                out.verdict = .notCheckable
                out.notCheckableReason = failures.first ?? "no instance was measured"
                return out
            }
            out.verdict = worstRateMargin < 0 ? .rateInconsistent : .rateConsistent
            return out
        }
        guard out.instances > 0, out.worst != nil else {
            out.verdict = .notCheckable
            out.notCheckableReason = failures.first ?? "no instance was measured"
            return out
        }
        if violating != nil {
            out.verdict = .violated
        } else if measuredWithBound > 0 && out.vacuousInstances == out.instances {
            out.verdict = .vacuous
        } else {
            out.verdict = .holds
        }
        return out
    }
}
