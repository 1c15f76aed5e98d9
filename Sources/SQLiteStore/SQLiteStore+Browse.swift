import ArabicText
import EventCoding
import Foundation
import GRDB
import Store

extension SQLiteStore: BrowsableStore {
    static let summaryColumns = """
        d.id, d.external_id, d.title, d.source, d.url, d.published, d.revision, d.ingested_at,
        (SELECT count(*) FROM events e WHERE e.document_id = d.id) AS n_events,
        (SELECT count(*) FROM flags f WHERE f.document_id = d.id) AS n_flags,
        (SELECT count(*) FROM notes n WHERE n.document_id = d.id) AS n_notes
        """

    static func summary(_ r: Row) -> DocumentSummary {
        let published: String? = r["published"]
        return DocumentSummary(
            id: r["id"], externalID: r["external_id"], title: r["title"], source: r["source"], url: r["url"],
            published: published.flatMap(CalendarDay.init(iso:)), events: r["n_events"], flags: r["n_flags"], notes: r["n_notes"], revision: r["revision"],
            ingestedAt: r["ingested_at"])
    }

    static func flag(_ r: Row) throws -> VerificationFlag {
        let kindName: String = r["kind"]
        guard let kind = EventFlag(rawValue: kindName) else {
            throw StoreError(store: "sqlite", message: "flag kind '\(kindName)' is not one this version knows (a store written by another version?)")
        }
        let mentionsJSON: String = r["mentions"]
        let factsJSON: String = r["facts"]
        let dec = JSONDecoder()
        return VerificationFlag(
            kind: kind, mentions: (try? dec.decode([FlagMention].self, from: Data(mentionsJSON.utf8))) ?? [],
            facts: (try? dec.decode([String].self, from: Data(factsJSON.utf8))) ?? [], explanation: r["explanation"],
            explanationArabic: r["explanation_ar"])
    }

    static func storedFlag(_ r: Row) throws -> StoredFlag {
        let published: String? = r["published"]
        return StoredFlag(
            id: r["id"], documentID: r["document_id"], title: r["title"], source: r["source"],
            published: published.flatMap(CalendarDay.init(iso:)), flag: try flag(r))
    }

    public func documents(after: Int64?, limit: Int) async throws -> [DocumentSummary] {
        try await wrap("listing documents") {
            try await pool.read { db in
                try Row.fetchAll(
                    db, sql: "SELECT \(SQLiteStore.summaryColumns) FROM documents d WHERE d.id > ? ORDER BY d.id LIMIT ?",
                    arguments: [after ?? 0, max(0, limit)]
                ).map(SQLiteStore.summary)
            }
        }
    }

    public func document(id: Int64) async throws -> StoredDocument? {
        try await wrap("reading document \(id)") {
            try await pool.read { db in
                guard
                    let r = try Row.fetchOne(
                        db, sql: "SELECT \(SQLiteStore.summaryColumns), d.body, d.date_source, d.lexicon_version FROM documents d WHERE d.id = ?",
                        arguments: [id])
                else { return nil }
                let sentences = try Row.fetchAll(
                    db, sql: "SELECT part, idx, start, \"end\" FROM sentences WHERE document_id = ? ORDER BY part = 'text', idx", arguments: [id]
                ).map { s in
                    SentenceRecord(part: DocumentPart(rawValue: s["part"]) ?? .text, index: s["idx"], start: s["start"], end: s["end"])
                }
                let flags = try Row.fetchAll(db, sql: "SELECT * FROM flags WHERE document_id = ? ORDER BY id", arguments: [id]).map { try SQLiteStore.flag($0) }
                let notes = try Row.fetchAll(db, sql: "SELECT * FROM notes WHERE document_id = ? ORDER BY id", arguments: [id]).map { try SQLiteStore.flag($0) }
                return StoredDocument(
                    summary: SQLiteStore.summary(r), text: r["body"], dateSource: r["date_source"], lexiconVersion: r["lexicon_version"],
                    sentences: sentences, flags: flags, notes: notes)
            }
        }
    }

    public func documentID(contentHash: String) async throws -> Int64? {
        try await wrap("finding a document") {
            try await pool.read { db in try Int64.fetchOne(db, sql: "SELECT id FROM documents WHERE content_hash = ?", arguments: [contentHash]) }
        }
    }

    public func event(id: Int64) async throws -> StoredEvent? {
        try await wrap("reading event \(id)") {
            try await pool.read { db in
                try Row.fetchOne(
                    db,
                    sql:
                        "SELECT e.*, d.source AS outlet, d.url AS url, d.published AS published FROM events e JOIN documents d ON d.id = e.document_id WHERE e.id = ?",
                    arguments: [id]
                ).map(SQLiteStore.storedEvent)
            }
        }
    }

    static let flagSelect = "SELECT f.*, d.title, d.source, d.published FROM flags f JOIN documents d ON d.id = f.document_id"

    public func flags(after: Int64?, limit: Int) async throws -> [StoredFlag] {
        try await wrap("listing flags") {
            try await pool.read { db in
                try Row.fetchAll(db, sql: SQLiteStore.flagSelect + " WHERE f.id > ? ORDER BY f.id LIMIT ?", arguments: [after ?? 0, max(0, limit)])
                    .map { try SQLiteStore.storedFlag($0) }
            }
        }
    }

    public func recentFlags(offset: Int, limit: Int) async throws -> [StoredFlag] {
        try await wrap("listing flags") {
            try await pool.read { db in
                try Row.fetchAll(
                    db, sql: SQLiteStore.flagSelect + " ORDER BY d.published IS NULL, d.published DESC, d.id DESC, f.id LIMIT ? OFFSET ?",
                    arguments: [max(0, limit), max(0, offset)]
                ).map { try SQLiteStore.storedFlag($0) }
            }
        }
    }

    public func search(_ query: String, limit: Int) async throws -> [SearchHit] {
        guard let match = SQLiteSearchIndex.matchQuery(query) else { return [] }
        return try await wrap("searching") {
            try await pool.read { db in
                try Row.fetchAll(
                    db,
                    sql: """
                        SELECT \(SQLiteStore.summaryColumns),
                               snippet(document_search, -1, char(2), char(3), '…', 24) AS snip
                        FROM document_search s JOIN documents d ON d.id = s.rowid
                        WHERE document_search MATCH ? ORDER BY s.rank LIMIT ?
                        """,
                    arguments: [match, max(0, limit)]
                ).map { SearchHit(document: SQLiteStore.summary($0), snippet: $0["snip"] ?? "") }
            }
        }
    }

    public func dyads(limit: Int) async throws -> [DyadCount] {
        try await wrap("counting dyads") {
            try await pool.read { db in
                try Row.fetchAll(
                    db,
                    sql: """
                        SELECT source_country, target_country, count(*) AS n FROM event_groups
                        WHERE source_country IS NOT NULL AND target_country IS NOT NULL AND source_country <> target_country
                        GROUP BY source_country, target_country ORDER BY n DESC, source_country, target_country LIMIT ?
                        """, arguments: [max(0, limit)]
                ).map { DyadCount(source: $0["source_country"], target: $0["target_country"], events: $0["n"]) }
            }
        }
    }
}
