import Foundation
import GRDBSQLite
import SQLiteStore
import Store
import Testing

/// Faults found by probing the CLI as a hostile user would (issue 16): each test failed before
/// its fix.
@Suite(.serialized) struct ReliabilityTests {
    typealias CLI = CLITests

    func write(_ s: String, _ name: String, in dir: URL) throws -> String {
        let u = dir.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: u.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(s.utf8).write(to: u)
        return u.path
    }

    /// Rows of an SQL query on a store, each row's columns as text.
    func query(_ db: String, _ sql: String) throws -> [[String]] {
        var handle: OpaquePointer?
        guard sqlite3_open_v2(db, &handle, SQLITE_OPEN_READONLY, nil) == SQLITE_OK else { throw CocoaError(.fileReadUnknown) }
        defer { sqlite3_close(handle) }
        var st: OpaquePointer?
        guard sqlite3_prepare_v2(handle, sql, -1, &st, nil) == SQLITE_OK else { throw CocoaError(.fileReadUnknown) }
        defer { sqlite3_finalize(st) }
        var rows: [[String]] = []
        while sqlite3_step(st) == SQLITE_ROW {
            rows.append(
                (0..<sqlite3_column_count(st)).map { i in
                    guard let p = sqlite3_column_blob(st, i) else { return "" }
                    // Read as bytes with their length: a NUL inside stays visible.
                    return String(decoding: UnsafeRawBufferPointer(start: p, count: Int(sqlite3_column_bytes(st, i))), as: UTF8.self)
                })
        }
        return rows
    }

    // MARK: - 2. identity

