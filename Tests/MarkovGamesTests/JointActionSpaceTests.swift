import PropertyBased
import Testing
@testable import MarkovGames

@Suite("JointActionSpace")
struct JointActionSpaceTests {
    @Test("index(of:) and actions(of:) are inverse bijections on 0..<|A|")
    func roundTrip() async {
        await propertyCheck(count: 200, input: Gen.int(in: 1...5).array(of: 1...5)) { sizes in
            let space = JointActionSpace(sizes: sizes)
            #expect(space.count == sizes.reduce(1, *))
            var seen = Set<Int>()
            for k in 0..<space.count {
                let actions = space.actions(of: k)
                #expect(actions.indices.allSatisfy { actions[$0] >= 0 && actions[$0] < sizes[$0] })
                #expect(space.index(of: actions) == k)
                seen.insert(space.index(of: actions))
                for i in sizes.indices { #expect(space.action(ofAgent: i, in: k) == actions[i]) }
            }
            #expect(seen.count == space.count)
        }
    }

    @Test("agent 1 varies slowest (row-major / itertools.product order)")
    func lexicographicOrder() async {
        await propertyCheck(count: 100, input: Gen.int(in: 1...4).array(of: 1...4)) { sizes in
            let space = JointActionSpace(sizes: sizes)
            // Enumerate the product by nested counting with the last agent fastest, by hand.
            var expected: [[Int]] = [[]]
            for size in sizes { expected = expected.flatMap { prefix in (0..<size).map { prefix + [$0] } } }
            #expect((0..<space.count).map { space.actions(of: $0) } == expected)
        }
    }

    @Test("replacing one agent's action changes only that component")
    func replacing() async {
        await propertyCheck(count: 200, input: Gen.int(in: 1...4).array(of: 1...4), Gen.int(in: 0...1_000_000)) { sizes, pick in
            let space = JointActionSpace(sizes: sizes)
            let k = pick % space.count
            for i in sizes.indices {
                for a in 0..<sizes[i] {
                    var expected = space.actions(of: k)
                    expected[i] = a
                    #expect(space.actions(of: space.replacing(agent: i, with: a, in: k)) == expected)
                }
            }
        }
    }
}
