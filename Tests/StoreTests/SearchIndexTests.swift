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
        #expect(SQLiteSchema.names.last == "v2-document-search")
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
}
