import ArabicText
import EventCoding
import Foundation
import GRDB
import GRDBSQLite
import Store

/// The embedded default store: one SQLite file (WAL mode) through GRDB.
public final class SQLiteStore: EventStore {
    public let name: String
    let pool: DatabasePool

    /// Opens (creating if needed) the store at `path` and brings its schema up to date.
    public init(path: String) throws {
        name = path
        var config = Configuration()
        // Another process may be writing (an ingest while `relations` or the server reads): wait
        // for its transaction rather than fail with "database is locked".
        config.busyMode = .timeout(30)
        config.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
            db.add(function: SQLiteSearchIndex.normalizeFunction)
        }
        do {
            pool = try DatabasePool(path: path, configuration: config)
            // A store whose schema is current is opened with a read: no write lock is taken, so
            // opening never waits for, or blocks, a writer in another process.
            let migrator = SQLiteSchema.migrator()
            if try !pool.read({ try migrator.hasCompletedMigrations($0) }) { try migrator.migrate(pool) }
        } catch {
            throw StoreError(store: path, message: "cannot open the SQLite store: \(SQLiteStore.describe(error))")
        }
    }

    static func describe(_ error: any Error) -> String {
        if let e = error as? DatabaseError { return e.message ?? "\(e)" }
        return "\(error)"
    }

    func wrap<T>(_ what: String, _ body: () async throws -> T) async throws -> T {
        do { return try await body() } catch let e as StoreError { throw e } catch {
            throw StoreError(store: name, message: "\(what): \(SQLiteStore.describe(error))")
        }
    }

    public func close() async throws { try pool.close() }

    public func knownHashes(_ hashes: [String]) async throws -> Set<String> {
        guard !hashes.isEmpty else { return [] }
        return try await wrap("reading content hashes") {
            try await pool.read { db in
                var known = Set<String>()
                for chunk in stride(from: 0, to: hashes.count, by: 500) {
                    let part = Array(hashes[chunk..<min(chunk + 500, hashes.count)])
                    let marks = Array(repeating: "?", count: part.count).joined(separator: ",")
                    known.formUnion(
                        try String.fetchAll(db, sql: "SELECT content_hash FROM documents WHERE content_hash IN (\(marks))", arguments: StatementArguments(part))
                    )
                }
                return known
            }
        }
    }

    public func write(_ documents: [CodedDocument]) async throws -> WriteSummary {
        try await wrap("writing \(documents.count) documents") {
            try await pool.write { db in try SQLiteWriter(db: db).write(documents) }
        }
    }

    public func counts() async throws -> StoreCounts {
        try await wrap("counting") {
            try await pool.read { db in
                func n(_ sql: String) throws -> Int { try Int.fetchOne(db, sql: sql) ?? 0 }
                return StoreCounts(
                    documents: try n("SELECT count(*) FROM documents"), pending: try n("SELECT count(*) FROM documents WHERE status = 'pending'"),
                    events: try n("SELECT count(*) FROM events"), groups: try n("SELECT count(*) FROM event_groups"),
                    flags: try n("SELECT count(*) FROM flags"), notes: try n("SELECT count(*) FROM notes"))
            }
        }
    }

    // MARK: queries

    /// WHERE clauses over one table alias; every value is a bound argument.
    static func conditions(_ f: EventFilter, alias t: String, onGroups: Bool) -> (String, [(any DatabaseValueConvertible)?]) {
        var w: [String] = []
        var args: [(any DatabaseValueConvertible)?] = []
        func side(_ s: ActorSelector, _ col: String) -> String {
            args.append(s.code)
            return s.isCountry ? "\(t).\(col)_country = ?" : "\(t).\(col)_code = ?"
        }
        if let a = f.actor {
            let x = side(a, "source")
            let y = side(a, "target")
            w.append("(\(x) OR \(y))")
        }
        if let s = f.source { w.append(side(s, "source")) }
        if let s = f.target { w.append(side(s, "target")) }
        if let c = f.cameo {
            w.append("\(t).cameo LIKE ? ESCAPE '\\'")
            args.append(c.replacingOccurrences(of: "%", with: "\\%").replacingOccurrences(of: "_", with: "\\_") + "%")
        }
        if let p = f.plover {
            w.append("\(t).plover = ?")
            args.append(p)
        }
        if let p = f.place {
            w.append("\(t).place_country = ?")
            args.append(p)
        }
        if let d = f.from {
            w.append("\(t).day >= ?")
            args.append(d.iso)
        }
        if let d = f.to {
            w.append("\(t).day <= ?")
            args.append(d.iso)
        }
        if let a = f.after {
            w.append("\(t).id > ?")
            args.append(a)
        }
        if onGroups {
            if let g = f.group {
                w.append("\(t).id = ?")
                args.append(g)
            }
            var reportConds: [String] = []
            if let o = f.outlet {
                reportConds.append("d.source = ?")
                args.append(o)
            }
            if f.flaggedOnly { reportConds.append(EventFilter.contradictionCondition("e.flags")) }
            if let doc = f.document {
                reportConds.append("e.document_id = ?")
                args.append(doc)
            }
            if !reportConds.isEmpty {
                w.append(
                    "EXISTS (SELECT 1 FROM events e JOIN documents d ON d.id = e.document_id WHERE e.group_id = \(t).id AND \(reportConds.joined(separator: " AND ")))"
                )
            }
        } else {
            if let g = f.group {
                w.append("\(t).group_id = ?")
                args.append(g)
            }
            if let o = f.outlet {
                w.append("d.source = ?")
                args.append(o)
            }
            if f.flaggedOnly { w.append(EventFilter.contradictionCondition("\(t).flags")) }
            if let doc = f.document {
                w.append("\(t).document_id = ?")
                args.append(doc)
            }
        }
        return (w.isEmpty ? "" : "WHERE " + w.joined(separator: " AND "), args)
    }

    public func events(_ filter: EventFilter) async throws -> [StoredEvent] {
        let (whereSQL, args) = SQLiteStore.conditions(filter, alias: "e", onGroups: false)
        let limit = filter.limit.map { " LIMIT \(max(0, $0))" } ?? ""
        let sql =
            "SELECT e.*, d.source AS outlet, d.url AS url, d.published AS published FROM events e JOIN documents d ON d.id = e.document_id \(whereSQL) ORDER BY e.id\(limit)"
        let arguments = StatementArguments(args)
        return try await wrap("querying events") {
            try await pool.read { db in
                try Row.fetchAll(db, sql: sql, arguments: arguments).map(SQLiteStore.storedEvent)
            }
        }
    }

    static func storedEvent(_ r: Row) -> StoredEvent {
        func actor(_ p: String) -> ActorMention? {
            guard let code: String = r[p + "_code"] else { return nil }
            return ActorMention(
                code: code, country: r[p + "_country"], role: r[p + "_role"], text: r[p + "_text"] ?? "", start: r[p + "_start"] ?? 0, end: r[p + "_end"] ?? 0)
        }
        let flags: String = r["flags"]
        let entriesJSON: String = r["entries"]
        let entries = (try? JSONDecoder().decode([String].self, from: Data(entriesJSON.utf8))) ?? []
        let day: String? = r["day"]
        let e = Event(
            doc: r["doc"], part: DocumentPart(rawValue: r["part"]) ?? .text, sentence: r["sentence"], date: day.flatMap(CalendarDay.init(iso:)),
            cameo: r["cameo"], root: r["root"], plover: r["plover"], mode: r["mode"], goldstein: r["goldstein"], quad: r["quad"],
            source: actor("source"), target: actor("target"),
            place: place(r),
            trigger: Span(text: r["trigger_text"], start: r["trigger_start"], end: r["trigger_end"]),
            flags: EventFlag.parseList(flags),
            evidence: Evidence(
                sentence: r["sentence_text"], start: r["sentence_start"], end: r["sentence_end"], entries: entries, sourceRule: r["source_rule"],
                targetRule: r["target_rule"], place: r["place_reason"]))
        let published: String? = r["published"]
        return StoredEvent(
            id: r["id"], group: r["group_id"], documentID: r["document_id"], event: e, outlet: r["outlet"], url: r["url"],
            published: published.flatMap(CalendarDay.init(iso:)), lexiconVersion: r["lexicon_version"])
    }

    /// The place columns of an event row, or nil.
    static func place(_ r: Row) -> PlaceMention? {
        guard let country: String = r["place_country"], let lat: Double = r["place_lat"], let lon: Double = r["place_lon"] else { return nil }
        let type: String? = r["place_type"]
        let basis: String? = r["place_basis"]
        return PlaceMention(
            name: r["place_name"] ?? "", country: country, admin1: r["place_admin1"], lat: lat, lon: lon, geonameid: r["place_geonameid"],
            start: r["place_start"] ?? 0, end: r["place_end"] ?? 0, kind: type.flatMap(PlaceMention.Kind.init(rawValue:)) ?? .town,
            basis: basis.flatMap(PlaceMention.Basis.init(rawValue:)) ?? .sentence, fullName: r["place_fullname"] ?? "", fips: r["place_fips"])
    }

    public func groups(_ filter: EventFilter) async throws -> [EventGroup] {
        let (whereSQL, args) = SQLiteStore.conditions(filter, alias: "g", onGroups: true)
        let limit = filter.limit.map { " LIMIT \(max(0, $0))" } ?? ""
        let sql = "SELECT g.* FROM event_groups g \(whereSQL) ORDER BY g.id\(limit)"
        let arguments = StatementArguments(args)
        return try await wrap("querying events") {
            try await pool.read { db in
                let rows = try Row.fetchAll(db, sql: sql, arguments: arguments)
                return try rows.map { try SQLiteStore.group($0, db: db) }
            }
        }
    }

    static func group(_ g: Row, db: Database) throws -> EventGroup {
        let id: Int64 = g["id"]
        let reports = try Row.fetchAll(
            db,
            sql: """
                SELECT e.id, e.part, e.sentence, e.doc, e.source_role, e.source_text, e.target_role, e.target_text,
                       e.place_name, e.place_country, e.place_admin1, e.place_lat, e.place_lon, e.place_geonameid, e.place_start, e.place_end,
                       e.place_type, e.place_basis, e.place_fullname, e.place_fips,
                       d.url, d.source AS outlet, d.id AS document_id
                FROM events e JOIN documents d ON d.id = e.document_id WHERE e.group_id = ? ORDER BY e.id
                """, arguments: [id])
        var urls: [String] = []
        var outlets: [String] = []
        var docs = Set<Int64>()
        var isRoot = false
        for r in reports {
            if let u: String = r["url"], !urls.contains(u) { urls.append(u) }
            if let o: String = r["outlet"], !outlets.contains(o) { outlets.append(o) }
            docs.insert(r["document_id"])
            let part: String = r["part"]
            let sentence: Int = r["sentence"]
            if part == "title" || sentence == 0 { isRoot = true }
        }
        let first = reports.first
        let day: String? = g["day"]
        let firstSentence =
            first.map { r -> String in
                let doc: String = r["doc"]
                let part: String = r["part"]
                let s: Int = r["sentence"]
                return "\(doc)#\(part).\(s)"
            } ?? ""
        return EventGroup(
            id: id, day: day.flatMap(CalendarDay.init(iso:)), sourceCode: g["source_code"], sourceCountry: g["source_country"],
            sourceRole: first?["source_role"], sourceName: first?["source_text"], targetCode: g["target_code"],
            targetCountry: g["target_country"], targetRole: first?["target_role"], targetName: first?["target_text"],
            cameo: g["cameo"], root: g["root"], plover: g["plover"], quad: g["quad"], goldstein: g["goldstein"],
            mentions: reports.count, sources: outlets.count, articles: docs.count, isRoot: isRoot, urls: urls, outlets: outlets,
            reports: reports.map { $0["id"] }, firstSentence: firstSentence, added: g["added"], place: EventGroup.place(of: reports.map(place)))
    }

    static func relationsSQL(_ q: RelationsQuery, forwardSource: ActorSelector, forwardTarget: ActorSelector) -> (String, [(any DatabaseValueConvertible)?]) {
        let s = forwardSource.isCountry ? "source_country" : "source_code"
        let t = forwardTarget.isCountry ? "target_country" : "target_code"
        var args: [(any DatabaseValueConvertible)?] = [forwardSource.code, forwardTarget.code]
        var w = "\(s) = ? AND \(t) = ? AND day IS NOT NULL"
        if let p = q.place {
            w += " AND place_country = ?"
            args.append(p)
        }
        if let f = q.from {
            w += " AND day >= ?"
            args.append(f.iso)
        }
        if let to = q.to {
            w += " AND day <= ?"
            args.append(to.iso)
        }
        return ("SELECT day, cameo, quad, count(*) AS n, sum(goldstein) AS g FROM event_groups WHERE \(w) GROUP BY day, cameo, quad", args)
    }

    public func dailyCounts(_ q: RelationsQuery) async throws -> [DailyCount] {
        try await wrap("querying relations") {
            try await pool.read { db in
                var out: [DailyCount] = []
                let directions: [(Bool, ActorSelector, ActorSelector)] = q.a == q.b ? [(true, q.a, q.b)] : [(true, q.a, q.b), (false, q.b, q.a)]
                for (forward, s, t) in directions {
                    let (sql, args) = SQLiteStore.relationsSQL(q, forwardSource: s, forwardTarget: t)
                    for r in try Row.fetchAll(db, sql: sql, arguments: StatementArguments(args)) {
                        let day: String = r["day"]
                        guard let d = CalendarDay(iso: day) else { continue }
                        out.append(DailyCount(forward: forward, day: d, cameo: r["cameo"], quad: r["quad"], count: r["n"], goldsteinSum: r["g"]))
                    }
                }
                return out
            }
        }
    }

    /// The series from the relations rollup (`relation_months`): per direction, the dyad's months
    /// in range on its primary key, a dozen short rows a year, folded in place. `dailyCounts`
    /// computes the same counts from the events themselves.
    public func relations(_ q: RelationsQuery) async throws -> [RelationRow] {
        // The rollup does not know where events happened: `--where` counts the events themselves.
        if q.place != nil { return RelationRow.fold(try await dailyCounts(q), query: q) }
        return try await wrap("querying relations") {
            try await pool.read { db in
                var acc = RelationAccumulator(query: q)
                let directions: [(Bool, ActorSelector, ActorSelector)] = q.a == q.b ? [(true, q.a, q.b)] : [(true, q.a, q.b), (false, q.b, q.a)]
                let statement = try db.cachedStatement(sql: SQLiteRollup.select)
                let range = RelationRollup.Range(q)
                for (forward, s, t) in directions {
                    try statement.setArguments(SQLiteRollup.arguments(q, source: s, target: t))
                    try SQLiteRollup.fold(statement, db, forward: forward, range: range, into: &acc)
                }
                return acc.rows()
            }
        }
    }

    public func explainRelations(_ q: RelationsQuery) async throws -> [String] {
        try await wrap("explaining the relations query") {
            try await pool.read { db in
                if q.place != nil {
                    let (sql, args) = SQLiteStore.relationsSQL(q, forwardSource: q.a, forwardTarget: q.b)
                    return try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + sql, arguments: StatementArguments(args)).map { $0["detail"] as String }
                }
                return try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + SQLiteRollup.select, arguments: SQLiteRollup.arguments(q, source: q.a, target: q.b))
                    .map { $0["detail"] as String }
            }
        }
    }
}

extension String {
    func replacingOccurrences(of a: String, with b: String) -> String {
        split(separator: a, omittingEmptySubsequences: false).joined(separator: b)
    }
}

extension SQLiteStore {
    /// The schema's migrations, in order.
    public static var migrationNames: [String] { SQLiteSchema.names }
}
