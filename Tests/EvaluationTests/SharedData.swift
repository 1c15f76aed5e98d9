import Foundation
import Testing

/// The data every developer and CI run have beside the project, at `../shared` from the package
/// root (development GSR, seed story, shared ontology), read at run time and never copied. A fresh
/// clone has none: a test marked `.needsShared(path)` is then skipped with a message naming the
/// missing path, except when $CI is set, where it runs and fails. One copy of this file per test
/// target (test targets share no code); see docs/decisions.md.
enum SharedData {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // EvaluationTests
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()  // package root
        .appendingPathComponent("../shared").standardizedFileURL

    static let isCI = ProcessInfo.processInfo.environment["CI"].map { !$0.isEmpty && $0 != "0" && $0 != "false" } ?? false

    /// `../shared/<path>`, whether or not it is there.
    static func url(_ path: String) -> URL { root.appendingPathComponent(path).standardizedFileURL }

    static func exists(_ path: String) -> Bool { FileManager.default.fileExists(atPath: url(path).path) }

    /// `../shared/<path>`; when it is missing (reached only under CI) the test fails, naming it.
    static func require(_ path: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> URL {
        let u = url(path)
        try #require(
            FileManager.default.fileExists(atPath: u.path),
            "\(u.path) is missing and CI is set: the tests that read ../shared need it beside the project",
            sourceLocation: sourceLocation)
        return u
    }
}

extension Trait where Self == ConditionTrait {
    /// Runs the test when every `../shared/<path>` exists or $CI is set; otherwise skips it, naming what is missing.
    static func needsShared(_ paths: String...) -> Self {
        let missing = paths.filter { !SharedData.exists($0) }
        return .enabled(
            if: missing.isEmpty || SharedData.isCI,
            "needs \(missing.map { "../shared/" + $0 }.joined(separator: ", ")), which is missing (a fresh clone has no shared data; CI=1 makes this a failure)"
        )
    }
}
