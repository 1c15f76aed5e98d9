import Foundation
import Hummingbird
import Store
import Synchronization

/// Relations series read recently, by query: a dashboard asks the same dyads again and again,
/// and a series over a busy dyad of a million-event store costs tens of milliseconds to read.
/// Entries live a few seconds (writes by other processes show up after that); the app's own
/// writes clear it. Concurrent requests for the same query share one read (single flight).
final class RelationsCache: Sendable {
    /// A series with its API response already encoded (encoding 200 rows costs more than reading them).
    struct Series: Sendable {
        var rows: [RelationRow]
        /// Shared by every response that sends it (a `ByteBuffer` is copied on write only).
        var json: ByteBuffer
    }
    private struct Entry {
        var at: ContinuousClock.Instant
        var task: Task<Series, any Error>
    }
    private let entries = Mutex<[String: Entry]>([:])
    let ttl: Duration
    let maxEntries = 1024

    init(seconds: Double) { ttl = .milliseconds(Int(seconds * 1000)) }

    static func key(_ q: RelationsQuery) -> String {
        "\(q.a.code)|\(q.b.code)|\(q.from?.iso ?? "")|\(q.to?.iso ?? "")|\(q.by.rawValue)|\(q.top)"
    }

    static func read(_ q: RelationsQuery, _ store: any BrowsableStore) async throws -> Series {
        let rows = try await store.relations(q)
        let body = API.Relations(source: q.a.code, target: q.b.code, by: q.by.rawValue, from: q.from, to: q.to, rows: rows)
        return Series(rows: rows, json: RelationsJSON.buffer(body))
    }

    func rows(_ q: RelationsQuery, store: any BrowsableStore) async throws -> [RelationRow] {
        try await series(q, store: store).rows
    }

    func series(_ q: RelationsQuery, store: any BrowsableStore) async throws -> Series {
        guard ttl > .zero else { return try await RelationsCache.read(q, store) }
        let k = RelationsCache.key(q)
        let now = ContinuousClock.now
        let task = entries.withLock { d -> Task<Series, any Error> in
            if let e = d[k], now - e.at < ttl { return e.task }
            if d.count >= maxEntries { d = d.filter { now - $0.value.at < ttl } }
            if d.count >= maxEntries { d.removeAll() }
            let t = Task { try await RelationsCache.read(q, store) }
            d[k] = Entry(at: now, task: t)
            return t
        }
        do {
            return try await task.value
        } catch {
            entries.withLock { d in if d[k]?.task == task { d[k] = nil } }
            throw error
        }
    }

    func clear() { entries.withLock { $0.removeAll() } }
}
