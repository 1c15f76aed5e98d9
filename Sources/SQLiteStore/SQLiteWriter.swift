import ArabicText
import EventCoding
import Foundation
import GRDB
import Store

/// Writes coded articles inside one transaction (the caller's `pool.write`).
struct SQLiteWriter {
    let db: Database

    static func jsonArray(_ xs: [String]) -> String {
        "[" + xs.map(JSONWriter.quote).joined(separator: ",") + "]"
    }

    func write(_ documents: [CodedDocument]) throws -> WriteSummary {
        var summary = WriteSummary()
        let now = StoreClock.now()
        var seen = Set<String>()
        var searchRows: [SQLiteSearchIndex.Row] = []
        var actors = ActorSightings()
        var rollup = RelationRollupChanges()
        for cd in documents {
            let stored = try Int64.fetchOne(db, sql: "SELECT id FROM documents WHERE content_hash = ?", arguments: [cd.contentHash]) != nil
            if seen.contains(cd.contentHash) || stored {
                summary.unchanged += 1
                continue
            }
            seen.insert(cd.contentHash)
            let d = cd.document
            let docID: Int64
            var orphans: [Int64] = []
            if let old = try Int64.fetchOne(db, sql: "SELECT id FROM documents WHERE doc_key = ?", arguments: [cd.key]) {
                orphans = try Int64.fetchAll(db, sql: "SELECT DISTINCT group_id FROM events WHERE document_id = ?", arguments: [old])
                try db.execute(sql: "DELETE FROM events WHERE document_id = ?", arguments: [old])
                try db.execute(sql: "DELETE FROM sentences WHERE document_id = ?", arguments: [old])
                try db.execute(sql: "DELETE FROM flags WHERE document_id = ?", arguments: [old])
                try db.execute(sql: "DELETE FROM notes WHERE document_id = ?", arguments: [old])
                try db.execute(
                    sql: """
                        UPDATE documents SET content_hash = ?, external_id = ?, source = ?, url = ?, published = ?, date_source = ?,
                        title = ?, body = ?, status = 'coded', lexicon_version = ?, revision = revision + 1, ingested_at = ? WHERE id = ?
                        """,
                    arguments: [cd.contentHash, d.id, d.source, d.url, d.date?.iso, cd.dateSource.rawValue, d.title, d.text, cd.lexiconVersion, now, old])
                docID = old
                summary.replaced += 1
                summary.replacedKeys.append(cd.key)
                searchRows.append(SQLiteSearchIndex.Row(id: docID, title: d.title, body: d.text, replacing: true))
            } else {
                try db.execute(
                    sql: """
                        INSERT INTO documents (doc_key, content_hash, external_id, source, url, published, date_source, title, body, status, lexicon_version, ingested_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'coded', ?, ?)
                        """,
                    arguments: [cd.key, cd.contentHash, d.id, d.source, d.url, d.date?.iso, cd.dateSource.rawValue, d.title, d.text, cd.lexiconVersion, now])
                docID = db.lastInsertedRowID
                summary.inserted += 1
                searchRows.append(SQLiteSearchIndex.Row(id: docID, title: d.title, body: d.text, replacing: false))
            }
            let sentence = try db.cachedStatement(sql: "INSERT INTO sentences (document_id, part, idx, start, \"end\") VALUES (?, ?, ?, ?, ?)")
            for s in cd.sentences {
                try sentence.execute(arguments: [docID, s.part.rawValue, s.index, s.start, s.end])
            }
            try writeEvents(cd, docID: docID, now: now, actors: &actors, rollup: &rollup)
            summary.events += cd.events.count
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            for (table, list) in [("flags", cd.flags), ("notes", cd.notes)] {
                let insert = try db.cachedStatement(
                    sql: "INSERT INTO \(table) (document_id, kind, mentions, facts, explanation, explanation_ar) VALUES (?, ?, ?, ?, ?, ?)")
                for f in list {
                    let mentions = String(decoding: try encoder.encode(f.mentions), as: UTF8.self)
                    try insert.execute(arguments: [docID, f.kind.rawValue, mentions, SQLiteWriter.jsonArray(f.facts), f.explanation, f.explanationArabic])
                }
            }
            summary.flags += cd.flags.count
            summary.notes += cd.notes.count
            let orphan = try db.cachedStatement(
                sql: "DELETE FROM event_groups WHERE id = ? AND NOT EXISTS (SELECT 1 FROM events WHERE group_id = ?) RETURNING \(SQLiteRollup.groupColumns)")
            for g in orphans {
                for r in try Row.fetchAll(orphan, arguments: [g, g]) { SQLiteRollup.add(r, to: &rollup, sign: -1) }
            }
        }
        try writeActors(actors)
        try SQLiteRollup.apply(db, rollup)
        // Last, and in few statements: every statement that opens a statement journal makes FTS5
        // flush its pending rows, so indexing article by article between the other writes would
        // cut the index into a segment per article.
        try SQLiteSearchIndex.index(db, searchRows)
        return summary
    }

