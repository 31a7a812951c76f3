// swift-tools-version:6.1
// ExactNN: exact and certified checks of five neural-network theory papers.
// Layers (imports point down): exactnn → Reports → Catalog → Experiments →
// domain modules → Trainer / ExactArithmetic, ClaimKit, ShippedData → CGMP, CMPFR, TrainerAVX.
import PackageDescription

// Opt-in: EXACTNN_TARGET_CPU=<cpu> (e.g. znver3, haswell) compiles the
// trainer for that CPU (AVX2/FMA; BENCHMARKS.md, issue 15). The binary then
// needs that CPU; the default build stays baseline x86-64 / arm64.
let trainerSettings: [SwiftSetting] = Context.environment["EXACTNN_TARGET_CPU"].map { [.unsafeFlags(["-target-cpu", $0])] } ?? []

let domain = ["BooleanAnalysis", "PolarityTheory", "RandomBackprop", "SymmetricNets", "NeuralBalance", "LinearRegions", "Annulus"]

func testTarget(_ module: String, extra: [Target.Dependency] = []) -> Target {
    .testTarget(
        name: "\(module)Tests",
        dependencies: [.target(name: module), "PropertyTesting", .product(name: "PropertyBased", package: "swift-property-based")] + extra)
}

let package = Package(
    name: "ExactNN",
    products: [
        .executable(name: "exactnn", targets: ["exactnn"]),
        .library(name: "ExactArithmetic", targets: ["ExactArithmetic"]),
        .library(name: "ClaimKit", targets: ["ClaimKit"]),
        .library(name: "Catalog", targets: ["Catalog"]),
        .library(name: "Trainer", targets: ["Trainer"]),
    ] + domain.map { .library(name: $0, targets: [$0]) },
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/x-sheep/swift-property-based.git", from: "2.0.1"),
        .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.5.0"),
    ],
    targets: [
        .systemLibrary(name: "CGMP", pkgConfig: "gmp", providers: [.apt(["libgmp-dev"])]),
        .systemLibrary(name: "CMPFR", pkgConfig: "mpfr", providers: [.apt(["libmpfr-dev"])]),
        .target(name: "Cores", exclude: ["README.md"]),
        .target(name: "ExactArithmetic", dependencies: ["CGMP", "CMPFR", "Cores"], exclude: ["README.md"]),
        .target(name: "ClaimKit", exclude: ["README.md"]),
        .target(name: "ShippedData", exclude: ["README.md"]),
        // The trainer's AVX2 loops (issue 15), chosen at run time by CPUID.
        .target(name: "TrainerAVX", exclude: ["README.md"]),
        .target(name: "Trainer", dependencies: ["Cores", "TrainerAVX"], exclude: ["README.md"], swiftSettings: trainerSettings),
    ] + domain.map { name in
        .target(name: name, dependencies: ["ExactArithmetic", "ClaimKit", "Cores", "ShippedData"], exclude: ["README.md"])
    } + [
        .target(name: "Experiments", dependencies: ["Trainer", "ClaimKit", "ExactArithmetic", "Cores", "ShippedData"] + domain.map { .target(name: $0) }, exclude: ["README.md"]),
        .target(name: "Catalog", dependencies: ["ClaimKit", "ExactArithmetic", "Experiments"] + domain.map { .target(name: $0) }, exclude: ["README.md"]),
        .target(name: "Reports", dependencies: ["ClaimKit", "Catalog"], exclude: ["README.md"]),
        .executableTarget(
            name: "exactnn",
            dependencies: [
                "Reports", "Catalog", "ExactArithmetic", "Trainer", "Experiments", "Cores",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ] + domain.map { .target(name: $0) }),
        .target(name: "PropertyTesting", dependencies: [.product(name: "PropertyBased", package: "swift-property-based")],
                path: "Tests/PropertyTesting"),
        testTarget("ExactArithmetic"),
        testTarget("ClaimKit"),
        testTarget("Trainer"),
        testTarget("Experiments"),
        testTarget("Catalog", extra: ["ExactArithmetic"]),
        testTarget("Reports"),
        .testTarget(name: "CommandLineTests", dependencies: [.target(name: "exactnn")]),
    ] + domain.map { testTarget($0, extra: ["ExactArithmetic"]) },
    swiftLanguageModes: [.v6]
)
