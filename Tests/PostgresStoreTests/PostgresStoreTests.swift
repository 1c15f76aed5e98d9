// Built only with the package trait PostgreSQL (`swift build --traits PostgreSQL`): see Package.swift.
#if PostgreSQL
    import ArabicText
    import EventCoding
    import Foundation
    import Lexicon
    import PostgresNIO
    @testable import PostgresStore
    import SQLiteStore
    import Store
    import Testing

    /// The PostgreSQL store against a live server named by $TAWTHIQ_TEST_POSTGRES
    /// (`postgres://postgres@127.0.0.1:55432/tawthiq_test`; `.ci/start-postgres` starts one). Each test
    /// creates its own database and drops it at the end. Without the variable the suite is skipped,
    /// except under CI ($CI set), where it fails.
    @Suite(.serialized, .enabled(if: PG.url != nil || PG.isCI, "TAWTHIQ_TEST_POSTGRES is not set (run .ci/start-postgres)"))
    struct PostgresStoreTests {
        // MARK: store semantics

        @Test func urlParsingAndRedaction() throws {
            let u = try PostgresURL(parsing: "postgres://ali:s%40cret@db.example:6543/news")
            #expect(u == PostgresURL(user: "ali", password: "s@cret", host: "db.example", port: 6543, database: "news"))
            #expect(u.redacted == "postgres://ali@db.example:6543/news")
            #expect(try PostgresURL(parsing: "postgresql://ali@localhost/news").port == 5432)
            do {
                _ = try PostgresURL(parsing: "postgres://ali:secret@db.example:notaport/news")
                Issue.record("a bad port was accepted")
            } catch let e as StoreError {
                #expect(!e.description.contains("secret"))
                #expect(e.description.contains("postgres://ali@db.example:notaport/news"))
            }
        }

        @Test func openFailureNamesURLWithoutPassword() async throws {
            do {
                _ = try await PostgresStore.open(url: "postgres://nobody:hunter2@127.0.0.1:1/none")
                Issue.record("opened a store on port 1")
            } catch let e as StoreError {
                #expect(!e.description.contains("hunter2"))
                #expect(e.description.contains("postgres://nobody@127.0.0.1:1/none"))
            }
        }

        @Test func migrationsRunOnceEvenConcurrently() async throws {
            try await PG.withDatabase { url in
                let stores = try await withThrowingTaskGroup(of: PostgresStore.self) { g in
                    for _ in 0..<4 { g.addTask { try await PostgresStore.open(url: url) } }
                    var out: [PostgresStore] = []
                    for try await s in g { out.append(s) }
                    return out
                }
                #expect(
                    try await stores[0].appliedMigrations() == [
                        "v1-documents-events", "v2-work-queue", "v3-event-rules", "v4-relation-months", "v5-notes", "v6-event-places",
                    ])
                for s in stores { try await s.close() }
            }
        }

        @Test func writeRewriteAndReplace() async throws {
            let docs = Corpus.documents(count: 30, seed: 1)
            let coded = docs.map(PG.coder.code)
            try await PG.withDatabase { url in
                let pg = try await PostgresStore.open(url: url)
                let first = try await pg.write(coded)
                #expect(first.inserted == 30 && first.unchanged == 0 && first.events > 0)
                let again = try await pg.write(coded)
                #expect(again == WriteSummary(unchanged: 30))
                let known = try await pg.knownHashes(coded.map(\.contentHash) + ["nope"])
                #expect(known == Set(coded.map(\.contentHash)))

                // A corrected version of the first article: same URL, another text.
                var v2 = docs[0]
                v2.text = Corpus.sentence(seed: 999, index: 3)
                let replaced = try await pg.write([PG.coder.code(v2)])
                #expect(replaced.replaced == 1 && replaced.inserted == 0)
                let counts = try await pg.counts()
                #expect(counts.documents == 30)
                let mine = try await pg.events(EventFilter()).filter { $0.event.doc == v2.id }
                #expect(mine.map(\.event) == PG.coder.code(v2).events)
                try await pg.close()
            }
        }

        @Test func sameResultsAsSQLite() async throws {
            let docs = Corpus.documents(count: 80, seed: 2)
            var v2 = docs[5]
            v2.text = Corpus.sentence(seed: 4242, index: 1) + " " + Corpus.sentence(seed: 4243, index: 2)
            // Places: a report without one, then (in a later batch) one of the same event with one.
            let day = CalendarDay(iso: "2024-06-10")!
            let placed = [
                Document(id: "p-1", text: "استقبل الرئيس السوري في حلب وزير الخارجية اللبناني أمس.", date: day, source: "wire-p"),
                Document(id: "p-2", text: "التقى وزير الخارجية المصري نظيره الأردني.", date: day, source: "wire-p"),
                Document(id: "p-3", text: "التقى وزير الخارجية المصري نظيره الأردني في عمان.", date: day, source: "wire-q"),
            ]
            let batches = [
                Array(docs[0..<40]).map(PG.coder.code), Array(docs[30..<80]).map(PG.coder.code), [PG.coder.code(v2), PG.coder.code(docs[6])],
                placed.prefix(2).map(PG.coder.code), [PG.coder.code(placed[2])],
            ]
            let tmp = FileManager.default.temporaryDirectory.appendingPathComponent("tawthiq-pg-\(UUID().uuidString).sqlite")
            defer { for s in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: tmp.path + s) } }
            let lite = try SQLiteStore(path: tmp.path)
            try await PG.withDatabase { url in
                let pg = try await PostgresStore.open(url: url)
                for b in batches {
                    let a = try await lite.write(b)
                    let p = try await pg.write(b)
                    #expect(a == p)
                }
                #expect(try await lite.counts() == pg.counts())
                #expect(try await lite.counts().notes > 0, "the corpus holds notes (offices without a known holder)")
                let filters: [EventFilter] =
                    [
                        EventFilter(), EventFilter(actor: ActorSelector("DZA")), EventFilter(source: ActorSelector("EGY"), target: ActorSelector("JOR")),
                        EventFilter(cameo: "04"), EventFilter(cameo: "1"),
                        EventFilter(from: CalendarDay(iso: "2024-06-05"), to: CalendarDay(iso: "2024-06-12")),
                        EventFilter(outlet: "wire-b"), EventFilter(flaggedOnly: true), EventFilter(limit: 7), EventFilter(plover: "CONSULT"),
                    ] + ["DZA", "EGY", "JOR", "SYR", "SAU"].map { EventFilter(place: $0) }
                for f in filters {
                    let a = try await lite.events(f)
                    let p = try await pg.events(f)
                    #expect(a.map(PG.comparable) == p.map(PG.comparable), "events \(f)")
                    // Groups are listed by id, and ids follow insertion order (PostgreSQL inserts a
                    // batch's groups in key order): compare them by content.
                    if f.limit == nil {
                        let ga = try await lite.groups(f)
                        let gp = try await pg.groups(f)
                        #expect(PG.comparable(ga) == PG.comparable(gp), "groups \(f)")
                    }
                }
                #expect(try await lite.events(EventFilter()).count > 50)
                #expect(try await lite.events(EventFilter(place: "SYR")).contains { $0.event.doc == "p-1" })
                let jordan = try await pg.groups(EventFilter(place: "JOR"))
                #expect(jordan.contains { $0.mentions == 2 && $0.place?.country == "JOR" }, "a group takes its later report's place: \(jordan)")
                #expect(try await lite.groups(EventFilter()).contains { $0.mentions > 1 }, "the corpus has deduplicated events")
                for (a, b) in [("DZA", "TUN"), ("EGY", "JOR"), ("SYR", "LBN"), ("SAU", "SAU")] {
                    for by in PeriodUnit.allCases {
                        let q = RelationsQuery(a: ActorSelector(a)!, b: ActorSelector(b)!, by: by)
                        #expect(try await lite.relations(q) == pg.relations(q), "relations \(a) \(b) by \(by)")
                        let here = RelationsQuery(a: ActorSelector(a)!, b: ActorSelector(b)!, by: by, place: b)
                        #expect(try await lite.relations(here) == pg.relations(here), "relations \(a) \(b) by \(by) where \(b)")
                    }
                }
                let plan = try await pg.explainRelations(RelationsQuery(a: ActorSelector("DZA")!, b: ActorSelector("TUN")!))
                #expect(plan.joined().contains("relation_months"), "\(plan)")
                try await PG.expectRollupEqualsDirect(pg, "after the batches")
                try await pg.close()
            }
            try await lite.close()
        }

        /// The rollup is kept by the writer and the queue's workers in their transactions (corrections
        /// included), and built by its migration for a store that predates it.
        @Test func rollupEqualsTheDirectComputation() async throws {
            let docs = Corpus.documents(count: 90, seed: 5)
            try await PG.withDatabase { url in
                let pg = try await PostgresStore.open(url: url)
                _ = try await pg.write(Array(docs[0..<60]).map(PG.coder.code))
                try await PG.expectRollupEqualsDirect(pg, "after writes")
                // Corrected versions (same URL, other text), written and then queued and worked.
                var corrections: [Document] = []
                for i in stride(from: 0, to: 60, by: 3) {
                    var v = docs[i]
                    v.text = Corpus.sentence(seed: UInt64(7000 + i), index: i)
                    corrections.append(v)
                }
                #expect(try await pg.write(corrections.prefix(10).map(PG.coder.code)).replaced == 10)
                _ = try await pg.enqueue(Array(corrections.dropFirst(10)) + Array(docs[60..<90]))
                _ = try await pg.work(coder: PG.coder, batch: 7, workerID: "t")
                try await PG.expectRollupEqualsDirect(pg, "after corrections and the queue")
                let before = try await PG.rollupRows(pg)
                // As a store made before the rollup: the table gone, its migration unrecorded.
                try await pg.transaction { conn in
                    try await pg.exec(conn, "DROP TABLE relation_months")
                    try await pg.exec(conn, "DELETE FROM schema_migrations WHERE name = 'v4-relation-months'")
                }
                try await pg.close()
                let reopened = try await PostgresStore.open(url: url)
                #expect(try await PG.rollupRows(reopened) == before)
                try await PG.expectRollupEqualsDirect(reopened, "after the migration")
                try await reopened.close()
            }
        }

        /// A store from before notes were kept apart: an unknown-office-holder flag becomes a note and
        /// leaves the events' flag lists (migration v5-notes).
        @Test func notesMigrationMovesNotesOutOfFlags() async throws {
            try await PG.withDatabase { url in
                let pg = try await PostgresStore.open(url: url)
                _ = try await pg.write(Corpus.documents(count: 10, seed: 8).map(PG.coder.code))
                let flagsBefore = try await pg.counts().flags
                try await pg.transaction { conn in
                    try await pg.exec(conn, "DROP TABLE notes")
                    try await pg.exec(conn, "DELETE FROM schema_migrations WHERE name = 'v5-notes'")
                    try await pg.exec(
                        conn,
                        """
                        INSERT INTO flags (document_id, kind, mentions, facts, explanation, explanation_ar)
                        SELECT min(id), 'unknown-office-holder', '[]', '["titles.lex:3"]', 'u', 'غ' FROM documents
                        """)
                    try await pg.exec(conn, "UPDATE events SET flags = 'no-source,unknown-office-holder' WHERE id = (SELECT min(id) FROM events)")
                }
                try await pg.close()
                let reopened = try await PostgresStore.open(url: url)
                let counts = try await reopened.counts()
                #expect(counts.notes == 1 && counts.flags == flagsBefore)
                let first = try #require(try await reopened.events(EventFilter(limit: 1)).first)
                #expect(first.event.flags == [.noSource])
                #expect(try await reopened.events(EventFilter(flaggedOnly: true)).allSatisfy { $0.event.flags.contains { $0.isContradiction } })
                try await reopened.close()
            }
        }

        @Test func enqueueAndWork() async throws {
            let docs = Corpus.documents(count: 60, seed: 3)
            try await PG.withDatabase { url in
                let pg = try await PostgresStore.open(url: url)
                #expect(try await pg.enqueue(docs) == WriteSummary(inserted: 60))
                #expect(try await pg.enqueue(docs) == WriteSummary(unchanged: 60))
                #expect(try await pg.counts().pending == 60)
                let worked = try await pg.work(coder: PG.coder, batch: 7, workerID: "t1")
                #expect(worked.inserted == 60)
                #expect(try await pg.counts().pending == 0)
                #expect(try await pg.codedByWorker() == ["t1": 60])
                let expected = docs.map(PG.coder.code)
                #expect(try await PG.tuples(pg) == PG.tuples(expected))

                // A new version goes back to the queue and is recoded; its old events go.
                var v2 = docs[2]
                v2.text = Corpus.sentence(seed: 777, index: 0)
                var replacedOne = WriteSummary(replaced: 1)
                replacedOne.replacedKeys = [CodedDocument.key(of: v2)]  // (named on stderr by ingest)
                #expect(try await pg.enqueue([v2]) == replacedOne)
                #expect(try await pg.counts().pending == 1)
                let again = try await pg.work(coder: PG.coder, batch: 7, workerID: "t2")
                #expect(again.replaced == 1)
                var expected2 = expected
                expected2[2] = PG.coder.code(v2)
                #expect(try await PG.tuples(pg) == PG.tuples(expected2))

                // The queue ends where a direct write of the same articles ends.
                try await PG.withDatabase { url2 in
                    let direct = try await PostgresStore.open(url: url2)
                    _ = try await direct.write(expected)
                    _ = try await direct.write([PG.coder.code(v2)])
                    #expect(PG.comparable(try await direct.groups(EventFilter())) == PG.comparable(try await pg.groups(EventFilter())))
                    try await direct.close()
                }
                try await pg.close()
            }
        }

        /// Writers that share most events (the same few acts in every article) and replace each
        /// other's articles meet on the same group rows: they must wait or retry, never fail, and end
        /// where one writer ends.
        @Test func concurrentWritersOnSharedEvents() async throws {
            let shared = (0..<4).map { Corpus.sentence(seed: 31, index: $0) }
            var docs: [Document] = []
            for i in 0..<120 {
                let order = [shared[i % 4], shared[(i + 1) % 4], shared[(i + 2) % 4]]
                docs.append(
                    Document(
                        id: "c\(i)", text: (order + ["ورقم البيان \(i)."]).joined(separator: "\n"), date: CalendarDay(iso: "2024-06-0\(1 + i % 3)"),
                        source: "wire-\(i % 3)", url: "https://news.example/c/\(i % 90)"))
            }
            let coded = docs.map(PG.coder.code)
            try await PG.withDatabase { url in
                try await PG.withDatabase { url2 in
                    let one = try await PostgresStore.open(url: url2)
                    for b in stride(from: 0, to: coded.count, by: 10) { _ = try await one.write(Array(coded[b..<min(b + 10, coded.count)])) }

                    let pg = try await PostgresStore.open(url: url, maximumConnections: 8)
                    // Four writers, each a quarter of the batches; URLs repeat, so later articles
                    // replace earlier ones (in whatever order the writers commit).
                    try await withThrowingTaskGroup(of: Void.self) { g in
                        for w in 0..<4 {
                            g.addTask {
                                for b in stride(from: w * 10, to: coded.count, by: 40) {
                                    _ = try await pg.write(Array(coded[b..<min(b + 10, coded.count)]))
                                }
                            }
                        }
                        try await g.waitForAll()
                    }
                    #expect(try await pg.counts().documents == one.counts().documents)
                    // Which version of a replaced article survives depends on commit order; the
                    // shared events do not.
                    let sharedGroups: ([EventGroup]) -> [String] = { gs in
                        gs.filter { $0.mentions > 1 }.map { "\($0.day?.iso ?? "")|\($0.sourceCode ?? "")|\($0.targetCode ?? "")|\($0.cameo)" }.sorted()
                    }
                    #expect(sharedGroups(try await pg.groups(EventFilter())) == sharedGroups(try await one.groups(EventFilter())))
                    let events = try await pg.events(EventFilter())
                    #expect(Set(events.map { PG.tuple($0.event) }).count == events.count, "no event twice")
                    try await PG.expectRollupEqualsDirect(pg, "after concurrent writers")

                    // The queue, worked by four tasks, ends where one writer ends.
                    try await PG.withDatabase { url3 in
                        let queue = try await PostgresStore.open(url: url3, maximumConnections: 8)
                        _ = try await queue.enqueue(docs)
                        try await withThrowingTaskGroup(of: Void.self) { g in
                            for w in 0..<4 { g.addTask { _ = try await queue.work(coder: PG.coder, batch: 3, workerID: "t\(w)") } }
                            try await g.waitForAll()
                        }
                        #expect(try await PG.tuples(queue) == PG.tuples(one))
                        #expect(
                            PG.comparable(try await queue.groups(EventFilter())).map(\.mentions)
                                == PG.comparable(try await one.groups(EventFilter())).map(\.mentions))
                        print(
                            "concurrent writers: \(pg.retries) retried write transactions; four queue workers: \(queue.retries) retried, per worker \(try await queue.codedByWorker().sorted { $0.key < $1.key })"
                        )
                        try await queue.close()
                    }
                    try await pg.close()
                    try await one.close()
                }
            }
        }

        /// Two transactions that lock two rows in opposite orders deadlock; PostgreSQL aborts one
        /// (40P01) and it is run again whole, so both commit.
        @Test func deadlockIsRetried() async throws {
            try await PG.withDatabase { url in
                let pg = try await PostgresStore.open(url: url)
                try await pg.transaction { conn in
                    try await pg.exec(conn, "CREATE TABLE t (id BIGINT PRIMARY KEY, n BIGINT NOT NULL)")
                    try await pg.exec(conn, "INSERT INTO t VALUES (1, 0), (2, 0)")
                }
                try await withThrowingTaskGroup(of: Void.self) { g in
                    for (first, second) in [(Int64(1), Int64(2)), (Int64(2), Int64(1))] {
                        g.addTask {
                            try await pg.retryingTransaction { conn in
                                try await pg.exec(conn, "UPDATE t SET n = n + 1 WHERE id = \(first)")
                                try await pg.exec(conn, "SELECT pg_sleep(0.3)")
                                try await pg.exec(conn, "UPDATE t SET n = n + 1 WHERE id = \(second)")
                            }
                        }
                    }
                    try await g.waitForAll()
                }
                let n = try await pg.client.query("SELECT n FROM t ORDER BY id", logger: pg.logger).collect().map { try $0.decode(Int.self) }
                #expect(n == [2, 2])
                #expect(pg.retries >= 1)
                try await pg.close()
            }
        }

        // MARK: worker processes

        @Test func twoAndFourWorkerProcessesMatchOne() async throws {
            let corpus = try Corpus.file(count: 300, seed: 4)
            defer { try? FileManager.default.removeItem(at: corpus.deletingLastPathComponent()) }
            var reference: [PG.Tuple] = []
            var figures: [String] = []
            for workers in [1, 2, 4] {
                try await PG.withDatabase { url in
                    let q = try PG.run(["ingest", "--db", url, "--queue-only", corpus.path])
                    #expect(q.status == 0, "\(q.stderr)")
                    let start = Date()
                    let procs = try (0..<workers).map { i in try PG.spawn(["worker", "--db", url, "--batch", "10", "--name", "w\(i)"]) }
                    for p in procs { p.process.waitUntilExit() }
                    let seconds = Date().timeIntervalSince(start)
                    for p in procs {
                        #expect(p.process.terminationStatus == 0, "\(p.stderr())")
                    }
                    let pg = try await PostgresStore.open(url: url)
                    let counts = try await pg.counts()
                    #expect(counts.documents == 300 && counts.pending == 0)
                    let tuples = try await PG.tuples(pg)
                    let byWorker = try await pg.codedByWorker()
                    #expect(byWorker.values.reduce(0, +) == 300)
                    if workers == 1 {
                        reference = tuples
                        #expect(tuples == PG.tuples(Corpus.documents(count: 300, seed: 4).map(PG.coder.code)), "one worker process codes as the library does")
                    } else {
                        #expect(tuples == reference, "\(workers) workers give the events one gives")
                        #expect(byWorker.count > 1, "more than one worker claimed work: \(byWorker)")
                    }
                    let retried = procs.map { PG.retried($0.stderr()) }.reduce(0, +)
                    figures.append(
                        "\(workers) worker(s): 300 articles, \(tuples.count) events in \(String(format: "%.1f", seconds)) s (\(String(format: "%.0f", 300 / seconds)) articles/s); per worker \(byWorker.sorted { $0.key < $1.key }); \(retried) retried transactions"
                    )
                    try await pg.close()
                }
            }
            print("worker throughput:\n" + figures.joined(separator: "\n"))
        }

        @Test func killedWorkerLosesNothing() async throws {
            let corpus = try Corpus.file(count: 300, seed: 5)
            defer { try? FileManager.default.removeItem(at: corpus.deletingLastPathComponent()) }
            let expected = PG.tuples(Corpus.documents(count: 300, seed: 5).map(PG.coder.code))
            try await PG.withDatabase { url in
                let q = try PG.run(["ingest", "--db", url, "--queue-only", corpus.path])
                #expect(q.status == 0, "\(q.stderr)")
                let pg = try await PostgresStore.open(url: url)
                let victim = try PG.spawn(["worker", "--db", url, "--batch", "5", "--name", "victim"])
                // Kill it once it has committed some rounds and has work left (mid-run).
                let deadline = Date().addingTimeInterval(120)
                var pendingAtKill = 0
                while Date() < deadline && victim.process.isRunning {
                    let pending = try #require(PG.pendingNow(url), "psql could not count the pending documents")
                    if pending < 300 - 20 {
                        kill(victim.process.processIdentifier, SIGKILL)
                        pendingAtKill = pending
                        break
                    }
                    usleep(20_000)
                }
                victim.process.waitUntilExit()
                #expect(victim.process.terminationReason == .uncaughtSignal, "the worker was killed, not finished")
                let afterKill = try await pg.counts()
                #expect(afterKill.pending > 0 && pendingAtKill > 0, "killed mid-run")
                let partial = try await PG.tuples(pg)
                #expect(Set(partial).count == partial.count, "no duplicate after the kill")

                let rerun = try PG.spawn(["worker", "--db", url, "--batch", "5", "--name", "rerun"])
                rerun.process.waitUntilExit()
                #expect(rerun.process.terminationStatus == 0, "\(rerun.stderr())")
                let counts = try await pg.counts()
                #expect(counts.pending == 0 && counts.documents == 300)
                let tuples = try await PG.tuples(pg)
                #expect(tuples == expected, "the killed run and the rerun give the events of one clean run, none twice")
                let byWorker = try await pg.codedByWorker()
                #expect(byWorker["victim", default: 0] > 0 && byWorker["rerun", default: 0] > 0)
                try await pg.close()
            }
        }

        @Test func ingestWorksTheQueueItself() async throws {
            let corpus = try Corpus.file(count: 40, seed: 6)
            defer { try? FileManager.default.removeItem(at: corpus.deletingLastPathComponent()) }
            try await PG.withDatabase { url in
                let r = try PG.run(["ingest", "--db", url, corpus.path])
                #expect(r.status == 0, "\(r.stderr)")
                #expect(r.stderr.contains("40 new"))
                let e = try PG.run(["events", "--db", url])
                #expect(e.status == 0, "\(e.stderr)")
                let pg = try await PostgresStore.open(url: url)
                #expect(try await pg.counts().pending == 0)
                #expect(e.stdout.split(separator: "\n").count == (try await pg.counts().events))
                #expect(try await PG.tuples(pg) == PG.tuples(Corpus.documents(count: 40, seed: 6).map(PG.coder.code)))
                try await pg.close()
            }
        }
    }
#endif
