// Built only with the package trait PostgreSQL (`swift build --traits PostgreSQL`): see Package.swift.
#if PostgreSQL
    import ArabicText
    import EventCoding
    import Foundation
    import PostgresNIO
    import Store

    /// Writes: the direct path (`write`, as the SQLite store does it) and the work queue (`enqueue`,
    /// then `work` in any number of processes).
    ///
    /// Lock order, the same in every transaction: document rows first, then event groups in sorted
    /// key order, then actors in sorted code order; orphaned groups are deleted last. Two writers
    /// therefore rarely wait on each other in a cycle, and when they do (an orphan deletion against
    /// a new report of the same event), PostgreSQL aborts one with 40P01 and it is run again whole.
    extension PostgresStore {
        // MARK: direct writes

        public func write(_ documents: [CodedDocument]) async throws -> WriteSummary {
            guard !documents.isEmpty else { return WriteSummary() }
            return try await wrap("writing \(documents.count) documents") {
                try await retryingTransaction { conn in try await writeCoded(conn, documents) }
            }
        }

        func writeCoded(_ conn: PostgresConnection, _ documents: [CodedDocument]) async throws -> WriteSummary {
            var summary = WriteSummary()
            let now = StoreClock.now()
            var known = Set<String>()
            let hashes = documents.map(\.contentHash)
            for row in try await rows(conn, "SELECT content_hash FROM documents WHERE content_hash = ANY(\(hashes))") {
                known.insert(try row.decode(String.self))
            }
            var written: [(Int64, CodedDocument)] = []
            var orphans = Set<Int64>()
            for cd in documents {
                if known.contains(cd.contentHash) {
                    summary.unchanged += 1
                    continue
                }
                known.insert(cd.contentHash)
                let d = cd.document
                if let old = try await rows(conn, "SELECT id FROM documents WHERE doc_key = \(cd.key) FOR UPDATE").first.map({ try $0.decode(Int64.self) }) {
                    orphans.formUnion(try await clearContent(conn, document: old))
                    try await exec(
                        conn,
                        """
                        UPDATE documents SET content_hash = \(cd.contentHash), external_id = \(d.id), source = \(d.source), url = \(d.url),
                          published = \(d.date?.iso), date_source = \(cd.dateSource.rawValue), title = \(d.title), body = \(d.text), status = 'coded',
                          lexicon_version = \(cd.lexiconVersion), revision = revision + 1, ingested_at = \(now), coded_by = NULL WHERE id = \(old)
                        """)
                    written.append((old, cd))
                    summary.replaced += 1
                    summary.replacedKeys.append(cd.key)
                } else {
                    let id = try await rows(
                        conn,
                        """
                        INSERT INTO documents (doc_key, content_hash, external_id, source, url, published, date_source, title, body, status, lexicon_version, ingested_at)
                        VALUES (\(cd.key), \(cd.contentHash), \(d.id), \(d.source), \(d.url), \(d.date?.iso), \(cd.dateSource.rawValue), \(d.title), \(d.text),
                          'coded', \(cd.lexiconVersion), \(now)) RETURNING id
                        """
                    ).first.map { try $0.decode(Int64.self) }
                    guard let id else { throw StoreError(store: name, message: "no id for document \(cd.key)") }
                    written.append((id, cd))
                    summary.inserted += 1
                }
            }
            var rollup = RelationRollupChanges()
            summary += try await insertContent(conn, written, now: now, rollup: &rollup)
            try await deleteOrphans(conn, orphans, rollup: &rollup)
            try await applyRollup(conn, rollup)
            return summary
        }

        /// Deletes a document's events, sentences, flags and notes; returns the groups its events were in.
        func clearContent(_ conn: PostgresConnection, document id: Int64) async throws -> [Int64] {
            let groups = try await rows(conn, "DELETE FROM events WHERE document_id = \(id) RETURNING group_id").map { try $0.decode(Int64.self) }
            try await exec(conn, "DELETE FROM sentences WHERE document_id = \(id)")
            try await exec(conn, "DELETE FROM flags WHERE document_id = \(id)")
            try await exec(conn, "DELETE FROM notes WHERE document_id = \(id)")
            return groups
        }

        /// Groups left without any report (each removed from the rollup).
        func deleteOrphans(_ conn: PostgresConnection, _ ids: Set<Int64>, rollup: inout RelationRollupChanges) async throws {
            guard !ids.isEmpty else { return }
            let sorted = ids.sorted()
            for row in try await rows(
                conn,
                """
                DELETE FROM event_groups g WHERE g.id = ANY(\(sorted)) AND NOT EXISTS (SELECT 1 FROM events e WHERE e.group_id = g.id)
                RETURNING g.day, g.source_code, g.source_country, g.target_code, g.target_country, g.cameo, g.quad, g.goldstein
                """)
            {
                try PostgresStore.addGroup(row, to: &rollup, sign: -1)
            }
        }

        /// Inserts the sentences, events (with their groups) and flags of documents whose rows exist
        /// and hold no content; counts events and flags. Each new deduplicated event goes into the
        /// rollup's changes.
        func insertContent(_ conn: PostgresConnection, _ docs: [(Int64, CodedDocument)], now: String, rollup: inout RelationRollupChanges) async throws
            -> WriteSummary
        {
            var summary = WriteSummary()
            // Groups first, in sorted key order (the lock order), each once.
            var groupRows: [String: Event] = [:]
            for (_, cd) in docs {
                for (i, e) in cd.events.enumerated() {
                    let key = EventGroupKey.key(for: e, documentKey: cd.key, index: i)
                    if groupRows[key] == nil || groupRows[key]?.place == nil { groupRows[key] = e }
                }
            }
            var groupIDs: [String: Int64] = [:]
            for key in groupRows.keys.sorted() {
                let e = groupRows[key]!
                // A new group returns its id (and counts in the rollup); an existing one is looked up.
                var id = try await rows(
                    conn,
                    """
                    INSERT INTO event_groups (group_key, day, source_code, source_country, target_code, target_country, cameo, root, plover, quad, goldstein, added,
                      place_country)
                    VALUES (\(key), \(e.date?.iso), \(e.source?.code), \(e.source?.country), \(e.target?.code), \(e.target?.country), \(e.cameo), \(e.root),
                      \(e.plover), \(e.quad), \(e.goldstein), \(now), \(e.place?.country))
                    ON CONFLICT (group_key) DO NOTHING RETURNING id
                    """
                ).first.map { try $0.decode(Int64.self) }
                if id != nil {
                    rollup.add(
                        day: e.date?.iso, sourceCode: e.source?.code, sourceCountry: e.source?.country, targetCode: e.target?.code,
                        targetCountry: e.target?.country, cameo: e.cameo, quad: e.quad, goldstein: e.goldstein, sign: 1)
                } else {
                    // (The group's state is its first report's that has a place.)
                    id = try await rows(
                        conn, "UPDATE event_groups SET place_country = coalesce(place_country, \(e.place?.country)) WHERE group_key = \(key) RETURNING id"
                    ).first.map { try $0.decode(Int64.self) }
                }
                guard let id else { throw StoreError(store: name, message: "no id for event group \(key)") }
                groupIDs[key] = id
            }
            struct ActorRow {
                var country: String?
                var role: String?
                var label: String
                var first: String?
                var last: String?
            }
            var actors: [String: ActorRow] = [:]
            for (docID, cd) in docs {
                if !cd.sentences.isEmpty {
                    let parts = cd.sentences.map(\.part.rawValue)
                    let idx = cd.sentences.map(\.index)
                    let starts = cd.sentences.map(\.start)
                    let ends = cd.sentences.map(\.end)
                    try await exec(
                        conn,
                        """
                        INSERT INTO sentences (document_id, part, idx, start, "end")
                        SELECT \(docID), * FROM unnest(\(parts)::text[], \(idx)::bigint[], \(starts)::bigint[], \(ends)::bigint[])
                        """)
                }
                for (i, e) in cd.events.enumerated() {
                    let key = EventGroupKey.key(for: e, documentKey: cd.key, index: i)
                    let groupID = groupIDs[key]!
                    let s = e.source
                    let t = e.target
                    let flags = EventFlag.list(e.flags)
                    let entries = PostgresStore.jsonArray(e.evidence.entries)
                    let p = e.place
                    try await exec(
                        conn,
                        """
                        INSERT INTO events (document_id, group_id, doc, part, sentence, day, cameo, root, plover, mode, goldstein, quad,
                          source_code, source_country, source_role, source_text, source_start, source_end,
                          target_code, target_country, target_role, target_text, target_start, target_end,
                          trigger_text, trigger_start, trigger_end, flags, sentence_text, sentence_start, sentence_end, entries, lexicon_version,
                          source_rule, target_rule, place_name, place_country, place_admin1, place_lat, place_lon, place_geonameid, place_start, place_end,
                          place_type, place_basis, place_fullname, place_fips, place_reason)
                        VALUES (\(docID), \(groupID), \(e.doc), \(e.part.rawValue), \(e.sentence), \(e.date?.iso), \(e.cameo), \(e.root), \(e.plover), \(e.mode),
                          \(e.goldstein), \(e.quad),
                          \(s?.code), \(s?.country), \(s?.role), \(s?.text), \(s?.start), \(s?.end),
                          \(t?.code), \(t?.country), \(t?.role), \(t?.text), \(t?.start), \(t?.end),
                          \(e.trigger.text), \(e.trigger.start), \(e.trigger.end), \(flags), \(e.evidence.sentence), \(e.evidence.start), \(e.evidence.end),
                          \(entries), \(cd.lexiconVersion), \(e.evidence.sourceRule), \(e.evidence.targetRule),
                          \(p?.name), \(p?.country), \(p?.admin1), \(p?.lat), \(p?.lon), \(p?.geonameid), \(p?.start), \(p?.end), \(p?.kind.rawValue),
                          \(p?.basis.rawValue), \(p?.fullName), \(p?.fips), \(e.evidence.place))
                        """)
                    for a in [s, t].compactMap({ $0 }) {
                        let day = e.date?.iso
                        if var row = actors[a.code] {
                            if let day {
                                if row.first == nil || day < row.first! { row.first = day }
                                if row.last == nil || day > row.last! { row.last = day }
                            }
                            actors[a.code] = row
                        } else {
                            actors[a.code] = ActorRow(country: a.country, role: a.role, label: a.text, first: day, last: day)
                        }
                    }
                }
                summary.events += cd.events.count
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
                for f in cd.flags {
                    let mentions = String(decoding: try encoder.encode(f.mentions), as: UTF8.self)
                    try await exec(
                        conn,
                        """
                        INSERT INTO flags (document_id, kind, mentions, facts, explanation, explanation_ar)
                        VALUES (\(docID), \(f.kind.rawValue), \(mentions), \(PostgresStore.jsonArray(f.facts)), \(f.explanation), \(f.explanationArabic))
                        """)
                }
                summary.flags += cd.flags.count
                for f in cd.notes {
                    let mentions = String(decoding: try encoder.encode(f.mentions), as: UTF8.self)
                    try await exec(
                        conn,
                        """
                        INSERT INTO notes (document_id, kind, mentions, facts, explanation, explanation_ar)
                        VALUES (\(docID), \(f.kind.rawValue), \(mentions), \(PostgresStore.jsonArray(f.facts)), \(f.explanation), \(f.explanationArabic))
                        """)
                }
                summary.notes += cd.notes.count
            }
            for code in actors.keys.sorted() {
                let a = actors[code]!
                try await exec(
                    conn,
                    """
                    INSERT INTO actors AS x (code, country, role, label, first_day, last_day) VALUES (\(code), \(a.country), \(a.role), \(a.label), \(a.first), \(a.last))
                    ON CONFLICT (code) DO UPDATE SET
                      first_day = CASE WHEN EXCLUDED.first_day IS NOT NULL AND (x.first_day IS NULL OR EXCLUDED.first_day < x.first_day) THEN EXCLUDED.first_day ELSE x.first_day END,
                      last_day = CASE WHEN EXCLUDED.last_day IS NOT NULL AND (x.last_day IS NULL OR EXCLUDED.last_day > x.last_day) THEN EXCLUDED.last_day ELSE x.last_day END
                    """)
            }
            return summary
        }

        static func jsonArray(_ xs: [String]) -> String {
            "[" + xs.map(JSONWriter.quote).joined(separator: ",") + "]"
        }

        // MARK: the work queue

        /// Stores documents to be coded by `work`, as 'pending'. The same content again is skipped
        /// (unchanged); a new version of a stored document (same key, new content) takes the row's
        /// place with its new content and goes back to 'pending' (its old events stay until a worker
        /// codes it). One transaction.
        public func enqueue(_ documents: [Document]) async throws -> WriteSummary {
            guard !documents.isEmpty else { return WriteSummary() }
            return try await wrap("queueing \(documents.count) documents") {
                try await retryingTransaction { conn in
                    var summary = WriteSummary()
                    let now = StoreClock.now()
                    let hashes = documents.map(CodedDocument.hash(of:))
                    var known = Set<String>()
                    for row in try await rows(conn, "SELECT content_hash FROM documents WHERE content_hash = ANY(\(hashes))") {
                        known.insert(try row.decode(String.self))
                    }
                    for (d, hash) in zip(documents.map(DocumentCoder.storable), hashes) {
                        if known.contains(hash) {
                            summary.unchanged += 1
                            continue
                        }
                        known.insert(hash)
                        let key = CodedDocument.key(of: d)
                        let updated = try await rows(
                            conn,
                            """
                            UPDATE documents SET content_hash = \(hash), external_id = \(d.id), source = \(d.source), url = \(d.url), published = \(d.date?.iso),
                              title = \(d.title), body = \(d.text), status = 'pending', revision = revision + 1, ingested_at = \(now), coded_by = NULL
                            WHERE doc_key = \(key) RETURNING id
                            """)
                        if !updated.isEmpty {
                            summary.replaced += 1
                            summary.replacedKeys.append(key)
                            continue
                        }
                        try await exec(
                            conn,
                            """
                            INSERT INTO documents (doc_key, content_hash, external_id, source, url, published, date_source, title, body, status, lexicon_version, ingested_at)
                            VALUES (\(key), \(hash), \(d.id), \(d.source), \(d.url), \(d.date?.iso), '', \(d.title), \(d.text), 'pending', '', \(now))
                            """)
                        summary.inserted += 1
                    }
                    return summary
                }
            }
        }

        /// Codes pending documents until none is left to claim: each round claims up to `batch`
        /// pending rows (`FOR UPDATE SKIP LOCKED`, so concurrent workers take disjoint rows), codes
        /// them, replaces their events and marks them 'coded', all in one transaction. A worker killed
        /// mid-round loses nothing: its transaction rolls back and the rows are claimable again.
        /// `inserted` counts first codings, `replaced` recodings of new versions.
        public func work(coder: DocumentCoder, batch: Int, workerID: String, parallelism: Int = 1) async throws -> WriteSummary {
            var summary = WriteSummary()
            while let round = try await workOnce(coder: coder, batch: batch, workerID: workerID, parallelism: parallelism) {
                summary += round
            }
            return summary
        }

        /// One round of `work`: nil when no pending row was claimable.
        public func workOnce(coder: DocumentCoder, batch: Int, workerID: String, parallelism: Int = 1) async throws -> WriteSummary? {
            try await wrap("working the queue") {
                try await retryingTransaction { conn -> WriteSummary? in
                    let claimed = try await rows(
                        conn,
                        """
                        SELECT id, external_id, title, body, published, source, url, revision, doc_key FROM documents
                        WHERE status = 'pending' ORDER BY id LIMIT \(max(1, batch)) FOR UPDATE SKIP LOCKED
                        """)
                    if claimed.isEmpty { return nil }
                    var ids: [Int64] = []
                    var docs: [Document] = []
                    var revisions: [Int] = []
                    for row in claimed {
                        let (id, ext, title, body, published, source, url, revision, key) = try row.decode(
                            (Int64, String, String?, String, String?, String?, String?, Int, String).self)
                        ids.append(id)
                        revisions.append(revision)
                        docs.append(
                            Document(id: ext, title: title, text: body, date: published.flatMap(CalendarDay.init(iso:)), source: source, url: url, key: key))
                    }
                    let coded = await Ingestor(store: self, coder: coder, workers: parallelism).code(docs)
                    var summary = WriteSummary()
                    var orphans = Set<Int64>()
                    for ((id, cd), revision) in zip(zip(ids, coded), revisions) {
                        orphans.formUnion(try await clearContent(conn, document: id))
                        try await exec(
                            conn,
                            """
                            UPDATE documents SET published = \(cd.document.date?.iso), date_source = \(cd.dateSource.rawValue),
                              lexicon_version = \(cd.lexiconVersion), status = 'coded', coded_by = \(workerID) WHERE id = \(id)
                            """)
                        if revision > 1 { summary.replaced += 1 } else { summary.inserted += 1 }
                    }
                    var rollup = RelationRollupChanges()
                    summary += try await insertContent(conn, Array(zip(ids, coded)), now: StoreClock.now(), rollup: &rollup)
                    try await deleteOrphans(conn, orphans, rollup: &rollup)
                    try await applyRollup(conn, rollup)
                    return summary
                }
            }
        }

        /// How many documents each worker coded (the `workerID` given to `work`).
        public func codedByWorker() async throws -> [String: Int] {
            try await wrap("counting workers") {
                var out: [String: Int] = [:]
                for row in try await client.query("SELECT coded_by, count(*) FROM documents WHERE coded_by IS NOT NULL GROUP BY coded_by", logger: logger)
                    .collect()
                {
                    let (w, n) = try row.decode((String, Int).self)
                    out[w] = n
                }
                return out
            }
        }
    }
#endif
