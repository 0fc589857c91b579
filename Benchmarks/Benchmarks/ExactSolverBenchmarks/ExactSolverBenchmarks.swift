import Benchmark
import ExactSolvers
import MarkovGames

/// Exact policy evaluation and NE-gap on a random identical-interest game with |S| = 200, n = 3,
/// |A_i| = 4 (|A| = 64, 2.56·10⁶ transition entries): the size of the larger claim instances.
/// The same game is `marlcheck games export random-identical-interest --param states=200
/// --param agents=3 --param actions=4 --seed 1`.
let benchmarks: @Sendable () -> Void = {
    let game = try! GameCatalog.builder(named: "random-identical-interest")
        .build(overrides: ["states": "200", "agents": "3", "actions": "4"], seed: 1)
    let policy = ProductPolicy.uniform(game)
    let configuration = Benchmark.Configuration(
        metrics: [.wallClock, .cpuTotal, .mallocCountTotal, .peakMemoryResident],
        maxDuration: .seconds(60),
        maxIterations: 10
    )

    Benchmark("evaluate uniform policy, S=200 n=3 |A_i|=4", configuration: configuration) { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(try game.evaluate(.product(policy)))
        }
    }

    Benchmark("NE-gap of uniform policy, S=200 n=3 |A_i|=4", configuration: configuration) { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(try NashGap(game: game, policy: policy))
        }
    }
}
