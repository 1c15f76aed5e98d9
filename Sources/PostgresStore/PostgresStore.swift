// Built only with the package trait PostgreSQL (`swift build --traits PostgreSQL`): see Package.swift.
#if PostgreSQL
    import ArabicText
    import EventCoding
    import Foundation
    import PostgresNIO
    import Store
    import Synchronization

    /// The store past one machine: PostgreSQL through postgres-nio, with the same tables and the same
    /// semantics as the SQLite store, plus a work queue (`enqueue`, `work`) so several worker
    /// processes, on one machine or many, can code one corpus.
    public final class PostgresStore: EventStore {
        public let name: String
        public let url: PostgresURL
        let client: PostgresClient
        let runner: Task<Void, Never>
        let logger: Logger
        let retryCount = Mutex(0)

        /// How many transactions were retried after a deadlock, a serialization failure or a
        /// conflicting concurrent insert.
        public var retries: Int { retryCount.withLock { $0 } }

        init(url: PostgresURL, client: PostgresClient, logger: Logger) {
            self.url = url
            self.name = url.redacted
            self.client = client
            self.logger = logger
            self.runner = Task { await client.run() }
        }

        /// Connects to `postgres://user[:password]@host[:port]/database` and brings its schema up to
        /// date (each migration once, under an advisory lock, so concurrent starts are safe).
        public static func open(url raw: String, maximumConnections: Int = 4) async throws -> PostgresStore {
            let url = try PostgresURL(parsing: raw)
            var config = PostgresClient.Configuration(
                host: url.host, port: url.port, username: url.user, password: url.password, database: url.database, tls: .disable)
            config.options.maximumConnections = max(1, maximumConnections)
            config.options.connectTimeout = .seconds(10)
            var logger = Logger(label: "tawthiq.postgres")
            logger.logLevel = .critical
            // One direct connection first: a refused connection, a bad password or a missing database
            // fail at once with the server's reason (the pool would keep retrying). The migrations run
            // on it too, not through the pool: opening a store then needs no pooled connection, whose
            // creation backs off and retries on a loaded machine (a pool timed out here under CI).
            let probe: PostgresConnection
            do {
                probe = try await PostgresConnection.connect(
                    configuration: PostgresConnection.Configuration(
                        host: url.host, port: url.port, username: url.user, password: url.password, database: url.database, tls: .disable),
                    id: 0, logger: logger)
            } catch {
                throw StoreError(store: url.redacted, message: "cannot connect: \(PostgresStore.describe(error))")
            }
            let store = PostgresStore(url: url, client: PostgresClient(configuration: config, backgroundLogger: logger), logger: logger)
            do {
                try await store.migrate(on: probe)
                try await probe.close()
            } catch {
                try? await probe.close()
                try? await store.close()
                throw StoreError(store: url.redacted, message: "cannot open the PostgreSQL store: \(PostgresStore.describe(error))")
            }
            return store
        }

        public func close() async throws {
            runner.cancel()
            await runner.value
        }

        // MARK: plumbing

        /// The SQLSTATE of a server error, if it is one.
        static func sqlState(_ error: any Error) -> String? {
            (error as? PSQLError)?.serverInfo?[.sqlState]
        }

        static func describe(_ error: any Error) -> String {
            if let e = error as? StoreError { return e.message }
            if let e = error as? PSQLError {
                if let info = e.serverInfo, let m = info[.message] {
                    return "\(m) (SQLSTATE \(info[.sqlState] ?? "?"))"
                }
                if let u = e.underlying { return "\(e.code): \(u)" }
                return "\(e.code)"
            }
            return "\(error)"
        }

        func wrap<T>(_ what: String, _ body: () async throws -> T) async throws -> T {
            do { return try await body() } catch let e as StoreError { throw e } catch {
                throw StoreError(store: name, message: "\(what): \(PostgresStore.describe(error))")
            }
        }

        /// Runs `body` in one transaction on one connection: COMMIT if it returns, ROLLBACK if it throws.
        func transaction<T>(_ body: (PostgresConnection) async throws -> T) async throws -> T {
            let logger = self.logger
            return try await client.withConnection { conn in
                try await conn.query("BEGIN", logger: logger)
                do {
                    let value = try await body(conn)
                    try await conn.query("COMMIT", logger: logger)
                    return value
                } catch {
                    _ = try? await conn.query("ROLLBACK", logger: logger)
                    throw error
                }
            }
        }

        /// Deadlock, serialization failure, and the unique or foreign-key violations two concurrent
        /// writers of the same article or event can meet: the transaction is run again from the start.
        static let retryable: Set<String> = ["40P01", "40001", "23505", "23503"]

        /// Runs a whole transaction, again on a retryable failure (up to 30 times, with a growing
        /// random pause).
        func retryingTransaction<T>(_ body: (PostgresConnection) async throws -> T) async throws -> T {
            var attempt = 0
            while true {
                do {
                    return try await transaction(body)
                } catch {
                    guard let state = PostgresStore.sqlState(error), PostgresStore.retryable.contains(state), attempt < 30 else { throw error }
                    attempt += 1
                    retryCount.withLock { $0 += 1 }
                    try await Task.sleep(for: .milliseconds(Int.random(in: 2...20) * attempt))
                }
            }
        }

        func rows(_ conn: PostgresConnection, _ q: PostgresQuery) async throws -> [PostgresRow] {
            try await conn.query(q, logger: logger).collect()
        }

        func exec(_ conn: PostgresConnection, _ q: PostgresQuery) async throws {
            _ = try await conn.query(q, logger: logger).collect()
        }

        /// Brings the schema up to date in one transaction on `conn`, under an advisory lock: a
        /// concurrent start waits for it (at most `lockTimeout`, enforced by the server), then finds
        /// nothing left to do. No client-side clock: a migration that rebuilds the rollup of a large
        /// store may rightly take minutes.
        func migrate(on conn: PostgresConnection, lockTimeout: String = "300s") async throws {
            try await conn.query("BEGIN", logger: logger)
            do {
                try await migrateInTransaction(conn, lockTimeout: lockTimeout)
                try await conn.query("COMMIT", logger: logger)
            } catch {
                _ = try? await conn.query("ROLLBACK", logger: logger)
                throw error
            }
        }

        private func migrateInTransaction(_ conn: PostgresConnection, lockTimeout: String) async throws {
            try await exec(conn, PostgresQuery(unsafeSQL: "SET LOCAL lock_timeout = '\(lockTimeout)'"))
            try await exec(conn, "SELECT pg_advisory_xact_lock(\(PostgresSchema.lockKey))")
            try await exec(conn, "CREATE TABLE IF NOT EXISTS schema_migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)")
            var applied = Set<String>()
            for row in try await rows(conn, "SELECT name FROM schema_migrations") {
                applied.insert(try row.decode(String.self))
            }
            for (name, statements) in PostgresSchema.migrations where !applied.contains(name) {
                for sql in statements { try await exec(conn, PostgresQuery(unsafeSQL: sql)) }
                if name == "v4-relation-months" { try await buildRollup(conn) }
                try await exec(conn, "INSERT INTO schema_migrations (name, applied_at) VALUES (\(name), \(StoreClock.now()))")
            }
        }

        /// The migrations this store has applied, in order.
        public func appliedMigrations() async throws -> [String] {
            try await wrap("reading migrations") {
                try await client.query("SELECT name FROM schema_migrations ORDER BY name", logger: logger).collect().map { try $0.decode(String.self) }
            }
        }

        // MARK: reads

        public func knownHashes(_ hashes: [String]) async throws -> Set<String> {
            guard !hashes.isEmpty else { return [] }
            return try await wrap("reading content hashes") {
                var known = Set<String>()
                for row in try await client.query("SELECT content_hash FROM documents WHERE content_hash = ANY(\(hashes))", logger: logger).collect() {
                    known.insert(try row.decode(String.self))
                }
                return known
            }
        }

        public func counts() async throws -> StoreCounts {
            try await wrap("counting") {
                let q: PostgresQuery = """
                    SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM documents WHERE status = 'pending'),
                           (SELECT count(*) FROM events), (SELECT count(*) FROM event_groups), (SELECT count(*) FROM flags),
                           (SELECT count(*) FROM notes)
                    """
                guard let row = try await client.query(q, logger: logger).collect().first else {
                    return StoreCounts(documents: 0, pending: 0, events: 0, groups: 0, flags: 0)
                }
                let (d, p, e, g, f, n) = try row.decode((Int, Int, Int, Int, Int, Int).self)
                return StoreCounts(documents: d, pending: p, events: e, groups: g, flags: f, notes: n)
            }
        }

        /// An SQL text with `$n` placeholders and the values bound to them: no value is spliced.
        struct Statement {
            var binds = PostgresBindings()

            mutating func bind<T: PostgresDynamicTypeEncodable>(_ value: T?) -> String {
                binds.append(value)
                return "$\(binds.count)"
            }

            func query(_ sql: String) -> PostgresQuery { PostgresQuery(unsafeSQL: sql, binds: binds) }
        }

        /// WHERE clauses over one table alias (the SQLite store's, in PostgreSQL).
        static func conditions(_ f: EventFilter, alias t: String, onGroups: Bool, into s: inout Statement) -> String {
            var w: [String] = []
            func side(_ a: ActorSelector, _ col: String, _ s: inout Statement) -> String {
                let p = s.bind(a.code)
                return a.isCountry ? "\(t).\(col)_country = \(p)" : "\(t).\(col)_code = \(p)"
            }
            if let a = f.actor {
                let x = side(a, "source", &s)
                let y = side(a, "target", &s)
                w.append("(\(x) OR \(y))")
            }
            if let a = f.source { w.append(side(a, "source", &s)) }
            if let a = f.target { w.append(side(a, "target", &s)) }
            if let c = f.cameo {
                let escaped = c.replacing("\\", with: "\\\\").replacing("%", with: "\\%").replacing("_", with: "\\_") + "%"
                w.append("\(t).cameo LIKE \(s.bind(escaped)) ESCAPE '\\'")
            }
            if let p = f.plover { w.append("\(t).plover = \(s.bind(p))") }
            if let p = f.place { w.append("\(t).place_country = \(s.bind(p))") }
            if let d = f.from { w.append("\(t).day >= \(s.bind(d.iso))") }
            if let d = f.to { w.append("\(t).day <= \(s.bind(d.iso))") }
            if let a = f.after { w.append("\(t).id > \(s.bind(a))") }
            if onGroups {
                if let g = f.group { w.append("\(t).id = \(s.bind(g))") }
                var reportConds: [String] = []
                if let o = f.outlet { reportConds.append("d.source = \(s.bind(o))") }
                if f.flaggedOnly { reportConds.append(EventFilter.contradictionCondition("e.flags")) }
                if let doc = f.document { reportConds.append("e.document_id = \(s.bind(doc))") }
                if !reportConds.isEmpty {
                    w.append(
                        "EXISTS (SELECT 1 FROM events e JOIN documents d ON d.id = e.document_id WHERE e.group_id = \(t).id AND \(reportConds.joined(separator: " AND ")))"
                    )
                }
            } else {
                if let g = f.group { w.append("\(t).group_id = \(s.bind(g))") }
                if let o = f.outlet { w.append("d.source = \(s.bind(o))") }
                if f.flaggedOnly { w.append(EventFilter.contradictionCondition("\(t).flags")) }
                if let doc = f.document { w.append("\(t).document_id = \(s.bind(doc))") }
            }
            return w.isEmpty ? "" : "WHERE " + w.joined(separator: " AND ")
        }

        public func events(_ filter: EventFilter) async throws -> [StoredEvent] {
            var s = Statement()
            let whereSQL = PostgresStore.conditions(filter, alias: "e", onGroups: false, into: &s)
            let limit = filter.limit.map { " LIMIT \(s.bind(max(0, $0)))" } ?? ""
            let q = s.query(
                "SELECT e.*, d.source AS outlet, d.url AS url, d.published AS published FROM events e JOIN documents d ON d.id = e.document_id \(whereSQL) ORDER BY e.id\(limit)"
            )
            return try await wrap("querying events") {
                try await client.query(q, logger: logger).collect().map { try PostgresStore.storedEvent($0.makeRandomAccess()) }
            }
        }

        static func storedEvent(_ r: PostgresRandomAccessRow) throws -> StoredEvent {
            func str(_ c: String) throws -> String { try r[c].decode(String.self) }
            func opt(_ c: String) throws -> String? { try r[c].decode(String?.self) }
            func int(_ c: String) throws -> Int { try r[c].decode(Int.self) }
            func actor(_ p: String) throws -> ActorMention? {
                guard let code = try opt(p + "_code") else { return nil }
                return ActorMention(
                    code: code, country: try opt(p + "_country"), role: try opt(p + "_role"), text: try opt(p + "_text") ?? "",
                    start: try r[p + "_start"].decode(Int?.self) ?? 0, end: try r[p + "_end"].decode(Int?.self) ?? 0)
            }
            let flags = try str("flags")
            let entries = (try? JSONDecoder().decode([String].self, from: Data(try str("entries").utf8))) ?? []
            let e = Event(
                doc: try str("doc"), part: DocumentPart(rawValue: try str("part")) ?? .text, sentence: try int("sentence"),
                date: try opt("day").flatMap(CalendarDay.init(iso:)), cameo: try str("cameo"), root: try str("root"), plover: try opt("plover"),
                mode: try opt("mode"), goldstein: try r["goldstein"].decode(Double.self), quad: try int("quad"),
                source: try actor("source"), target: try actor("target"), place: try place(r),
                trigger: Span(text: try str("trigger_text"), start: try int("trigger_start"), end: try int("trigger_end")),
                flags: EventFlag.parseList(flags),
                evidence: Evidence(
                    sentence: try str("sentence_text"), start: try int("sentence_start"), end: try int("sentence_end"), entries: entries,
                    sourceRule: try opt("source_rule"), targetRule: try opt("target_rule"), place: try opt("place_reason")))
            return StoredEvent(
                id: try r["id"].decode(Int64.self), group: try r["group_id"].decode(Int64.self), documentID: try r["document_id"].decode(Int64.self),
                event: e, outlet: try opt("outlet"), url: try opt("url"), published: try opt("published").flatMap(CalendarDay.init(iso:)),
                lexiconVersion: try str("lexicon_version"))
        }

        /// The place columns of an event row, or nil.
        static func place(_ r: PostgresRandomAccessRow) throws -> PlaceMention? {
            func opt(_ c: String) throws -> String? { try r[c].decode(String?.self) }
            guard let country = try opt("place_country"), let lat = try r["place_lat"].decode(Double?.self), let lon = try r["place_lon"].decode(Double?.self)
            else { return nil }
            return PlaceMention(
                name: try opt("place_name") ?? "", country: country, admin1: try opt("place_admin1"), lat: lat, lon: lon,
                geonameid: try r["place_geonameid"].decode(Int?.self), start: try r["place_start"].decode(Int?.self) ?? 0,
                end: try r["place_end"].decode(Int?.self) ?? 0, kind: try opt("place_type").flatMap(PlaceMention.Kind.init(rawValue:)) ?? .town,
                basis: try opt("place_basis").flatMap(PlaceMention.Basis.init(rawValue:)) ?? .sentence, fullName: try opt("place_fullname") ?? "",
                fips: try opt("place_fips"))
        }

        public func groups(_ filter: EventFilter) async throws -> [EventGroup] {
            var s = Statement()
            let whereSQL = PostgresStore.conditions(filter, alias: "g", onGroups: true, into: &s)
            let limit = filter.limit.map { " LIMIT \(s.bind(max(0, $0)))" } ?? ""
            let q = s.query("SELECT g.* FROM event_groups g \(whereSQL) ORDER BY g.id\(limit)")
            return try await wrap("querying events") {
                // One read-only transaction, so the groups and their reports are one snapshot.
                try await transaction { conn in
                    try await exec(conn, "SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY")
                    let groups = try await rows(conn, q).map { $0.makeRandomAccess() }
                    let ids = try groups.map { try $0["id"].decode(Int64.self) }
                    var reports: [Int64: [PostgresRandomAccessRow]] = [:]
                    for chunk in stride(from: 0, to: ids.count, by: 5000) {
                        let part = Array(ids[chunk..<min(chunk + 5000, ids.count)])
                        let rq: PostgresQuery = """
                            SELECT e.id, e.group_id, e.part, e.sentence, e.doc, e.source_role, e.source_text, e.target_role, e.target_text,
                                   e.place_name, e.place_country, e.place_admin1, e.place_lat, e.place_lon, e.place_geonameid, e.place_start, e.place_end,
                                   e.place_type, e.place_basis, e.place_fullname, e.place_fips,
                                   d.url, d.source AS outlet, d.id AS document_id
                            FROM events e JOIN documents d ON d.id = e.document_id WHERE e.group_id = ANY(\(part)) ORDER BY e.id
                            """
                        for row in try await rows(conn, rq) {
                            let r = row.makeRandomAccess()
                            reports[try r["group_id"].decode(Int64.self), default: []].append(r)
                        }
                    }
                    return try groups.map { g in try PostgresStore.group(g, reports: reports[try g["id"].decode(Int64.self)] ?? []) }
                }
            }
        }

        static func group(_ g: PostgresRandomAccessRow, reports: [PostgresRandomAccessRow]) throws -> EventGroup {
            var urls: [String] = []
            var outlets: [String] = []
            var docs = Set<Int64>()
            var isRoot = false
            for r in reports {
                if let u = try r["url"].decode(String?.self), !urls.contains(u) { urls.append(u) }
                if let o = try r["outlet"].decode(String?.self), !outlets.contains(o) { outlets.append(o) }
                docs.insert(try r["document_id"].decode(Int64.self))
                if try r["part"].decode(String.self) == "title" || r["sentence"].decode(Int.self) == 0 { isRoot = true }
            }
            let first = reports.first
            let firstSentence =
                try first.map { r in "\(try r["doc"].decode(String.self))#\(try r["part"].decode(String.self)).\(try r["sentence"].decode(Int.self))" } ?? ""
            func firstOpt(_ c: String) throws -> String? { try first.flatMap { try $0[c].decode(String?.self) } }
            return EventGroup(
                id: try g["id"].decode(Int64.self), day: try g["day"].decode(String?.self).flatMap(CalendarDay.init(iso:)),
                sourceCode: try g["source_code"].decode(String?.self), sourceCountry: try g["source_country"].decode(String?.self),
                sourceRole: try firstOpt("source_role"), sourceName: try firstOpt("source_text"),
                targetCode: try g["target_code"].decode(String?.self), targetCountry: try g["target_country"].decode(String?.self),
                targetRole: try firstOpt("target_role"), targetName: try firstOpt("target_text"),
                cameo: try g["cameo"].decode(String.self), root: try g["root"].decode(String.self), plover: try g["plover"].decode(String?.self),
                quad: try g["quad"].decode(Int.self), goldstein: try g["goldstein"].decode(Double.self),
                mentions: reports.count, sources: outlets.count, articles: docs.count, isRoot: isRoot, urls: urls, outlets: outlets,
                reports: try reports.map { try $0["id"].decode(Int64.self) }, firstSentence: firstSentence, added: try g["added"].decode(String.self),
                place: EventGroup.place(of: try reports.map(place)))
        }

        static func relationsQuery(_ q: RelationsQuery, forwardSource: ActorSelector, forwardTarget: ActorSelector) -> (String, Statement) {
            var s = Statement()
            let sc = forwardSource.isCountry ? "source_country" : "source_code"
            let tc = forwardTarget.isCountry ? "target_country" : "target_code"
            var w = "\(sc) = \(s.bind(forwardSource.code)) AND \(tc) = \(s.bind(forwardTarget.code)) AND day IS NOT NULL"
            if let p = q.place { w += " AND place_country = \(s.bind(p))" }
            if let f = q.from { w += " AND day >= \(s.bind(f.iso))" }
            if let to = q.to { w += " AND day <= \(s.bind(to.iso))" }
            return ("SELECT day, cameo, quad, count(*) AS n, sum(goldstein) AS g FROM event_groups WHERE \(w) GROUP BY day, cameo, quad", s)
        }

        public func dailyCounts(_ q: RelationsQuery) async throws -> [DailyCount] {
            try await wrap("querying relations") {
                var out: [DailyCount] = []
                let directions: [(Bool, ActorSelector, ActorSelector)] = q.a == q.b ? [(true, q.a, q.b)] : [(true, q.a, q.b), (false, q.b, q.a)]
                for (forward, a, b) in directions {
                    let (sql, s) = PostgresStore.relationsQuery(q, forwardSource: a, forwardTarget: b)
                    for row in try await client.query(s.query(sql), logger: logger).collect() {
                        let (day, cameo, quad, n, g) = try row.decode((String, String, Int, Int, Double).self)
                        guard let d = CalendarDay(iso: day) else { continue }
                        out.append(DailyCount(forward: forward, day: d, cameo: cameo, quad: quad, count: n, goldsteinSum: g))
                    }
                }
                return out
            }
        }

        public func explainRelations(_ q: RelationsQuery) async throws -> [String] {
            try await wrap("explaining the relations query") {
                if q.place != nil {
                    let (sql, s) = PostgresStore.relationsQuery(q, forwardSource: q.a, forwardTarget: q.b)
                    return try await client.query(s.query("EXPLAIN " + sql), logger: logger).collect().map { try $0.decode(String.self) }
                }
                let (first, last) = RelationRollup.monthRange(q)
                let query: PostgresQuery = """
                    EXPLAIN SELECT month, entries FROM relation_months
                    WHERE source = \(q.a.code) AND target = \(q.b.code) AND month >= \(first ?? "0000-00") AND month <= \(last ?? "9999-99")
                    """
                return try await client.query(query, logger: logger).collect().map { try $0.decode(String.self) }
            }
        }
    }
#endif
