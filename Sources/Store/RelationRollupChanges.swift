/// What one write transaction does to the relations rollup (``RelationRollup``): deduplicated
/// events added (+1) and removed (−1), summed per rollup row and entry. The store collects them as
/// it inserts and deletes `event_groups` rows, then rewrites each row it touched, in key order
/// (``keys``), in the same transaction.
public struct RelationRollupChanges: Sendable {
    struct Delta: Sendable {
        var count: Int64 = 0
        var goldstein: Int64 = 0
    }
    private var rows: [RelationRollup.Key: [RelationRollup.EntryKey: Delta]] = [:]

    public init() {}

    public var isEmpty: Bool { rows.isEmpty }

    /// The rows touched, in key order (the order to lock them in).
    public var keys: [RelationRollup.Key] { rows.keys.sorted() }

    /// A deduplicated event added (`sign` 1) or removed (−1).
    public mutating func add(
        day: String?, sourceCode: String?, sourceCountry: String?, targetCode: String?, targetCountry: String?, cameo: String, quad: Int,
        goldstein: Double, sign: Int64
    ) {
        let keys = RelationRollup.keys(day: day, sourceCode: sourceCode, sourceCountry: sourceCountry, targetCode: targetCode, targetCountry: targetCountry)
        guard let day, !keys.isEmpty else { return }
        let entry = RelationRollup.EntryKey(
            day: RelationRollup.dayOfMonth(day), cameo: RelationAccumulator.key(cameo: cameo), quad: Int32(truncatingIfNeeded: quad))
        let g = RelationAccumulator.micro(goldstein)
        for k in keys {
            rows[k, default: [:]][entry, default: Delta()].count += sign
            rows[k, default: [:]][entry, default: Delta()].goldstein += sign * g
        }
    }

    /// A row's new packed entries: the stored ones (nil: no row yet) with this transaction's
    /// changes; nil when none is left (the row is to be deleted). Throws when the stored bytes are
    /// not a row or an entry would count fewer than no events (a rollup out of step with its events).
    public func merged(_ key: RelationRollup.Key, stored: UnsafeRawBufferPointer?) throws -> [UInt8]? {
        var entries: [RelationRollup.EntryKey: (count: Int64, goldstein: Int64)] = [:]
        if let stored {
            guard let old = RelationRollup.decode(stored) else { throw RelationRollupError(key: key, problem: "its stored bytes are not entries") }
            for e in old { entries[e.key] = (e.count, e.goldstein) }
        }
        for (k, d) in rows[key] ?? [:] {
            let old = entries[k] ?? (0, 0)
            entries[k] = (old.count + d.count, old.goldstein + d.goldstein)
        }
        var out: [RelationRollup.Entry] = []
        for (k, v) in entries {
            if v.count < 0 { throw RelationRollupError(key: key, problem: "an entry would count \(v.count) events") }
            if v.count > 0 { out.append(RelationRollup.Entry(key: k, count: v.count, goldstein: v.goldstein)) }
        }
        if out.isEmpty { return nil }
        out.sort { $0.key < $1.key }
        return RelationRollup.encode(out)
    }
}
