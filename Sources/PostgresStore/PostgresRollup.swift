// Built only with the package trait PostgreSQL (`swift build --traits PostgreSQL`): see Package.swift.
#if PostgreSQL
    import PostgresNIO
    import Store

    /// The relations rollup in PostgreSQL (`relation_months`, see ``RelationRollup``), as in the SQLite
    /// store: rewritten in the writer's transaction, after every other write (the last in the lock
    /// order), built whole by the migration that adds it.
    extension PostgresStore {
        /// Adds a row of `day, source_code, source_country, target_code, target_country, cameo, quad, goldstein`.
        static func addGroup(_ row: PostgresRow, to changes: inout RelationRollupChanges, sign: Int64) throws {
            let (day, sc, sn, tc, tn, cameo, quad, g) = try row.decode((String?, String?, String?, String?, String?, String, Int, Double).self)
            changes.add(day: day, sourceCode: sc, sourceCountry: sn, targetCode: tc, targetCountry: tn, cameo: cameo, quad: quad, goldstein: g, sign: sign)
        }

        /// Rewrites each rollup row the changes touch: the stored rows are read and locked in key order
        /// in one statement, then updated, deleted and inserted in three. Two writers adding the same
        /// new row meet on its primary key (23505) and one transaction is run again.
        func applyRollup(_ conn: PostgresConnection, _ changes: RelationRollupChanges) async throws {
            guard !changes.isEmpty else { return }
            let keys = changes.keys
            var stored: [RelationRollup.Key: ByteBuffer] = [:]
            for row in try await rows(
                conn,
                """
                SELECT r.source, r.target, r.month, r.entries FROM relation_months r
                JOIN unnest(\(keys.map(\.source))::text[], \(keys.map(\.target))::text[], \(keys.map(\.month))::text[]) AS k(s, t, m)
                  ON r.source = k.s AND r.target = k.t AND r.month = k.m
                ORDER BY r.source COLLATE "C", r.target COLLATE "C", r.month COLLATE "C" FOR UPDATE OF r
                """)
            {
                let (s, t, m, entries) = try row.decode((String, String, String, ByteBuffer).self)
                stored[RelationRollup.Key(source: s, target: t, month: m)] = entries
            }
            var updates: [(RelationRollup.Key, ByteBuffer)] = []
            var inserts: [(RelationRollup.Key, ByteBuffer)] = []
            var deletes: [RelationRollup.Key] = []
            for k in keys {
                let old = stored[k]
                let merged = try old.map { b in try b.withUnsafeReadableBytes { try changes.merged(k, stored: $0) } } ?? changes.merged(k, stored: nil)
                switch (old, merged) {
                case (.some, .some(let m)): updates.append((k, ByteBuffer(bytes: m)))
                case (.some, .none): deletes.append(k)
                case (.none, .some(let m)): inserts.append((k, ByteBuffer(bytes: m)))
                case (.none, .none): break
                }
            }
            if !updates.isEmpty {
                try await exec(
                    conn,
                    """
                    UPDATE relation_months r SET entries = k.e
                    FROM unnest(\(updates.map(\.0.source))::text[], \(updates.map(\.0.target))::text[], \(updates.map(\.0.month))::text[], \(updates.map(\.1))::bytea[]) AS k(s, t, m, e)
                    WHERE r.source = k.s AND r.target = k.t AND r.month = k.m
                    """)
            }
            if !deletes.isEmpty {
                try await exec(
                    conn,
                    """
                    DELETE FROM relation_months r USING unnest(\(deletes.map(\.source))::text[], \(deletes.map(\.target))::text[], \(deletes.map(\.month))::text[]) AS k(s, t, m)
                    WHERE r.source = k.s AND r.target = k.t AND r.month = k.m
                    """)
            }
            if !inserts.isEmpty {
                try await exec(
                    conn,
                    """
                    INSERT INTO relation_months (source, target, month, entries)
                    SELECT * FROM unnest(\(inserts.map(\.0.source))::text[], \(inserts.map(\.0.target))::text[], \(inserts.map(\.0.month))::text[], \(inserts.map(\.1))::bytea[])
                    """)
            }
        }

        /// Builds the rollup of every stored deduplicated event, a month at a time (the migration).
        func buildRollup(_ conn: PostgresConnection) async throws {
            let months = try await rows(conn, "SELECT DISTINCT substr(day, 1, 7) AS m FROM event_groups WHERE day IS NOT NULL ORDER BY m").map {
                try $0.decode(String.self)
            }
            for m in months {
                var changes = RelationRollupChanges()
                for row in try await rows(
                    conn,
                    "SELECT day, source_code, source_country, target_code, target_country, cameo, quad, goldstein FROM event_groups WHERE substr(day, 1, 7) = \(m)"
                ) {
                    try PostgresStore.addGroup(row, to: &changes, sign: 1)
                }
                try await applyRollup(conn, changes)
            }
        }

        /// The series from the rollup: per direction, the dyad's months in range on its primary key.
        public func relations(_ q: RelationsQuery) async throws -> [RelationRow] {
            // The rollup does not know where events happened: `where` counts the events themselves.
            if q.place != nil { return RelationRow.fold(try await dailyCounts(q), query: q) }
            return try await wrap("querying relations") {
                var acc = RelationAccumulator(query: q)
                let (first, last) = RelationRollup.monthRange(q)
                let range = RelationRollup.Range(q)
                let directions: [(Bool, ActorSelector, ActorSelector)] = q.a == q.b ? [(true, q.a, q.b)] : [(true, q.a, q.b), (false, q.b, q.a)]
                for (forward, s, t) in directions {
                    let query: PostgresQuery = """
                        SELECT month, entries FROM relation_months
                        WHERE source = \(s.code) AND target = \(t.code) AND month >= \(first ?? "0000-00") AND month <= \(last ?? "9999-99")
                        """
                    for row in try await client.query(query, logger: logger).collect() {
                        let (month, entries) = try row.decode((String, ByteBuffer).self)
                        let ok = entries.withUnsafeReadableBytes { RelationRollup.fold(month: month, entries: $0, forward: forward, range: range, into: &acc) }
                        if !ok { throw StoreError(store: name, message: "the relations rollup row for \(month) is not a row of entries") }
                    }
                }
                return acc.rows()
            }
        }
    }
#endif
