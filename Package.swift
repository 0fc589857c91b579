// swift-tools-version: 6.1
import PackageDescription

/// MARLCheck: exact checks of multi-agent reinforcement-learning theorems.
///
/// Modules point one way (see docs/architecture.md):
/// CGSL → GSLKit → {MarkovGames, Divergences} → ExactSolvers → {Learners, Claims} → Reports → marlcheck.
let propertyBased: Target.Dependency = .product(name: "PropertyBased", package: "swift-property-based")

let package = Package(
    name: "MARLCheck",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "marlcheck", targets: ["marlcheck"]),
        .library(name: "MARLCheckKit", targets: [
            "GSLKit", "MarkovGames", "ExactSolvers", "Divergences", "Learners", "Claims", "Reports",
        ]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/x-sheep/swift-property-based.git", from: "2.0.1"),
    ],
    targets: [
        .systemLibrary(
            name: "CGSL",
            providers: [.apt(["libgsl-dev", "libopenblas-dev"])]
        ),
        .target(name: "GSLKit", dependencies: ["CGSL"]),
        .target(name: "MarkovGames", dependencies: ["GSLKit"]),
        .target(name: "Divergences", dependencies: ["GSLKit"]),
        .target(name: "ExactSolvers", dependencies: ["GSLKit", "MarkovGames"]),
        .target(name: "Learners", dependencies: ["GSLKit", "MarkovGames", "ExactSolvers", "Divergences"]),
        .target(name: "Claims", dependencies: ["GSLKit", "MarkovGames", "ExactSolvers", "Divergences", "Learners"]),
        .target(name: "Reports", dependencies: ["GSLKit", "MarkovGames", "Claims"]),
        .executableTarget(
            name: "marlcheck",
            dependencies: [
                "GSLKit", "MarkovGames", "ExactSolvers", "Divergences", "Learners", "Claims", "Reports",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "GSLKitTests", dependencies: ["GSLKit", propertyBased]),
        .testTarget(name: "MarkovGamesTests", dependencies: ["MarkovGames", propertyBased]),
        .testTarget(name: "DivergencesTests", dependencies: ["Divergences", propertyBased]),
        .testTarget(name: "ExactSolversTests", dependencies: ["ExactSolvers", "MarkovGames", propertyBased]),
        .testTarget(name: "LearnersTests", dependencies: ["Learners", propertyBased]),
        .testTarget(name: "ClaimsTests", dependencies: ["Claims", propertyBased]),
        .testTarget(name: "ReportsTests", dependencies: ["Reports", "Claims"]),
        .testTarget(name: "marlcheckTests", dependencies: ["marlcheck", "MarkovGames"], exclude: ["Fixtures"]),
    ],
    swiftLanguageModes: [.v6]
)

