import Foundation
import GRDBSQLite
import SQLiteStore
import Store
import Testing

/// `ingest`, `events`, `relations` and `export` end to end on the built binary, SQLite store.
@Suite(.serialized) struct StoreCommandTests {
    typealias CLI = CLITests

    /// Invented articles: meetings, condemnations and attacks among a few states over two months,
    /// so reports repeat one another (dedup) and differ by day or target (no merge).
    static func corpus(_ n: Int) -> String {
        let m = ["الأردني", "المصري", "العراقي", "السوري", "التركي", "الروسي", "الفرنسي", "السعودي"]
        let f = ["الأردنية", "المصرية", "العراقية", "السورية", "التركية", "الروسية", "الفرنسية", "السعودية"]
        let cities = ["عمان", "القاهرة", "بغداد", "دمشق", "أنقرة", "موسكو", "باريس", "الرياض"]
        var lines: [String] = []
        for i in 0..<n {
            // Two outlets report each story.
            let story = i / 2
            let a = story % 8
            let b = (story / 8 + a + 1) % 8
            let d = 1 + (story % 28)
            let month = story % 2 == 0 ? "03" : "04"
            let text = "التقى وزير الخارجية \(m[a]) نظيره \(m[b]) في \(cities[b]) أمس. وأدانت وزارة الخارجية \(f[b]) الهجوم على سفارة بلادها. الخبر رقم \(i)."
            let dd = d < 10 ? "0\(d)" : "\(d)"
            lines.append(#"{"id":"a\#(i)","source":"outlet\#(i % 5)","url":"https://news.example/\#(i)","date":"2024-\#(month)-\#(dd)","text":"\#(text)"}"#)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    func write(_ s: String, _ name: String, in dir: URL) throws -> String {
        let u = dir.appendingPathComponent(name)
        try Data(s.utf8).write(to: u)
        return u.path
    }

    /// Every stored report without its row ids, sorted: what two stores must agree on.
    func dump(_ db: String) throws -> [String] {
        let r = try CLI.run(["events", "--db", db, "--output", "tsv"])
        #expect(r.status == 0, "\(r.stderr)")
        return r.lines.dropFirst().map { $0.split(separator: "\t", omittingEmptySubsequences: false).dropFirst(3).joined(separator: "\t") }.sorted()
    }

    @Test func ingestTwiceStoresOnce() throws {
        let dir = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let input = try write(Self.corpus(40), "c.jsonl", in: dir)
        let db = dir.appendingPathComponent("s.sqlite").path
        let first = try CLI.run(["ingest", "--db", db, input])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stderr.contains("40 new"), "\(first.stderr)")
        #expect(first.stdout.isEmpty)
        let before = try dump(db)
        #expect(!before.isEmpty)
        let second = try CLI.run(["ingest", "--db", db, input])
        #expect(second.status == 0)
        #expect(second.stderr.contains("0 new, 0 replaced, 40 unchanged"), "\(second.stderr)")
        #expect(try dump(db) == before)
    }

    @Test func killedMidIngestThenRerunEqualsAnUninterruptedRun() async throws {
        let dir = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let n = 10_000
        let input = try write(Self.corpus(n), "big.jsonl", in: dir)
        let whole = dir.appendingPathComponent("whole.sqlite").path
        let r = try CLI.run(["ingest", "--db", whole, "--batch", "200", input], timeout: 600)
        #expect(r.status == 0, "\(r.stderr)")

        // The same ingest, killed with SIGKILL while it writes, then run again.
        let cut = dir.appendingPathComponent("cut.sqlite").path
        let bin = try #require(CLI.binary)
        let p = Process()
        p.executableURL = bin
        p.arguments = ["ingest", "--db", cut, "--batch", "200", input]
        p.standardOutput = FileHandle.nullDevice
        p.standardError = FileHandle.nullDevice
        try p.run()
        // Polled synchronously on this test's own thread: other tests block the cooperative pool
        // with synchronous CLI runs, and an awaiting poll could sleep through the whole ingest.
        var storedAtKill = 0
        let start = Date()
        while p.isRunning && Date().timeIntervalSince(start) < 600 {
            storedAtKill = Self.storedDocuments(cut) ?? storedAtKill
            if storedAtKill >= n / 5 { break }
            usleep(20_000)
        }
        kill(p.processIdentifier, SIGKILL)
        p.waitUntilExit()
        #expect(p.terminationReason == .uncaughtSignal, "the ingest finished before it could be killed")
        #expect(storedAtKill > 0 && storedAtKill < n, "killed with \(storedAtKill) of \(n) articles stored")

        let rerun = try CLI.run(["ingest", "--db", cut, "--batch", "200", input], timeout: 600)
        #expect(rerun.status == 0, "\(rerun.stderr)")
        let s = try SQLiteStore(path: cut)
        let counts = try await s.counts()
        try await s.close()
        #expect(counts.documents == n)
        let w = try SQLiteStore(path: whole)
        let wholeCounts = try await w.counts()
        try await w.close()
        #expect(counts == wholeCounts)
        #expect(try dump(cut) == dump(whole))
    }

    /// The committed article count of the store at `path`, read without a write lock; nil while
    /// the file or its schema does not exist yet.
    static func storedDocuments(_ path: String) -> Int? {
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        var db: OpaquePointer?
        defer { sqlite3_close(db) }
        guard sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY, nil) == SQLITE_OK else { return nil }
        sqlite3_busy_timeout(db, 1000)
        var stmt: OpaquePointer?
        defer { sqlite3_finalize(stmt) }
        guard sqlite3_prepare_v2(db, "SELECT count(*) FROM documents", -1, &stmt, nil) == SQLITE_OK,
            sqlite3_step(stmt) == SQLITE_ROW
        else { return nil }
        return Int(sqlite3_column_int64(stmt, 0))
    }

