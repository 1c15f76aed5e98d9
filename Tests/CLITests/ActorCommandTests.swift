import Foundation
import Testing

/// `tawthiq actor` and `tawthiq lexicon import-petrarch`, run as the built binary (the same way
/// as CLITests, whose helpers are copied here rather than shared).
@Suite(.serialized) struct ActorCommandTests {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The built binary: next to the test bundle, else under `.build/debug` or `.build/<triple>/debug`.
    static let binary: URL? = {
        let fm = FileManager.default
        var candidates: [URL] = []
        for b in [Bundle.main.bundleURL, Bundle.main.executableURL].compactMap({ $0 }) {
            var dir = b
            for _ in 0..<3 {
                dir = dir.deletingLastPathComponent()
                candidates.append(dir.appendingPathComponent("tawthiq"))
            }
        }
        let build = root.appendingPathComponent(".build")
        candidates.append(build.appendingPathComponent("debug/tawthiq"))
        for triple in (try? fm.contentsOfDirectory(atPath: build.path)) ?? [] {
            candidates.append(build.appendingPathComponent(triple).appendingPathComponent("debug/tawthiq"))
        }
        return candidates.first { fm.isExecutableFile(atPath: $0.path) }
    }()

    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
        var lines: [String] { stdout.split(separator: "\n").map(String.init) }
    }

    static func scratch() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("tawthiq-actor-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    /// Runs the binary from the package root; output goes through temporary files.
    static func run(_ args: [String], timeout: Double = 120) throws -> Run {
        let bin = try #require(binary, "tawthiq binary not found: run `swift build --build-tests` first")
        let tmp = try scratch()
        defer { try? FileManager.default.removeItem(at: tmp) }
        let out = tmp.appendingPathComponent("stdout")
        let err = tmp.appendingPathComponent("stderr")
        _ = FileManager.default.createFile(atPath: out.path, contents: nil)
        _ = FileManager.default.createFile(atPath: err.path, contents: nil)
        let p = Process()
        p.executableURL = bin
        p.arguments = args
        p.currentDirectoryURL = root
        let outHandle = try FileHandle(forWritingTo: out)
        let errHandle = try FileHandle(forWritingTo: err)
        p.standardOutput = outHandle
        p.standardError = errHandle
        p.standardInput = FileHandle.nullDevice
        let start = Date()
        try p.run()
        while p.isRunning {
            if Date().timeIntervalSince(start) > timeout {
                p.terminate()
                p.waitUntilExit()
                Issue.record("tawthiq \(args.joined(separator: " ")) did not finish within \(Int(timeout)) s")
                break
            }
            Thread.sleep(forTimeInterval: 0.05)
        }
        p.waitUntilExit()
        try outHandle.close()
        try errHandle.close()
        return Run(
            status: p.terminationStatus,
            stdout: String(decoding: try Data(contentsOf: out), as: UTF8.self),
            stderr: String(decoding: try Data(contentsOf: err), as: UTF8.self))
    }

    static func json(_ line: String) -> [String: Any]? {
        (try? JSONSerialization.jsonObject(with: Data(line.utf8))) as? [String: Any]
    }

    // MARK: - actor

    @Test func jsonIsOneObjectWithTheContractKeysInOrder() throws {
        let r = try Self.run(["actor", "الرئيس السوري", "--date", "2012-01-01", "--output", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.lines.count == 1, "\(r.stdout)")
        let line = try #require(r.lines.first)
        let o = try #require(Self.json(line), "not JSON: \(line)")
        #expect(o["mention"] as? String == "الرئيس السوري")
        #expect(o["date"] as? String == "2012-01-01")
        #expect(o["code"] as? String == "SYRGOV")
        #expect(o["country"] as? String == "SYR")
        #expect(o["role"] as? String == "GOV")
        #expect(o["person"] is NSNull)
        #expect(o["office"] as? String == "president")
        #expect(o["holder"] as? String == "bashar-al-assad")
        #expect((o["reason"] as? String)?.contains("bashar-al-assad") == true)
        // Key order: the seven contract keys first, then office and holder.
        let keys = ["mention", "date", "code", "country", "role", "person", "reason", "office", "holder"]
        let positions = keys.map { line.range(of: "\"\($0)\":")?.lowerBound }
        #expect(positions.allSatisfy { $0 != nil }, "\(line)")
        #expect(positions.compactMap { $0 } == positions.compactMap { $0 }.sorted(), "\(line)")
        #expect(Set(o.keys) == Set(keys))
    }

    @Test func jsonForAPersonNamesThePersonOfTheDate() throws {
        let r = try Self.run(["actor", "الشرع", "--date", "2025-06-01", "--output", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        let o = try #require(r.lines.first.flatMap(Self.json), "\(r.stdout)")
        #expect(o["code"] as? String == "SYRGOV")
        #expect(o["person"] as? String == "ahmed-al-sharaa")
        let old = try Self.run(["actor", "الشرع", "--date", "2005-06-01", "--output", "json"])
        #expect(old.lines.first.flatMap(Self.json)?["person"] as? String == "farouk-al-sharaa", "\(old.stdout)")
    }

    @Test func textOutputIsForPeople() throws {
        let r = try Self.run(["actor", "بشار", "الأسد", "--date", "2024-12-08"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.lines.contains { $0.hasPrefix("code") && $0.hasSuffix("SYRELI") }, "\(r.stdout)")
        #expect(r.lines.contains { $0.hasPrefix("person") && $0.contains("bashar-al-assad") }, "\(r.stdout)")
        #expect(r.lines.contains { $0.hasPrefix("reason") }, "\(r.stdout)")
        #expect(Self.json(r.stdout) == nil)
    }

    @Test func nothingResolvedExitsOneWithAMessage() throws {
        let r = try Self.run(["actor", "كلام عادي", "--date", "2020-01-01", "--output", "json"])
        #expect(r.status == 1)
        #expect(r.stdout.isEmpty, "\(r.stdout)")
        #expect(r.stderr.contains("كلام عادي"), "\(r.stderr)")
    }

    @Test func badDateIsRejected() throws {
        let r = try Self.run(["actor", "الكرملين", "--date", "2020/01/01"])
        #expect(r.status != 0)
        #expect(r.stderr.contains("--date"), "\(r.stderr)")
    }

    // MARK: - lexicon import-petrarch

    @Test func importedDictionaryLoadsAsAnOverlay() throws {
        let dir = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let dict = dir.appendingPathComponent("actors.txt")
        // Arabic, UniversalPetrarch-style; a name the built-in lexicon does not have.
        try Data("زيد_التجريبي_ [SYRGOV 100101-200101] [SYRELI >200101]\n    +أبو_زيد_التجريبي_\n".utf8).write(to: dict)
        let r = try Self.run(["lexicon", "import-petrarch", dict.path])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("[person زيد-التجريبي]"), "\(r.stdout)")
        #expect(r.stdout.contains("role: SYRGOV - 2010-01-01..2020-01-01"), "\(r.stdout)")
        let overlay = dir.appendingPathComponent("lex")
        try FileManager.default.createDirectory(at: overlay, withIntermediateDirectories: true)
        try Data(r.stdout.utf8).write(to: overlay.appendingPathComponent("imported.lex"))
        for (date, code) in [("2015-01-01", "SYRGOV"), ("2020-01-01", "SYRELI")] {
            let a = try Self.run(["actor", "أبو زيد التجريبي", "--date", date, "--output", "json", "--lexicon", overlay.path])
            #expect(a.status == 0, "\(a.stderr)")
            let o = a.lines.first.flatMap(Self.json)
            #expect(o?["code"] as? String == code, "\(a.stdout)")
            #expect(o?["person"] as? String == "زيد-التجريبي", "\(a.stdout)")
        }
    }

    @Test func malformedLinesAreNamedAndExitOne() throws {
        let dir = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let dict = dir.appendingPathComponent("agents.txt")
        try Data("POLICE_ [~COP]\nMINISTER_ [GOV~]\nSOLDIER_ {SOLDIERS_} [~MIL]\n".utf8).write(to: dict)
        let r = try Self.run(["lexicon", "import-petrarch", "--kind", "agents", dict.path])
        #expect(r.status == 1)
        #expect(r.stderr.contains("agents.txt:2"), "\(r.stderr)")
        #expect(!r.stderr.contains("agents.txt:1"), "\(r.stderr)")
        #expect(r.stdout.contains("[agent COP]"), "\(r.stdout)")
        #expect(r.stdout.contains("name: SOLDIER | SOLDIERS"), "\(r.stdout)")
        // Loaded as an overlay, [agent COP] would replace the built-in block: the command says so.
        #expect(r.stderr.contains("note: [agent COP] would replace the built-in entry at agents.lex:"), "\(r.stderr)")
    }

    @Test func missingDictionaryIsAClearError() throws {
        let r = try Self.run(["lexicon", "import-petrarch", "/nonexistent-\(UUID().uuidString).txt"])
        #expect(r.status != 0)
        #expect(r.stderr.contains("nonexistent"), "\(r.stderr)")
    }
}
