import Claims
import Foundation
import GSLKit
import MarkovGames

/// Claims whose verdicts are known by hand, one of each kind, so that reports are tested on
/// every shape of result: a true identity, a false bound (violated, with a counterexample), a
/// true rate, a monotone statement false at known steps, a true but vacuous bound, and a
/// statement registered as not checkable.
enum SampleClaims {
    /// γ uniform in (0.3, 0.7).
    static let discounts = InstanceFamily(
        description: "γ uniform in (0.3, 0.7)", searchSpace: SearchSpace(scalars: ["gamma": .interval(0.3, 0.7)])
    ) { rng in
        ClaimInstance(scalars: ["gamma": rng.uniform(0.3, 0.7)])
    }

    /// Σ_{k<K} γ^k = (1 − γ^K)/(1 − γ) for K = 1…40: true; the residual is the round-off of a sum
    /// of K terms of size ≤ 1/(1−γ) ≤ 3.4.
    static let geometricSum = Claim(
        id: "sample.identity", paper: .ddpl, source: "geometric series", statement: "Σ_{k<K} γ^k = (1 − γ^K)/(1 − γ) for K = 1…40",
        hypotheses: "γ ∈ (0.3, 0.7), K = 1…40", kind: .identity,
        check: ClaimCheck(family: discounts) { x in
            let g = try x.scalar("gamma")
            var measurements: [Claims.Measurement] = []
            var sum = 0.0
            for k in 1...40 {
                sum += pow(g, Double(k - 1))
                measurements.append(Claims.Measurement("K=\(k)", lhs: sum, .equal, rhs: (1 - pow(g, Double(k))) / (1 - g),
                                                tolerance: .roundoff(scale: 1 / (1 - g), operations: 2 * k, what: "the partial sum")))
            }
            return Evaluation(measurements: measurements, quantities: [NamedValue("γ", g)])
        })

    /// (1 − γ²)/(1 − γ) = 1 + γ ≤ 1: false for every γ > 0.
    static let falseBound = Claim(
        id: "sample.false/step1", paper: .ddpl, source: "made up", statement: "1 + γ ≤ 1",
        hypotheses: "γ ∈ (0.3, 0.7)", kind: .upperBound,
        check: ClaimCheck(family: discounts) { x in
            let g = try x.scalar("gamma")
            return Evaluation(measurements: [Claims.Measurement(lhs: 1 + g, .lessOrEqual, rhs: 1, tolerance: .exact)])
        })

    /// y(K) = (1 − γ^K)/(K(1 − γ)) decays exactly like K^{-1} once γ^K ≪ 1 (K ≥ 16 here).
    static let cesaroRate = Claim(
        id: "sample.rate", paper: .mappo, source: "Cesàro mean", statement: "(1/K) Σ_{k<K} γ^k = O(1/K)",
        hypotheses: "γ ∈ (0.3, 0.7), K = 2^4…2^12", kind: .rate,
        check: ClaimCheck(family: discounts) { x in
            let g = try x.scalar("gamma")
            let ks = (4...12).map { pow(2.0, Double($0)) }
            return Evaluation(rate: RateObservation(x: ks, y: ks.map { (1 - pow(g, $0)) / ($0 * (1 - g)) }, claimedExponent: -1,
                                                    kind: .exactly, xLabel: "K", yLabel: "Cesàro mean"))
        })

    /// "k ↦ k mod 3 is non-decreasing" on k = 0…8: false exactly at the steps k = 3 and k = 6,
    /// where the value drops from 2 to 0.
    static let sawtooth = Claim(
        id: "sample.monotone", paper: .mappo, source: "made up", statement: "k ↦ (k mod 3) is non-decreasing",
        hypotheses: "k = 0…8", kind: .monotone,
        check: ClaimCheck(family: .fixed("one sequence", ClaimInstance())) { _ in
            let values = (0...8).map { Double($0 % 3) }
            let steps = (1...8).map { k in
                Claims.Measurement("k=\(k)", lhs: values[k], .greaterOrEqual, rhs: values[k - 1], tolerance: .exact)
            }
            return Evaluation(measurements: steps, series: [PlotSeries(name: "k mod 3", x: (0...8).map(Double.init), y: values,
                                                                        xLabel: "k", yLabel: "value")])
        })

    /// γ ≤ 2 with the trivial bound γ ≤ 1: true and vacuous.
    static let vacuousBound = Claim(
        id: "sample.vacuous", paper: .haqo, source: "made up", statement: "γ ≤ 2", hypotheses: "γ ∈ (0.3, 0.7)", kind: .upperBound,
        check: ClaimCheck(family: discounts) { x in
            Evaluation(measurements: [Claims.Measurement(lhs: try x.scalar("gamma"), .lessOrEqual, rhs: 2, tolerance: .exact, trivialBound: 1)])
        })

    static let unmeasurable = Claim(
        notCheckable: "sample.constant", paper: .ltde, source: "made up", statement: "C ≤ 10 for the constant C of another paper",
        reason: "C has no stated value")

    static let all = [geometricSum, falseBound, cesaroRate, sawtooth, vacuousBound, unmeasurable]
}