    /// One upsert per actor code for the whole batch: the first label, country and role written,
    /// and the earliest and latest day — what an upsert per event would leave.
    func writeActors(_ actors: ActorSightings) throws {
        let actor = try db.cachedStatement(
            sql: """
                INSERT INTO actors (code, country, role, label, first_day, last_day) VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT(code) DO UPDATE SET
                  first_day = CASE WHEN excluded.first_day IS NOT NULL AND (first_day IS NULL OR excluded.first_day < first_day) THEN excluded.first_day ELSE first_day END,
                  last_day = CASE WHEN excluded.last_day IS NOT NULL AND (last_day IS NULL OR excluded.last_day > last_day) THEN excluded.last_day ELSE last_day END
                """)
        for a in actors.ordered {
            try actor.execute(arguments: [a.code, a.country, a.role, a.label, a.first, a.last])
        }
    }

    /// Writes a document's events; each deduplicated event it creates goes into the rollup's changes.
    func writeEvents(_ cd: CodedDocument, docID: Int64, now: String, actors: inout ActorSightings, rollup: inout RelationRollupChanges) throws {
        // A new group returns its id; an existing one returns nothing and is looked up.
        let group = try db.cachedStatement(
            sql: """
                INSERT INTO event_groups (group_key, day, source_code, source_country, target_code, target_country, cameo, root, plover, quad, goldstein, added, place_country)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(group_key) DO NOTHING RETURNING id
                """)
        let existing = try db.cachedStatement(sql: "SELECT id FROM event_groups WHERE group_key = ?")
        let placeGroup = try db.cachedStatement(sql: "UPDATE event_groups SET place_country = ? WHERE id = ? AND place_country IS NULL")
        let event = try db.cachedStatement(
            sql: """
                INSERT INTO events (document_id, group_id, doc, part, sentence, day, cameo, root, plover, mode, goldstein, quad,
                  source_code, source_country, source_role, source_text, source_start, source_end,
                  target_code, target_country, target_role, target_text, target_start, target_end,
                  trigger_text, trigger_start, trigger_end, flags, sentence_text, sentence_start, sentence_end, entries, lexicon_version,
                  source_rule, target_rule, place_name, place_country, place_admin1, place_lat, place_lon, place_geonameid, place_start, place_end,
                  place_type, place_basis, place_fullname, place_fips, place_reason)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,
                  ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
        for (i, e) in cd.events.enumerated() {
            let key = EventGroupKey.key(for: e, documentKey: cd.key, index: i)
            let groupID: Int64
            if let id = try Int64.fetchOne(
                group,
                arguments: [
                    key, e.date?.iso, e.source?.code, e.source?.country, e.target?.code, e.target?.country, e.cameo, e.root, e.plover, e.quad, e.goldstein, now,
                    e.place?.country,
                ])
            {
                groupID = id
                rollup.add(
                    day: e.date?.iso, sourceCode: e.source?.code, sourceCountry: e.source?.country, targetCode: e.target?.code,
                    targetCountry: e.target?.country, cameo: e.cameo, quad: e.quad, goldstein: e.goldstein, sign: 1)
            } else if let id = try Int64.fetchOne(existing, arguments: [key]) {
                groupID = id
                // The group's state is its first report's that has a place.
                if let c = e.place?.country { try placeGroup.execute(arguments: [c, id]) }
            } else {
                throw StoreError(store: "sqlite", message: "no id for event group \(key)")
            }
            var args: [(any DatabaseValueConvertible)?] = [
                docID, groupID, e.doc, e.part.rawValue, e.sentence, e.date?.iso, e.cameo, e.root, e.plover, e.mode, e.goldstein, e.quad,
            ]
            for a in [e.source, e.target] {
                args += [a?.code, a?.country, a?.role, a?.text, a?.start, a?.end]
            }
            args += [
                e.trigger.text, e.trigger.start, e.trigger.end, EventFlag.list(e.flags), e.evidence.sentence, e.evidence.start, e.evidence.end,
                SQLiteWriter.jsonArray(e.evidence.entries), cd.lexiconVersion, e.evidence.sourceRule, e.evidence.targetRule,
            ]
            let p = e.place
            args += [
                p?.name, p?.country, p?.admin1, p?.lat, p?.lon, p?.geonameid, p?.start, p?.end, p?.kind.rawValue, p?.basis.rawValue, p?.fullName,
                p?.fips, e.evidence.place,
            ]
            try event.execute(arguments: StatementArguments(args))
            for a in [e.source, e.target].compactMap({ $0 }) {
                actors.saw(code: a.code, country: a.country, role: a.role, label: a.text, day: e.date?.iso)
            }
        }
    }
}
