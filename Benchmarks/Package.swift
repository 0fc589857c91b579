// swift-tools-version: 6.1
import PackageDescription

/// MARLCheck's benchmarks: a package of its own, so the root package's `swift build` and
/// `swift test` never build them. Run from this folder with `swift package benchmark`.
let package = Package(
    name: "MARLCheckBenchmarks",
    platforms: [.macOS(.v14)],
    dependencies: [
        .package(name: "MARLCheck", path: ".."),
        .package(url: "https://github.com/ordo-one/benchmark", exact: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        .executableTarget(
            name: "ExactSolverBenchmarks",
            dependencies: [
                .product(name: "MARLCheckKit", package: "MARLCheck"),
                .product(name: "Benchmark", package: "benchmark"),
            ],
            path: "Benchmarks/ExactSolverBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
