import ExactSolvers
import GSLKit
import MarkovGames
import PropertyBased
import Testing

@Suite struct OccupancyTests {
    /// d = (1−γ)x with (I − γP_πᵀ)x = ρ. Column sums of I − γP_πᵀ are ≤ 1+γ, so a backward-stable
    /// solve leaves ‖(I − γP_πᵀ)x̂ − ρ‖₁ ≤ 8|S|ε(1+γ)‖x̂‖₁ (componentwise Higham bound summed over rows).
    /// Hence |Σd − 1| = |Σ_i residual_i| ≤ 8|S|ε(1+γ)‖x̂‖₁ and the flow equation
    /// d = (1−γ)ρ + γP_πᵀd holds with ‖residual‖₁ ≤ (1−γ)·8|S|ε(1+γ)‖x̂‖₁ = 8|S|ε(1+γ)Σd; the
    /// recomputation here adds |S|+1 rounded products per entry.
    @Test func discountedOccupancySumsToOneAndSatisfiesItsFlowEquation() async {
        await propertyCheck(count: 40, input: GameShape.generator()) { shape in
            let game = shape.game()
            let mdp = FiniteMDP(game: game)
            let joint = RandomPolicies.product(game, rng: RandomSource(seed: shape.seed &+ 1)).joint(in: game).table
            let d = try mdp.discountedStateOccupancy(policy: joint)
            let nS = game.stateCount, g = game.gamma
            let xOne = d.reduce(0) { $0 + abs($1) } / (1 - g)
            let solveBound = 8 * Double(nS) * Double.ulpOfOne * (1 + g) * xOne
            #expect(d.allSatisfy { $0 >= -solveBound })
            #expect(abs(Vector.compensatedSum(d) - 1) <= solveBound + Roundoff.sum(terms: nS, scale: 1))
            let p = mdp.stateTransitionMatrix(policy: joint)
            var flow = 0.0
            for t in 0..<nS {
                var rhs = (1 - g) * game.initial[t]
                for s in 0..<nS { rhs += g * p[s, t] * d[s] }
                flow += abs(d[t] - rhs)
            }
            #expect(flow <= (1 - g) * solveBound + Double(nS) * Roundoff.sum(terms: nS + 1, scale: 1))

            let sa = try mdp.discountedStateActionOccupancy(policy: joint)
            let nA = mdp.actionCount
            for s in 0..<nS {
                let marginal = (0..<nA).reduce(0.0) { $0 + sa[s * nA + $1] }
                #expect(abs(marginal - d[s]) <= Roundoff.sum(terms: nA, scale: d[s]))
            }
        }
    }

    /// The performance-difference identity (Kakade & Langford 2002; mappo §3 L4.1 recipe with N = 1):
    /// J(π') − J(π) = (1/(1−γ)) Σ_s d^{π'}(s) Σ_a π'(a|s) A^π(s,a), on the joint MDP.
    ///
    /// Tolerance: each J carries its forward error (Σρ = 1); A^π = Q − V carries 2·fe_π; d^{π'} is
    /// off by ‖δd‖₁ ≤ ‖(I−γPᵀ)⁻¹‖₁·(1−γ)·residual ≤ 8|S|ε(1+γ)/(1−γ) (column sums of the inverse
    /// ≤ 1/(1−γ)), which meets ‖Ā‖_∞; the sums add |S|·|A| rounded products. The whole is doubled.
    @Test func performanceDifferenceIdentity() async {
        await propertyCheck(count: 40, input: GameShape.generator()) { shape in
            let game = shape.game()
            let mdp = FiniteMDP(game: game)
            let rng = RandomSource(seed: shape.seed &+ 5)
            let pi = RandomPolicies.product(game, rng: rng).joint(in: game).table
            let piPrime = RandomPolicies.product(game, rng: rng).joint(in: game).table
            let eval = try PolicyEvaluation(mdp: mdp, policy: pi)
            let evalPrime = try PolicyEvaluation(mdp: mdp, policy: piPrime)
            let d = try mdp.discountedStateOccupancy(policy: piPrime)
            let nS = game.stateCount, nA = mdp.actionCount, g = game.gamma
            let lhs = Vector.dot(game.initial, evalPrime.values) - Vector.dot(game.initial, eval.values)
            var rhs = 0.0, advantageScale = 0.0
            for s in 0..<nS {
                var expected = 0.0
                for a in 0..<nA { expected += piPrime[s * nA + a] * (eval.actionValues[s * nA + a] - eval.values[s]) }
                advantageScale = max(advantageScale, abs(expected))
                rhs += d[s] * expected
            }
            rhs /= 1 - g
            let qScale = max(Vector.infinityNorm(eval.actionValues), Vector.infinityNorm(eval.values))
            let deltaD = 8 * Double(nS) * Double.ulpOfOne * (1 + g) / (1 - g)
            let deltaA = 2 * eval.forwardErrorBound + Roundoff.sum(terms: nA, scale: qScale)
            let tol = 2 * (eval.forwardErrorBound + evalPrime.forwardErrorBound
                           + (deltaD * advantageScale + deltaA) / (1 - g)
                           + Roundoff.sum(terms: nS * nA, scale: qScale / (1 - g)))
            #expect(abs(lhs - rhs) <= tol, "J(π') − J(π) = \(lhs), PDL right-hand side \(rhs), tolerance \(tol)")
        }
    }

