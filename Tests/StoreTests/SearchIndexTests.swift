import EventCoding
import Foundation
import GRDB
import Store
import Testing

@testable import SQLiteStore

@Suite struct SearchIndexTests {
    func tempPath() throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("tawthiq-search-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir.appendingPathComponent("s.sqlite").path
    }

    @Test func theSearchMigrationIsAppendedLast() {
        #expect(SQLiteSchema.names.first == "v1-documents-events")
        #expect(SQLiteSchema.names.contains("v2-document-search"))
    }

    @Test func matchQueryQuotesWordsAndDropsShortOnes() {
        #expect(SQLiteSearchIndex.matchQuery("دِمَشْق \"OR\" في") == "\"دمشق\" \"\"\"or\"\"\"")
        #expect(SQLiteSearchIndex.matchQuery("في من") == nil)
    }

    /// A store written before the search table existed is back-filled when it is opened.
    @Test func openingAnOldStoreBackFillsTheIndex() async throws {
        let path = try tempPath()
        do {
            let queue = try DatabaseQueue(path: path)
            var m = DatabaseMigrator()
            let (name, sql) = SQLiteSchema.migrations[0]
            m.registerMigration(name) { db in try db.execute(sql: sql) }
            try m.migrate(queue)
            try await queue.write { db in
                try db.execute(
                    sql: """
                        INSERT INTO documents (doc_key, content_hash, external_id, date_source, title, body, lexicon_version, ingested_at)
                        VALUES ('id:a', 'h', 'a', 'none', 'زيارة', 'وصل الوَفْدُ الرُّوسـيّ إلى دمشق', 'v', '2024-01-01 00:00:00')
                        """)
            }
            try queue.close()
        }
        let store = try SQLiteStore(path: path)
        let hits = try await store.search("الروسي", limit: 10)
        #expect(hits.map(\.document.externalID) == ["a"])
        #expect(hits.first?.snippet.contains(SearchHit.markStart) == true)
        try await store.close()
    }

    /// An article and its corrected version in one batch: the index holds the correction only,
    /// once; a correction in a later batch replaces the indexed text too.
    @Test func aCorrectionInTheSameBatchIsIndexedOnceAsItsLastVersion() async throws {
        let t = try TempStore()
        let first = Document(id: "a", text: "وصل الوفد الروسي إلى دمشق.", date: day("2024-01-02"), source: "x", url: "https://x.example/a")
        var second = first
        second.text = "وصل الوفد التركي إلى دمشق."
        var third = first
        third.text = "وصل الوفد الإيراني إلى دمشق."
        _ = try await t.store.write([storeCoder.code(first), storeCoder.code(second)])
        #expect(try await t.store.search("الروسي", limit: 10).isEmpty)
        #expect(try await t.store.search("التركي", limit: 10).map(\.document.externalID) == ["a"])
        _ = try await t.store.write([storeCoder.code(third)])
        #expect(try await t.store.search("التركي", limit: 10).isEmpty)
        #expect(try await t.store.search("الايراني", limit: 10).map(\.document.externalID) == ["a"])
        #expect(try await t.store.search("دمشق", limit: 10).count == 1)
        await t.cleanup()
    }

    /// Actors are merged per code across a batch: the first label written, and the earliest and
    /// latest day over every batch.
    @Test func actorsKeepTheirFirstLabelAndWidenTheirDays() async throws {
        let t = try TempStore()
        func doc(_ id: String, _ iso: String) -> Document {
            // Each its own text (a dateline line): the same text would be the same article.
            Document(
                id: id, text: "القاهرة \(id)\nالتقى وزير الخارجية الأردني أيمن الصفدي نظيره المصري في القاهرة اليوم.", date: day(iso), source: "s",
                url: "https://s.example/\(id)")
        }
        _ = try await t.store.write([storeCoder.code(doc("1", "2024-03-10")), storeCoder.code(doc("2", "2024-03-08"))])
        _ = try await t.store.write([storeCoder.code(doc("3", "2024-03-12")), storeCoder.code(doc("4", "2024-03-09"))])
        let path = t.dir.appendingPathComponent("t.sqlite").path
        try await t.store.close()
        let queue = try DatabaseQueue(path: path)
        let rows = try queue.read { db in
            try Row.fetchAll(db, sql: "SELECT code, label, first_day, last_day FROM actors ORDER BY code")
        }
        #expect(!rows.isEmpty)
        for r in rows {
            let code: String = r["code"]
            #expect(r["first_day"] as String? == "2024-03-08", "\(code)")
            #expect(r["last_day"] as String? == "2024-03-12", "\(code)")
        }
        #expect(rows.contains { ($0["code"] as String) == "JORGOV" && ($0["label"] as String).contains("الصفدي") })
        try queue.close()
        try? FileManager.default.removeItem(at: t.dir)
    }
}
