import ArabicText
import GRDB
import Store

extension SQLiteStore {
    /// The SQL expression for the first day of an event's period (from the enum, never from input).
    static func periodStart(_ unit: PeriodUnit) -> String {
        switch unit {
        case .day: return "day"
        case .week: return "date(day, '-' || ((CAST(strftime('%w', day) AS INTEGER) + 6) % 7) || ' days')"
        case .month: return "substr(day, 1, 7) || '-01'"
        case .year: return "substr(day, 1, 4) || '-01-01'"
        }
    }

    /// `dailyCounts` folded to periods in SQL: one record per period, direction, CAMEO code and quad
    /// class, dated the first day of its period, so `RelationRow.fold` gives the same rows while
    /// far fewer rows leave SQLite (a decade of a busy dyad by month: ~2,000 instead of ~50,000).
    public func periodCounts(_ q: RelationsQuery) async throws -> [DailyCount] {
        try await wrap("querying relations") {
            try await pool.read { db in
                var out: [DailyCount] = []
                let directions: [(Bool, ActorSelector, ActorSelector)] = q.a == q.b ? [(true, q.a, q.b)] : [(true, q.a, q.b), (false, q.b, q.a)]
                let start = SQLiteStore.periodStart(q.by)
                for (forward, s, t) in directions {
                    let sc = s.isCountry ? "source_country" : "source_code"
                    let tc = t.isCountry ? "target_country" : "target_code"
                    var args: [(any DatabaseValueConvertible)?] = [s.code, t.code]
                    var w = "\(sc) = ? AND \(tc) = ? AND day IS NOT NULL"
                    if let f = q.from { w += " AND day >= ?"; args.append(f.iso) }
                    if let to = q.to { w += " AND day <= ?"; args.append(to.iso) }
                    let sql = "SELECT \(start) AS p, cameo, quad, count(*), sum(goldstein) FROM event_groups WHERE \(w) GROUP BY p, cameo, quad"
                    let rows = try Row.fetchCursor(db.cachedStatement(sql: sql), arguments: StatementArguments(args))
                    while let r = try rows.next() {
                        let p: String = r[0]
                        guard let d = CalendarDay(iso: p) else { continue }
                        out.append(DailyCount(forward: forward, day: d, cameo: r[1], quad: r[2], count: r[3], goldsteinSum: r[4]))
                    }
                }
                return out
            }
        }
    }
}
