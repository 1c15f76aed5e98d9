import Foundation
import Store
import Synchronization

/// Relations series read recently, by query: a dashboard asks the same dyads again and again,
/// and a series over a million events costs tens of milliseconds to fold. Entries live a few
/// seconds (writes by other processes show up after that); the app's own writes clear it.
final class RelationsCache: Sendable {
    private struct Entry { var at: ContinuousClock.Instant; var rows: [RelationRow] }
    private let entries = Mutex<[String: Entry]>([:])
    let ttl: Duration
    let maxEntries = 1024

    init(seconds: Double) { ttl = .milliseconds(Int(seconds * 1000)) }

    static func key(_ q: RelationsQuery) -> String {
        "\(q.a.code)|\(q.b.code)|\(q.from?.iso ?? "")|\(q.to?.iso ?? "")|\(q.by.rawValue)|\(q.top)"
    }

    func rows(_ q: RelationsQuery, store: any BrowsableStore) async throws -> [RelationRow] {
        guard ttl > .zero else { return RelationRow.fold(try await store.periodCounts(q), query: q) }
        let k = RelationsCache.key(q)
        let now = ContinuousClock.now
        if let e = entries.withLock({ $0[k] }), now - e.at < ttl { return e.rows }
        let rows = RelationRow.fold(try await store.periodCounts(q), query: q)
        entries.withLock { d in
            if d.count >= maxEntries { d.removeAll() }
            d[k] = Entry(at: now, rows: rows)
        }
        return rows
    }

    func clear() { entries.withLock { $0.removeAll() } }
}
