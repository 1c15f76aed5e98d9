import Foundation
import GRDB
import GRDBSQLite
import Store

/// The relations rollup in SQLite (`relation_months`, see ``RelationRollup``): rewritten row by
/// row in the writer's transaction, built whole by the migration that adds it.
enum SQLiteRollup {
    static let createTable = """
        CREATE TABLE relation_months (
            source TEXT NOT NULL,
            target TEXT NOT NULL,
            month TEXT NOT NULL,
            entries BLOB NOT NULL,
            PRIMARY KEY (source, target, month)
        ) WITHOUT ROWID
        """

    /// The columns of `event_groups` a change is made of, in this order.
    static let groupColumns = "day, source_code, source_country, target_code, target_country, cameo, quad, goldstein"

    static func add(_ r: Row, to changes: inout RelationRollupChanges, sign: Int64) {
        changes.add(
            day: r[0], sourceCode: r[1], sourceCountry: r[2], targetCode: r[3], targetCountry: r[4], cameo: r[5], quad: r[6], goldstein: r[7],
            sign: sign)
    }

    /// Rewrites each row the changes touch, in key order.
    static func apply(_ db: Database, _ changes: RelationRollupChanges) throws {
        guard !changes.isEmpty else { return }
        let read = try db.cachedStatement(sql: "SELECT entries FROM relation_months WHERE source = ? AND target = ? AND month = ?")
        let write = try db.cachedStatement(sql: "INSERT OR REPLACE INTO relation_months (source, target, month, entries) VALUES (?, ?, ?, ?)")
        let delete = try db.cachedStatement(sql: "DELETE FROM relation_months WHERE source = ? AND target = ? AND month = ?")
        for k in changes.keys {
            let args: StatementArguments = [k.source, k.target, k.month]
            let stored = try Data.fetchOne(read, arguments: args)
            let merged = try stored.map { d in try d.withUnsafeBytes { try changes.merged(k, stored: $0) } } ?? changes.merged(k, stored: nil)
            if let merged {
                try write.execute(arguments: [k.source, k.target, k.month, Data(merged)])
            } else if stored != nil {
                try delete.execute(arguments: args)
            }
        }
    }

    /// Builds the rollup of every stored deduplicated event, a month of events at a time (memory
    /// stays that of one month's rows).
    static func build(_ db: Database) throws {
        let months = try String.fetchAll(
            db, sql: "SELECT DISTINCT substr(day, 1, 7) FROM event_groups WHERE day IS NOT NULL ORDER BY 1")
        for m in months {
            var changes = RelationRollupChanges()
            let rows = try Row.fetchCursor(
                db, sql: "SELECT \(groupColumns) FROM event_groups WHERE day >= ? AND day <= ?", arguments: [m + "-01", m + "-31"])
            while let r = try rows.next() { add(r, to: &changes, sign: 1) }
            try apply(db, changes)
        }
    }

    /// The query a relations series reads, one direction.
    static let select = "SELECT month, entries FROM relation_months WHERE source = ? AND target = ? AND month >= ? AND month <= ? ORDER BY month"

    static func arguments(_ q: RelationsQuery, source: ActorSelector, target: ActorSelector) -> StatementArguments {
        let (first, last) = RelationRollup.monthRange(q)
        return [source.code, target.code, first ?? "0000-00", last ?? "9999-99"]
    }

    /// Steps the prepared ``select`` and folds each row's entries in place.
    static func fold(_ statement: Statement, _ db: Database, forward: Bool, range: RelationRollup.Range, into acc: inout RelationAccumulator) throws {
        let stmt = statement.sqliteStatement
        sqlite3_reset(stmt)
        defer { sqlite3_reset(stmt) }
        while true {
            let rc = sqlite3_step(stmt)
            if rc == SQLITE_DONE { break }
            guard rc == SQLITE_ROW else {
                throw DatabaseError(resultCode: ResultCode(rawValue: rc), message: String(cString: sqlite3_errmsg(db.sqliteConnection)), sql: statement.sql)
            }
            guard let monthText = sqlite3_column_text(stmt, 0) else { continue }
            let month = String(cString: monthText)
            let n = Int(sqlite3_column_bytes(stmt, 1))
            let bytes = UnsafeRawBufferPointer(start: sqlite3_column_blob(stmt, 1), count: n)
            guard RelationRollup.fold(month: month, entries: bytes, forward: forward, range: range, into: &acc) else {
                throw StoreError(store: "sqlite", message: "the relations rollup row for \(month) is not a row of entries")
            }
        }
    }
}