    /// ν P_π = ν for the stationary distribution. The solve is of M ν = e_n with M = P_πᵀ − I whose
    /// last row is replaced by ones; columns of |M| sum to ≤ 3, so ‖Mν̂ − e_n‖₁ ≤ 8|S|ε·3‖ν̂‖₁. Its
    /// first |S|−1 rows are entries of ν̂P − ν̂ and the last entry is minus their sum (Σ(νP − ν) = 0
    /// exactly), so ‖ν̂P − ν̂‖₁ ≤ 2·24|S|ε‖ν̂‖₁, plus the recomputation. When the solver reports several
    /// closed classes, eigenvalue 1 of P_π must have multiplicity ≥ 2 (an independent check by GSL's
    /// nonsymmetric eigen-solver; a gap of 1e-8 separates it from round-off of order |S|ε‖P‖).
    @Test func stationaryDistributionIsInvariant() async {
        await propertyCheck(count: 40, input: GameShape.generator()) { shape in
            let game = shape.game()
            let mdp = FiniteMDP(game: game)
            let joint = RandomPolicies.product(game, rng: RandomSource(seed: shape.seed &+ 7)).joint(in: game).table
            let p = mdp.stateTransitionMatrix(policy: joint)
            let nS = game.stateCount
            do {
                let nu = try mdp.stationaryDistribution(policy: joint)
                let mass = nu.reduce(0, +)
                let nuP = p.leftTimes(nu)
                let drift = zip(nuP, nu).reduce(0.0) { $0 + abs($1.0 - $1.1) }
                #expect(drift <= 48 * Double(nS) * Double.ulpOfOne * mass + Double(nS) * Roundoff.sum(terms: nS, scale: 1))
                #expect(abs(mass - 1) <= 24 * Double(nS) * Double.ulpOfOne * mass + Roundoff.sum(terms: nS, scale: 1))
            } catch SolverError.notUnique {
                let unitEigenvalues = try EigenDecomposition(p).eigenvalues.filter {
                    abs($0.real - 1) < 1e-8 && abs($0.imaginary) < 1e-8
                }
                #expect(unitEigenvalues.count >= 2)
            }
        }
    }

    /// A chain with two absorbing states (0 → 1 or 2 with probability ½ each; 1 and 2 absorbing) has
    /// two closed classes, so its stationary distribution is not unique and the solver says so.
    @Test func twoAbsorbingStatesHaveNoUniqueStationaryDistribution() throws {
        let mdp = FiniteMDP(stateCount: 3, actionCount: 1,
                            transitions: [0, 0.5, 0.5, 0, 1, 0, 0, 0, 1], rewards: [0, 0, 0], gamma: 0.9, initial: [1, 0, 0])
        #expect {
            _ = try mdp.stationaryDistribution(policy: [1, 1, 1])
        } throws: { error in
            guard case SolverError.notUnique(let text) = error else { return false }
            return text.contains("{1}") && text.contains("{2}")
        }
    }
}

@Suite struct MinimalOccupancyTests {
    /// d_min(s) = min_π d^π(s) equals the minimum over every deterministic joint policy, enumerated
    /// (|A|^|S| ≤ 4³ = 64 of them), and no random product policy goes below it. The values are
    /// (1−γ)×|value| of an MDP solved by policy iteration and of occupancy solves; both are LU solves
    /// of I − γP with ‖x‖₁ ≤ 1/(1−γ), so each is within 8|S|ε(1+γ)/(1−γ) of the truth (the forward
    /// bound of `OccupancyTests`, with κ₁(I − γP) ≤ (1+γ)/(1−γ)); twice that is allowed.
    @Test func minimalOccupancyIsTheMinimumOverDeterministicPolicies() async {
        await propertyCheck(count: 25, input: GameShape.generator(states: 1...3, agents: 1...2, maxActions: 1...2)) { shape in
            let game = shape.game()
            let mdp = FiniteMDP(game: game)
            let nS = game.stateCount, nA = game.jointActionCount, g = game.gamma
            let dMin = try mdp.minimalDiscountedStateOccupancy()
            let allowance = 2 * 8 * Double(nS) * Double.ulpOfOne * (1 + g) * (1 + g) / (1 - g)
            var brute = [Double](repeating: .infinity, count: nS)
            var choice = [Int](repeating: 0, count: nS)
            repeat {
                var table = [Double](repeating: 0, count: nS * nA)
                for s in 0..<nS { table[s * nA + choice[s]] = 1 }
                let d = try mdp.discountedStateOccupancy(policy: table)
                for s in 0..<nS { brute[s] = min(brute[s], d[s]) }
            } while Self.advance(&choice, base: nA)
            for s in 0..<nS { #expect(abs(dMin[s] - brute[s]) <= allowance, "state \(s): \(dMin[s]) vs \(brute[s])") }
            let rng = RandomSource(seed: shape.seed &+ 7)
            for _ in 0..<5 {
                let d = try mdp.discountedStateOccupancy(policy: RandomPolicies.product(game, rng: rng).joint(in: game).table)
                for s in 0..<nS { #expect(d[s] >= dMin[s] - allowance) }
            }
        }
    }

    /// The next joint-action choice per state in lexicographic order; false after the last.
    static func advance(_ digits: inout [Int], base: Int) -> Bool {
        for i in digits.indices.reversed() {
            digits[i] += 1
            if digits[i] < base { return true }
            digits[i] = 0
        }
        return false
    }
}
