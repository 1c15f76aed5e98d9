import ArabicText
import EventCoding
import Foundation
import GRDB
import Store
import Testing

@testable import SQLiteStore

/// Random coded documents over a few actors, codes and eight weeks across three months: events
/// repeat across documents (deduplicated), some have no day, no target or an actor without a
/// country; corrected versions replace some documents' events, dropping some events altogether.
struct RandomCorpus {
    var state: UInt64
    init(seed: UInt64) { state = seed }

    mutating func next(_ n: Int) -> Int {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return Int((state >> 33) % UInt64(n))
    }

    static let actors: [(code: String, country: String?)] = [
        ("SYRGOV", "SYR"), ("SYRMIL", "SYR"), ("SYR", "SYR"), ("RUSGOV", "RUS"), ("RUS", "RUS"), ("EGYGOV", "EGY"), ("IGOARL", nil),
    ]
    static let codes: [(cameo: String, quad: Int, goldstein: Double)] = [
        ("042", 1, 1.9), ("043", 1, 2.8), ("0311", 1, 5.2), ("04", 1, 1.0), ("111", 3, -2.0), ("190", 4, -10.0), ("057", 1, 8.0), ("061", 2, 6.4),
    ]
    static let start = CalendarDay(iso: "2024-01-20")!
    /// Selectors a query can use: countries and codes, one that no event has.
    static let selectors = ["SYR", "RUS", "EGY", "SYRGOV", "SYRMIL", "RUSGOV", "EGYGOV", "IGOARL", "JOR"]

    var pool: [Event] = []

    mutating func event(doc: String, index: Int) -> Event {
        if !pool.isEmpty && next(10) < 3 {
            var e = pool[next(pool.count)]  // another outlet's report of the same act
            e.doc = doc
            e.sentence = index
            return e
        }
        let s = Self.actors[next(Self.actors.count)]
        let t = Self.actors[next(Self.actors.count)]
        let c = Self.codes[next(Self.codes.count)]
        let day: CalendarDay? = next(20) == 0 ? nil : Self.start.adding(days: next(56))
        let noTarget = next(20) == 0
        let e = Event(
            doc: doc, part: .text, sentence: index, date: day, cameo: c.cameo, root: String(c.cameo.prefix(2)), plover: nil, mode: nil,
            goldstein: c.goldstein, quad: c.quad,
            source: ActorMention(code: s.code, country: s.country, role: nil, text: s.code, start: 0, end: 3),
            target: noTarget ? nil : ActorMention(code: t.code, country: t.country, role: nil, text: t.code, start: 10, end: 13),
            trigger: Span(text: c.cameo, start: 4, end: 8), flags: [], evidence: Evidence(sentence: "x", start: 0, end: 1, entries: []))
        pool.append(e)
        return e
    }

    /// Document `i`, version `v`: its own events (none in some corrections).
    mutating func document(_ i: Int, version v: Int = 1) -> CodedDocument {
        let d = Document(id: "r\(i)", text: "random \(i) version \(v)", date: Self.start, source: "wire-\(i % 3)", url: "https://r.example/\(i)")
        let n = v > 1 && next(4) == 0 ? 0 : 1 + next(12)
        let events = (0..<n).map { event(doc: d.id, index: $0) }
        return CodedDocument(
            document: d, contentHash: CodedDocument.hash(of: d), key: CodedDocument.key(of: d), dateSource: .input, sentences: [], events: events,
            flags: [], lexiconVersion: "random")
    }

    /// A random relations query: selectors, a range that may cut months and weeks (or be open,
    /// or empty), any unit, 0–5 top types.
    mutating func query() -> RelationsQuery {
        let a = ActorSelector(Self.selectors[next(Self.selectors.count)])!
        let b = next(8) == 0 ? a : ActorSelector(Self.selectors[next(Self.selectors.count)])!
        let from: CalendarDay? = next(3) == 0 ? nil : Self.start.adding(days: next(60) - 3)
        let to: CalendarDay? = next(3) == 0 ? nil : (from ?? Self.start).adding(days: next(50) - 2)
        return RelationsQuery(a: a, b: b, from: from, to: to, by: PeriodUnit.allCases[next(4)], top: next(6))
    }
}

@Suite struct RelationRollupTests {
    /// The rollup's answer against the direct computation from the deduplicated events.
    static func expectRollupEqualsDirect(_ store: SQLiteStore, _ corpus: inout RandomCorpus, queries: Int, _ stage: String) async throws {
        var nonEmpty = 0
        for _ in 0..<queries {
            let q = corpus.query()
            let direct = RelationRow.fold(try await store.dailyCounts(q), query: q)
            let rolled = try await store.relations(q)
            #expect(rolled == direct, "\(stage): \(q)")
            if !direct.isEmpty { nonEmpty += 1 }
        }
        #expect(nonEmpty > queries / 3, "\(stage): most queries have rows")
    }

