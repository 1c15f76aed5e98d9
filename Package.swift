// MARK: - Fuzzing (kept apart from the package above)
// libFuzzer targets, declared only when TAWTHIQ_FUZZ is set, so a plain `swift build` never
// links them: they have no `main` and need `-sanitize=fuzzer`. `scripts/fuzz.sh` builds and runs
// them; see docs/fuzzing.md.
import Foundation
// swift-tools-version: 6.1
import PackageDescription

/// The text, lexicon and coding modules are compiled with optimisation in debug builds too: the
/// tests code whole corpora (the GSR, a 50 MB line, 10,000-article ingests) and unoptimised Swift
/// codes them 20–30 times slower. See docs/decisions.md.
let optimised: [SwiftSetting] = [.unsafeFlags(["-O"], .when(configuration: .debug))]

/// The PostgreSQL store (postgres-nio and its TLS and crypto stack, two copies of BoringSSL) is
/// built only with the package trait `PostgreSQL`: `swift build --traits PostgreSQL`. Without it,
/// `--db postgres://…` says how to rebuild. See docs/decisions.md.
let postgres: TargetDependencyCondition? = .when(traits: ["PostgreSQL"])

let package = Package(
    name: "Tawthiq",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "tawthiq", targets: ["tawthiq"]),
        .library(name: "EventCoding", targets: ["EventCoding"]),
        .library(name: "Feeds", targets: ["Feeds"]),
    ],
    traits: [
        .trait(name: "PostgreSQL", description: "The PostgreSQL store (--db postgres://…) and `tawthiq worker`.")
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift.git", exact: "7.10.0"),
        .package(url: "https://github.com/vapor/postgres-nio.git", from: "1.33.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.28.1"),
    ],
    targets: [
        .target(name: "ArabicText", swiftSettings: optimised),
        .target(name: "Lexicon", dependencies: ["ArabicText"], resources: [.copy("Resources/lexicon")], swiftSettings: optimised),
        .target(
            name: "EventCoding", dependencies: ["ArabicText", "Lexicon"],
            resources: [.copy("Resources/ontology"), .copy("Resources/gate")], swiftSettings: optimised),
        .target(name: "Evaluation", dependencies: ["ArabicText", "EventCoding"]),
        .target(name: "Store", dependencies: ["EventCoding"]),
        .target(
            name: "SQLiteStore",
            dependencies: ["Store", .product(name: "GRDB", package: "GRDB.swift"), .product(name: "GRDBSQLite", package: "GRDB.swift")]),
        .target(name: "Feeds", dependencies: ["EventCoding", "ArabicText"]),
        .target(name: "PostgresStore", dependencies: ["Store", .product(name: "PostgresNIO", package: "postgres-nio", condition: postgres)]),
        .target(
            name: "Web",
            dependencies: [
                "Store", "SQLiteStore", "EventCoding", "Lexicon", "ArabicText",
                .product(name: "Hummingbird", package: "hummingbird"),
            ],
            resources: [.copy("Resources/world-outline.svg")]),
        .executableTarget(
            name: "tawthiq",
            dependencies: [
                "EventCoding", "Evaluation", "Lexicon", "ArabicText", "Store", "SQLiteStore", .target(name: "PostgresStore", condition: postgres), "Feeds",
                "Web",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),
        .testTarget(name: "ArabicTextTests", dependencies: ["ArabicText"]),
        .testTarget(name: "LexiconTests", dependencies: ["ArabicText", "Lexicon"]),
        .testTarget(name: "EventCodingTests", dependencies: ["EventCoding"]),
        .testTarget(name: "EvaluationTests", dependencies: ["Evaluation"]),
        .testTarget(name: "StoreTests", dependencies: ["Store", "SQLiteStore", .product(name: "GRDBSQLite", package: "GRDB.swift")]),
        .testTarget(name: "FeedsTests", dependencies: ["Feeds", "EventCoding", "ArabicText"]),
        .testTarget(name: "CLITests", dependencies: ["tawthiq", "Store", "SQLiteStore", .product(name: "GRDBSQLite", package: "GRDB.swift")]),
        .testTarget(
            name: "PostgresStoreTests",
            dependencies: [
                .target(name: "PostgresStore", condition: postgres), "SQLiteStore", "Store", "EventCoding", "Lexicon", "ArabicText", "tawthiq",
                .product(name: "PostgresNIO", package: "postgres-nio", condition: postgres),
            ]),
        .testTarget(
            name: "WebTests",
            dependencies: [
                "Web", "Store", "SQLiteStore", "EventCoding", "Lexicon",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ]),
    ],
    swiftLanguageModes: [.v6]
)

if ProcessInfo.processInfo.environment["TAWTHIQ_FUZZ"] != nil {
    let fuzzTargets: [(String, [Target.Dependency])] = [
        ("FuzzText", ["ArabicText"]),
        ("FuzzDates", ["ArabicText"]),
        ("FuzzLexicon", ["Lexicon"]),
        ("FuzzJSONL", ["EventCoding"]),
        ("FuzzFeeds", ["Feeds", "EventCoding"]),
    ]
    for (name, dependencies) in fuzzTargets {
        package.targets.append(
            .executableTarget(name: name, dependencies: dependencies, path: "Fuzz/\(name)", swiftSettings: [.unsafeFlags(["-parse-as-library"])]))
    }
}
