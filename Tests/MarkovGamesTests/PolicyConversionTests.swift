import GSLKit
import PropertyBased
import Testing
@testable import MarkovGames

/// Product → joint and conditional → joint conversions on random games.
///
/// Tolerances: a joint row is a sum of |A| products of n factors, each product carrying at most
/// n rounding errors of 2⁻⁵³ relative, so |Σ_a π(a|s) − 1| ≤ (n + |A|)·2⁻⁵² for exact factor rows
/// whose own sums are within their (|A_i|)·2⁻⁵³ of 1; we allow 4(n + |A|)·2⁻⁵².
@Suite("Policy conversions")
struct PolicyConversionTests {
    static let sizes = (Gen.int(in: 1...3), Gen.int(in: 1...3), Gen.int(in: 1...3), Gen.uint64(in: 0...UInt64.max))

    static func tolerance(_ game: Game) -> Double {
        4 * Double(game.agentCount + game.jointActionCount) * Double.ulpOfOne
    }

    @Test("product → joint: rows are distributions and factor as ∏_i π_i(a_i|s)")
    func productToJoint() async throws {
        await propertyCheck(count: 100, input: Self.sizes.0, Self.sizes.1, Self.sizes.2, Self.sizes.3) { nS, n, k, seed in
            let game = try! randomGame(states: nS, agents: n, actions: k, seed: seed)
            let policy = randomProductPolicy(game, rng: RandomSource(seed: seed ^ 0x5eed))
            let joint = policy.joint(in: game)
            let tol = Self.tolerance(game)
            #expect(joint.table.allSatisfy { $0 >= 0 })
            for sum in rowSums(joint.table, width: game.jointActionCount) { #expect(abs(sum - 1) <= tol) }
            // The marginal of agent i recovers π_i (sum over a_{-i} of ∏_j π_j = π_i · ∏_{j≠i} 1).
            for s in 0..<nS {
                for i in 0..<n {
                    var marginal = [Double](repeating: 0, count: k)
                    for a in 0..<game.jointActionCount {
                        marginal[game.jointActions.action(ofAgent: i, in: a)] += joint.table[s * game.jointActionCount + a]
                    }
                    for b in 0..<k { #expect(abs(marginal[b] - policy.tables[i][s * k + b]) <= tol) }
                }
            }
            #expect(throws: Never.self) { try Policy.joint(joint).validate(for: game) }
        }
    }

    @Test("conditional → joint: rows are distributions; the first agent's marginal is its table")
    func conditionalToJoint() async throws {
        await propertyCheck(count: 100, input: Self.sizes.0, Self.sizes.1, Self.sizes.2, Self.sizes.3) { nS, n, k, seed in
            let game = try! randomGame(states: nS, agents: n, actions: k, seed: seed)
            let rng = RandomSource(seed: seed ^ 0xc0de)
            let order = rng.permutation(n)
            let policy = randomConditionalPolicy(game, order: order, rng: rng)
            let joint = policy.joint(in: game)
            let tol = Self.tolerance(game)
            for sum in rowSums(joint.table, width: game.jointActionCount) { #expect(abs(sum - 1) <= tol) }
            for s in 0..<nS {
                var marginal = [Double](repeating: 0, count: k)
                for a in 0..<game.jointActionCount {
                    marginal[game.jointActions.action(ofAgent: order[0], in: a)] += joint.table[s * game.jointActionCount + a]
                }
                for b in 0..<k { #expect(abs(marginal[b] - policy.tables[0][s * k + b]) <= tol) }
            }
            #expect(throws: Never.self) { try Policy.conditional(policy).validate(for: game) }
        }
    }

    @Test("a product policy written as a conditional one gives the same joint, for every order")
    func productAsConditional() async throws {
        await propertyCheck(count: 100, input: Self.sizes.0, Self.sizes.1, Self.sizes.2, Self.sizes.3) { nS, n, k, seed in
            let game = try! randomGame(states: nS, agents: n, actions: k, seed: seed)
            let rng = RandomSource(seed: seed ^ 0xfeed)
            let product = randomProductPolicy(game, rng: rng)
            let direct = product.joint(in: game)
            // Identity order multiplies the same factors in the same order: bitwise equal.
            #expect(ConditionalPolicy(product, game: game).joint(in: game) == direct)
            // Another order multiplies them in another order: equal up to n roundings.
            let order = rng.permutation(n)
            let reordered = ConditionalPolicy(product, game: game, order: order).joint(in: game)
            for (x, y) in zip(reordered.table, direct.table) { #expect(abs(x - y) <= Double(2 * n) * Double.ulpOfOne * max(x, y)) }
        }
    }
}