    /// The stored rollup rows are exactly those built afresh from the stored events: none stale,
    /// none missing, none left empty.
    static func expectRowsMatchTheEvents(_ store: SQLiteStore, _ stage: String) async throws {
        let (stored, expected) = try await store.pool.read { db -> ([String: Data], [String: Data]) in
            var stored: [String: Data] = [:]
            for r in try Row.fetchAll(db, sql: "SELECT source, target, month, entries FROM relation_months") {
                stored["\(r["source"] as String)|\(r["target"] as String)|\(r["month"] as String)"] = r["entries"]
            }
            var changes = RelationRollupChanges()
            for r in try Row.fetchAll(db, sql: "SELECT \(SQLiteRollup.groupColumns) FROM event_groups") { SQLiteRollup.add(r, to: &changes, sign: 1) }
            var expected: [String: Data] = [:]
            for k in changes.keys {
                if let m = try changes.merged(k, stored: nil) { expected["\(k.source)|\(k.target)|\(k.month)"] = Data(m) }
            }
            return (stored, expected)
        }
        #expect(stored.count == expected.count, "\(stage)")
        #expect(stored == expected, "\(stage)")
    }

    @Test func rollupAnswersEqualTheDirectComputationOnRandomData() async throws {
        let t = try TempStore()
        var corpus = RandomCorpus(seed: 16)
        // Several batches; a document may appear twice in one batch (its correction wins).
        for batch in 0..<6 {
            var docs = (0..<25).map { corpus.document(batch * 25 + $0) }
            docs.append(corpus.document(batch * 25 + 3, version: 2))
            _ = try await t.store.write(docs)
        }
        let groups = try await t.store.groups(EventFilter())
        #expect(groups.contains { $0.mentions > 1 }, "the corpus has events reported more than once")
        try await Self.expectRollupEqualsDirect(t.store, &corpus, queries: 400, "after the first writes")
        try await Self.expectRowsMatchTheEvents(t.store, "after the first writes")

        // Corrected versions: each replaces its document's events; events no other document
        // reports are gone, and the rollup with them.
        let before = try await t.store.counts().groups
        var replaced = 0
        for batch in 0..<3 {
            let docs = (0..<30).map { corpus.document(batch * 50 + $0, version: 3) }
            replaced += try await t.store.write(docs).replaced
        }
        #expect(replaced > 60)
        #expect(try await t.store.counts().groups != before)
        try await Self.expectRollupEqualsDirect(t.store, &corpus, queries: 400, "after corrections")
        try await Self.expectRowsMatchTheEvents(t.store, "after corrections")
        await t.cleanup()
    }

    /// A correction that drops an event removes it from the series at once; the same content
    /// again changes nothing.
    @Test func aCorrectionUpdatesTheSeries() async throws {
        let t = try TempStore()
        var corpus = RandomCorpus(seed: 3)
        let d = Document(id: "one", text: "v1", date: RandomCorpus.start, source: "w", url: "https://r.example/one")
        func coded(_ d: Document, _ events: [Event]) -> CodedDocument {
            CodedDocument(
                document: d, contentHash: CodedDocument.hash(of: d), key: CodedDocument.key(of: d), dateSource: .input, sentences: [], events: events,
                flags: [], lexiconVersion: "random")
        }
        var e = corpus.event(doc: "one", index: 0)
        e.date = CalendarDay(iso: "2024-02-10")
        e.source = ActorMention(code: "SYRGOV", country: "SYR", role: "GOV", text: "x", start: 0, end: 1)
        e.target = ActorMention(code: "RUSGOV", country: "RUS", role: "GOV", text: "y", start: 2, end: 3)
        e.cameo = "042"
        e.quad = 1
        e.goldstein = 1.9
        _ = try await t.store.write([coded(d, [e])])
        let q = RelationsQuery(a: ActorSelector("SYR")!, b: ActorSelector("RUSGOV")!, by: .week)
        #expect(try await t.store.relations(q).map(\.events) == [1])
        #expect(try await t.store.relations(q).first?.period == "2024-02-05")
        var v2 = d
        v2.text = "v2"
        var moved = e
        moved.date = CalendarDay(iso: "2024-03-01")
        _ = try await t.store.write([coded(v2, [moved])])
        let rows = try await t.store.relations(q)
        #expect(rows.map(\.period) == ["2024-02-26"])
        #expect(rows == RelationRow.fold(try await t.store.dailyCounts(q), query: q))
        _ = try await t.store.write([coded(v2, [moved])])
        #expect(try await t.store.relations(q) == rows)
        var v3 = d
        v3.text = "v3"
        _ = try await t.store.write([coded(v3, [])])
        #expect(try await t.store.relations(q).isEmpty)
        try await Self.expectRowsMatchTheEvents(t.store, "after the last correction")
        await t.cleanup()
    }