    @Test func badInputIsNamedAndTheRestIsStored() throws {
        let dir = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = dir.appendingPathComponent("s.sqlite").path
        let good = try write(Self.corpus(3), "good.jsonl", in: dir)
        #expect(try CLI.run(["ingest", "--db", db, good]).status == 0)
        let jsonl = try write(#"{"id":"x1","text":"التقى وزير الخارجية الأردني نظيره المصري أمس."}"# + "\n{\"id\":\"x2\"}\nnot json\n", "mixed.jsonl", in: dir)
        let feed = try write(
            "<?xml version=\"1.0\"?><rss><channel><title>t</title><item><title>a</title><description>التقى وزير الخارجية الأردني نظيره المصري أمس.</description></item><item><title>b</title><description>oops</item></channel></rss>",
            "broken.rss", in: dir)
        let lol = try write(
            "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n<!ENTITY lol \"lol\">\n<!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">\n]>\n<rss><channel><item><title>&lol1;</title></item></channel></rss>",
            "lol.xml", in: dir)
        let unreadable = try write("نص", "locked.txt", in: dir)
        chmod(unreadable, 0)
        let r = try CLI.run(["ingest", "--db", db, jsonl, feed, lol, unreadable, dir.appendingPathComponent("missing.txt").path])
        #expect(r.status == 1, "\(r.stderr)")
        #expect(r.stderr.contains("mixed.jsonl: line 2"), "\(r.stderr)")
        #expect(r.stderr.contains("mixed.jsonl: line 3"), "\(r.stderr)")
        #expect(r.stderr.contains("broken.rss: line"), "\(r.stderr)")
        #expect(r.stderr.contains("lol.xml: line 3"), "\(r.stderr)")
        #expect(r.stderr.contains("missing.txt: no such file"), "\(r.stderr)")
        if getuid() != 0 { #expect(r.stderr.contains("locked.txt"), "\(r.stderr)") }
        // The good JSONL line and the feed's first item are stored; the three articles before stay.
        #expect(r.stderr.contains("2 new") || r.stderr.contains("3 new"), "\(r.stderr)")
        let events = try CLI.run(["events", "--db", db, "--output", "jsonl"])
        #expect(events.lines.contains { $0.contains("\"doc\":\"x1\"") })
        #expect(events.lines.contains { $0.contains("\"doc\":\"a0\"") })
    }

    @Test func relationsAndExportsLoadWhereUsersLoadThem() throws {
        let dir = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = dir.appendingPathComponent("s.sqlite").path
        #expect(try CLI.run(["ingest", "--db", db, try write(Self.corpus(64), "c.jsonl", in: dir)]).status == 0)
        let rel = try CLI.run(["relations", "JOR", "EGY", "--db", db, "--by", "month", "--output", "json"])
        #expect(rel.status == 0, "\(rel.stderr)")
        let rows = rel.lines.compactMap(CLI.json)
        #expect(!rows.isEmpty)
        #expect(rows.contains { $0["source"] as? String == "JOR" && $0["target"] as? String == "EGY" && ($0["events"] as? Int ?? 0) > 0 })
        let table = try CLI.run(["relations", "JOR", "EGY", "--db", db, "--explain-plan"])
        #expect(table.stdout.contains("JOR→EGY"))
        #expect(table.stderr.contains("relation_months USING PRIMARY KEY"), "\(table.stderr)")
        #expect(try CLI.run(["relations", "JOR", "E", "--db", db]).status == 64)
        #expect(try CLI.run(["relations", "JOR", "EGY", "--from", "2024-13-01", "--db", db]).status == 64)

        for (format, delimiter, columns) in [("csv", ",", 61), ("gdelt", "\t", 61), ("phoenix", "\t", 26)] {
            let out = dir.appendingPathComponent("export.\(format)")
            let e = try CLI.run(["export", "--db", db, "--format", format])
            #expect(e.status == 0, "\(e.stderr)")
            try Data(e.stdout.utf8).write(to: out)
            // Python's csv module reads it: every row has the header's columns.
            let py = Process()
            py.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            py.arguments = [
                "python3", "-c",
                """
                import csv, sys
                rows = list(csv.reader(open(sys.argv[1], encoding='utf-8', newline=''), delimiter=sys.argv[2]))
                assert len(rows) > 1, 'no rows'
                assert all(len(r) == int(sys.argv[3]) for r in rows), set(len(r) for r in rows)
                print(len(rows) - 1)
                """, out.path, delimiter, String(columns),
            ]
            let pipe = Pipe()
            py.standardOutput = pipe
            try py.run()
            py.waitUntilExit()
            #expect(py.terminationStatus == 0, "python could not load the \(format) export")
            let n = Int(String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0
            #expect(n > 0)
        }
        let gdelt = try CLI.run(["export", "--db", db, "--format", "gdelt", "--no-header", "--source", "JOR", "--cameo", "04"])
        #expect(gdelt.lines.allSatisfy { $0.split(separator: "\t", omittingEmptySubsequences: false)[7] == "JOR" })
        let mentions = gdelt.lines.map { Int($0.split(separator: "\t", omittingEmptySubsequences: false)[31]) ?? 0 }
        #expect(mentions.contains { $0 > 1 }, "some meeting is reported by more than one article")
        let ev = try CLI.run(["events", "--db", db, "--source", "JOR", "--cameo", "04", "--output", "csv", "--limit", "5"])
        #expect(ev.lines.count == 6)
        #expect(try CLI.run(["events", "--db", db, "--cameo", "x4"]).status == 64)
    }
}