    /// Two files of one name in two folders, and a JSONL article whose id is that name, are
    /// three articles: none replaces another.
    @Test func sameNamedFilesAndAJSONLIdAreThreeArticles() throws {
        let dir = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let a = try write("اجتماع في عمان\nالتقى وزير الخارجية الأردني نظيره المصري في عمان.\n", "a/story.txt", in: dir)
        let b = try write("اجتماع في القاهرة\nالتقى وزير الخارجية العراقي نظيره السوري في القاهرة.\n", "b/story.txt", in: dir)
        let j = try write(#"{"id":"story","text":"أدانت وزارة الخارجية السعودية الهجوم."}"# + "\n", "c.jsonl", in: dir)
        let db = dir.appendingPathComponent("s.sqlite").path
        // Each file as typed in its own folder: `story.txt`.
        let first = try CLI.run(["ingest", "--db", db, "--date", "2024-03-11", "story.txt", j], directory: dir.appendingPathComponent("a"))
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stderr.contains("2 new, 0 replaced"), "\(first.stderr)")
        let second = try CLI.run(["ingest", "--db", db, "--date", "2024-03-11", "story.txt"], directory: dir.appendingPathComponent("b"))
        #expect(second.status == 0, "\(second.stderr)")
        #expect(second.stderr.contains("1 new, 0 replaced"), "\(second.stderr)")
        #expect(!second.stderr.contains("replaced the stored version"), "\(second.stderr)")
        #expect(try query(db, "SELECT count(*) FROM documents") == [["3"]])
        let keys = try query(db, "SELECT doc_key FROM documents ORDER BY doc_key").map { $0[0] }
        #expect(
            keys
                == ["file:" + URL(fileURLWithPath: a).standardizedFileURL.path, "file:" + URL(fileURLWithPath: b).standardizedFileURL.path, "id:story"].sorted()
        )
    }

    @Test func aReplacementIsReportedByName() throws {
        let dir = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = dir.appendingPathComponent("s.sqlite").path
        let v1 = try write(#"{"id":"n-7","text":"التقى وزير الخارجية الأردني نظيره المصري."}"# + "\n", "v1.jsonl", in: dir)
        let v2 = try write(#"{"id":"n-7","text":"التقى وزير الخارجية الأردني نظيره المصري في عمان."}"# + "\n", "v2.jsonl", in: dir)
        #expect(try CLI.run(["ingest", "--db", db, v1]).status == 0)
        let r = try CLI.run(["ingest", "--db", db, v2])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.contains("0 new, 1 replaced"), "\(r.stderr)")
        #expect(r.stderr.contains("replaced the stored version of id:n-7"), "\(r.stderr)")
    }

    // MARK: - 3. NUL

    @Test func aNULByteNeitherCutsTheBodyNorLeavesOffsetsPastIt() throws {
        let dir = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let text = "التقى وزير الخارجية الأردني\\u0000 نظيره المصري في عمان. وأدانت وزارة الخارجية السورية الهجوم على سفارة بلادها."
        let input = try write(#"{"id":"nul","date":"2024-03-11","text":"\#(text)"}"# + "\n", "n.jsonl", in: dir)
        let db = dir.appendingPathComponent("s.sqlite").path
        let r = try CLI.run(["ingest", "--db", db, input])
        #expect(r.status == 0, "\(r.stderr)")
        let body = try #require(try query(db, "SELECT body FROM documents").first?[0])
        #expect(body.unicodeScalars.count == text.replacingOccurrences(of: "\\u0000", with: " ").unicodeScalars.count, "\(body)")
        #expect(body.hasSuffix("سفارة بلادها."))
        #expect(!body.utf8.contains(0))
        let ends = try query(db, "SELECT max(\"end\") FROM sentences UNION ALL SELECT max(sentence_end) FROM events").map { Int($0[0]) ?? 0 }
        #expect(ends.allSatisfy { $0 <= body.unicodeScalars.count && $0 > 0 }, "\(ends) vs \(body.unicodeScalars.count)")
    }

    // MARK: - 6. what is not a regular file

    /// A FIFO in a folder would block the read for ever; symbolic links that loop are named.
    @Test func aFIFOAndSymlinkLoopsInAFolderAreNamedAndSkipped() throws {
        let dir = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let feed = dir.appendingPathComponent("in")
        _ = try write("اجتماع\nالتقى وزير الخارجية الأردني نظيره المصري في عمان.\n", "in/good.txt", in: dir)
        let fifo = feed.appendingPathComponent("pipe.txt").path
        #expect(mkfifo(fifo, 0o644) == 0)
        let fm = FileManager.default
        try fm.createSymbolicLink(atPath: feed.appendingPathComponent("back").path, withDestinationPath: feed.path)
        try fm.createSymbolicLink(atPath: feed.appendingPathComponent("self.txt").path, withDestinationPath: feed.appendingPathComponent("self.txt").path)
        let db = dir.appendingPathComponent("s.sqlite").path
        let r = try CLI.run(["ingest", "--db", db, "--date", "2024-03-11", feed.path], timeout: 60)
        #expect(r.seconds < 60)
        #expect(r.status == 1, "\(r.stderr)")
        #expect(r.stderr.contains("1 new"), "\(r.stderr)")
        #expect(r.stderr.contains("\(fifo): a FIFO (named pipe), not a regular file; skipped"), "\(r.stderr)")
        #expect(r.stderr.contains("\(feed.path)/back: a symbolic link that loops back"), "\(r.stderr)")
        #expect(r.stderr.contains("\(feed.path)/self.txt: a symbolic link that loops"), "\(r.stderr)")
    }

    // MARK: - 7. a mistyped --db

    @Test func readingCommandsDoNotCreateAStore() throws {
        let dir = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = dir.appendingPathComponent("typo.sqlite").path
        for args in [
            ["relations", "JOR", "EGY", "--db", db], ["events", "--db", db], ["export", "--db", db, "--format", "csv"], ["serve", "--db", db, "--port", "0"],
        ] {
            let r = try CLI.run(args, timeout: 60)
            #expect(r.status == 2, "\(args[0]): \(r.stderr)")
            #expect(r.stderr.contains(db) && r.stderr.contains("no such store"), "\(args[0]): \(r.stderr)")
            #expect(r.stdout.isEmpty, "\(args[0])")
            #expect(!FileManager.default.fileExists(atPath: db), "\(args[0]) created \(db)")
        }
    }

    // MARK: - 4. memory

    /// Runs the binary under `/usr/bin/time` with stdin from a file and returns its exit status
    /// and peak resident memory in KiB. (Not `wait4` on a child of this process: a child spawned
    /// with vfork carries this test process's peak into its own.)
    static func peakKiB(_ args: [String], stdin: String) throws -> (status: Int32, kib: Int) {
        let bin = try #require(CLI.binary)
        let report = FileManager.default.temporaryDirectory.appendingPathComponent("peak-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: report) }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/time")
        p.arguments = ["-f", "%M", "-o", report.path, bin.path] + args
        p.standardInput = try FileHandle(forReadingFrom: URL(fileURLWithPath: stdin))
        p.standardOutput = FileHandle.nullDevice
        p.standardError = FileHandle.nullDevice
        try p.run()
        p.waitUntilExit()
        let text = try String(contentsOf: report, encoding: .utf8)
        let kib = try #require(text.split(separator: "\n").last.flatMap { Int($0.trimmingCharacters(in: .whitespaces)) }, "\(text)")
        return (p.terminationStatus, kib)
    }

    /// Input is read and coded in windows: twenty times the input, the same peak memory. The
    /// lines carry a 6 KB field the reader does not keep, so holding the input would show.
    @Test func peakMemoryDoesNotGrowWithTheInput() throws {
        let haveTime = FileManager.default.isExecutableFile(atPath: "/usr/bin/time")
        if !haveTime && ProcessInfo.processInfo.environment["CI"] == nil { return }  // apt-get install time
        try #require(haveTime, "/usr/bin/time is missing (.ci/run installs it)")
        let dir = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let pad = String(repeating: "x", count: 6000)
        func corpus(_ n: Int) throws -> String {
            let lines = (0..<n).map { i in
                #"{"id":"m\#(i)","date":"2024-03-11","pad":"\#(pad)","text":"التقى وزير الخارجية الأردني نظيره المصري في عمان. الخبر رقم \#(i)."}"#
            }
            return try write(lines.joined(separator: "\n") + "\n", "c\(n).jsonl", in: dir)
        }
        let small = try corpus(400)
        let big = try corpus(8000)
        let codeSmall = try Self.peakKiB(["code", "--input", "jsonl", "-"], stdin: small)
        let codeBig = try Self.peakKiB(["code", "--input", "jsonl", "-"], stdin: big)
        #expect(codeSmall.status == 0 && codeBig.status == 0)
        #expect(codeBig.kib - codeSmall.kib < 20 * 1024, "code: \(codeSmall.kib) KiB for 2.4 MB, \(codeBig.kib) KiB for 48 MB")
        let ingestSmall = try Self.peakKiB(["ingest", "--input", "jsonl", "--db", dir.appendingPathComponent("s.sqlite").path, "-"], stdin: small)
        let ingestBig = try Self.peakKiB(["ingest", "--input", "jsonl", "--db", dir.appendingPathComponent("b.sqlite").path, "-"], stdin: big)
        #expect(ingestSmall.status == 0 && ingestBig.status == 0)
        #expect(ingestBig.kib - ingestSmall.kib < 20 * 1024, "ingest: \(ingestSmall.kib) KiB for 2.4 MB, \(ingestBig.kib) KiB for 48 MB")
    }
}