    /// A store made before the rollup existed (schema v3, events already stored) gets it built
    /// when it is opened, and answers as the direct computation does.
    @Test func theMigrationBuildsTheRollupOfAnExistingStore() async throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("tawthiq-rollup-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("old.sqlite").path
        var corpus = RandomCorpus(seed: 77)
        do {
            let queue = try DatabaseQueue(path: path)
            var m = DatabaseMigrator()
            let v3 = SQLiteSchema.migrations.prefix { $0.0 != "v4-relation-months" }
            #expect(v3.count == 3)
            for (name, sql) in v3 {
                m.registerMigration(name) { db in
                    db.add(function: SQLiteSearchIndex.normalizeFunction)
                    try db.execute(sql: sql)
                }
            }
            try m.migrate(queue)
            let events = (0..<600).map { corpus.event(doc: "d", index: $0) }
            try await queue.write { db in
                for (i, e) in events.enumerated() {
                    try db.execute(
                        sql: """
                            INSERT INTO event_groups (group_key, day, source_code, source_country, target_code, target_country, cameo, root, quad, goldstein, added)
                            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '2024-01-01 00:00:00')
                            """,
                        arguments: [
                            "g\(i)", e.date?.iso, e.source?.code, e.source?.country, e.target?.code, e.target?.country, e.cameo, e.root, e.quad, e.goldstein,
                        ])
                }
            }
            try queue.close()
        }
        let store = try SQLiteStore(path: path)
        #expect(try await store.pool.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM relation_months") ?? 0 } > 50)
        try await Self.expectRollupEqualsDirect(store, &corpus, queries: 300, "after the migration")
        try await Self.expectRowsMatchTheEvents(store, "after the migration")
        try await store.close()
    }

    @Test func entriesRoundTripAndBadBytesAreRefused() throws {
        let entries = [
            RelationRollup.Entry(key: .init(day: 1, cameo: RelationAccumulator.key(cameo: "0311"), quad: 1), count: 3, goldstein: 15_600_000),
            RelationRollup.Entry(key: .init(day: 31, cameo: RelationAccumulator.key(cameo: "190"), quad: 4), count: 1, goldstein: -10_000_000),
        ]
        let bytes = RelationRollup.encode(entries)
        #expect(bytes.count == 2 * RelationRollup.entrySize)
        #expect(bytes.withUnsafeBytes { RelationRollup.decode($0) } == entries)
        #expect(Array(bytes.dropLast()).withUnsafeBytes { RelationRollup.decode($0) } == nil)
        // Removing more events than a row holds is refused, not clamped.
        var changes = RelationRollupChanges()
        changes.add(
            day: "2024-02-01", sourceCode: "SYRGOV", sourceCountry: "SYR", targetCode: "RUSGOV", targetCountry: "RUS", cameo: "042", quad: 1, goldstein: 1.9,
            sign: -1)
        #expect(changes.keys.count == 4)
        #expect(throws: RelationRollupError.self) { try changes.merged(changes.keys[0], stored: nil) }
        // An event without a day or a target is in no row.
        var none = RelationRollupChanges()
        none.add(
            day: nil, sourceCode: "SYRGOV", sourceCountry: "SYR", targetCode: "RUSGOV", targetCountry: "RUS", cameo: "042", quad: 1, goldstein: 1.9, sign: 1)
        none.add(
            day: "2024-02-01", sourceCode: "SYRGOV", sourceCountry: "SYR", targetCode: nil, targetCountry: nil, cameo: "042", quad: 1, goldstein: 1.9, sign: 1)
        #expect(none.isEmpty)
    }

    /// Sums are exact: the same events in any order and grouping give the same Goldstein figures
    /// (a sum of doubles would not: 0.1 + 0.2 − 0.1 ≠ 0.2).
    @Test func goldsteinFiguresDoNotDependOnOrder() {
        let q = RelationsQuery(a: ActorSelector("SYR")!, b: ActorSelector("RUS")!, by: .month)
        let scores = [0.1, 0.2, -0.1, 2.8, -7.2, 0.1, 0.1, 0.1, -0.3, 0.0, 3.4]
        var one = RelationAccumulator(query: q)
        for g in scores { one.add(forward: true, day: "2024-02-01", cameo: "042", quad: 1, goldsteinSum: g) }
        var other = RelationAccumulator(query: q)
        for g in scores.reversed() { other.add(forward: true, day: "2024-02-02", cameo: "042", quad: 1, goldsteinSum: g) }
        #expect(one.rows() == other.rows())
        #expect(one.rows().first?.goldsteinSum == -0.8)
        // 8 events summing to 0.1: the mean 0.0125 rounds half away from zero, to 0.013.
        var half = RelationAccumulator(query: q)
        for g in [0.1, 0, 0, 0, 0, 0, 0, 0] { half.add(forward: true, day: "2024-02-01", cameo: "042", quad: 1, goldsteinSum: g) }
        #expect(half.rows().first?.goldsteinMean == 0.013)
        var negative = RelationAccumulator(query: q)
        for g in [-0.1, 0, 0, 0, 0, 0, 0, 0] { negative.add(forward: true, day: "2024-02-01", cameo: "042", quad: 1, goldsteinSum: g) }
        #expect(negative.rows().first?.goldsteinMean == -0.013)
    }
}
