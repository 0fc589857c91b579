import Foundation
import GSLKit

extension MFPPOClaims {
    /// mfppo, Lemma E.5 (App. E.1): E‖ĝ_β − ḡ_β‖² ≤ ζ² + O(R²/N) with ζ² = O(R²): at N = 4 observed
    /// agents, exact over ρ, P, π and both binomial histograms, β = β(0) + R u, 8 initialisations,
    /// R = 1 … 256; fitted slope in R against 2.
    static let lemmaE5 = Claim(
        id: "mfppo.lemE.5", paper: .mfppo, source: "Lemma E.5 (App. E.1)",
        statement: "With Assumption 4, there exists ζ² = O(R_β²), such that E_{init,s,d_S,ā,s',d'_S,ā',**s**,**s**'}‖ĝ_β − ḡ_β‖² ≤ ζ² + O(R_β²/N).",
        hypotheses: "Evaluation problems on mean-field MDPs (as mfppo.thmE.1, k = 2); N = 4; m = 64; R = 1, 2, 4, …, 256; 8 initialisations.",
        kind: .rate,
        check: ClaimCheck(family: varianceFamily) { x in
            let problem = try EvaluationSetup(x, realizable: false).problem()
            guard problem.localStates == 2 else { throw ClaimError.outsideHypotheses("k = 2") }
            let nA = problem.actions, n = 4
            let y = radii.map { radius in
                initialisationAverage(seed: x.seed, count: 8, label: { "init\($0)" }, localStates: 2, actions: nA,
                                      width: 64, radius: radius, concentration: 1) { network, beta in
                    let moments = SemiGradientMoments(problem: problem, network: network, beta: beta)
                    let mean = populationSemiGradient(problem, network, beta, gates: .current)
                    var total = Vector.dot(mean, mean)
                    for i in 0..<(problem.model.stateCount * nA) where problem.sampling[i] > 0 {
                        let xs = i / nA, a = i % nA, s = problem.model.localState(of: xs)
                        let psi = moments.tangents(s, a), gram = SemiGradientMoments.gram(psi)
                        let projections = psi.map { Vector.dot($0, mean) }
                        let f = (0..<2).map { moments.table[network.feature(s, $0, a)] }
                        let target = problem.target[i]
                        var b1 = 0.0, b2 = 0.0
                        for (j, w) in problem.nextValueWeights(xs, a).enumerated() where w > 0 {
                            let (m1, m2) = SemiGradientMoments.nextMoments(moments.nextLocal(problem.model.localState(of: j / nA), j % nA),
                                                                           problem.model.meanField(of: j / nA), samples: n)
                            b1 += w * m1
                            b2 += w * m2
                        }
                        for (j, prob) in SemiGradientMoments.binomial(n, problem.model.meanField(of: xs)[1]).enumerated() where prob > 0 {
                            let wts = [Double(n - j) / Double(n), Double(j) / Double(n)]
                            let aHat = Vector.dot(wts, f) - target
                            let meanDelta = aHat - problem.mu * b1, meanDeltaSquare = aHat * aHat - 2 * problem.mu * aHat * b1 + problem.mu * problem.mu * b2
                            total += problem.sampling[i] * prob * (meanDeltaSquare * SemiGradientMoments.form(gram, wts, wts) - 2 * meanDelta * Vector.dot(wts, projections))
                        }
                    }
                    return total
                }
            }
            return Evaluation(rate: RateObservation(x: radii, y: y, claimedExponent: 2, kind: .atMost, xLabel: "R_β", yLabel: "E‖ĝ_β − ḡ_β‖² (N = 4)"),
                              quantities: [NamedValue("N", Double(n)), NamedValue("γ = μ", problem.mu)])
        },
        defaultInstances: 2)
}
