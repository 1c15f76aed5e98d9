/// Folds deduplicated events, one at a time, into the rows of a relations series. Stores feed it
/// straight from their cursors, so a dyad of tens of thousands of events is one pass and no copies.
public struct RelationAccumulator: Sendable {
    struct Cell: Sendable {
        var quad = [0, 0, 0, 0]
        var sum = 0.0
        var n = 0
        var types: [String: Int] = [:]
    }
    public let query: RelationsQuery
    /// Two cells a period (A→B, B→A), mutated in place: no copy of a cell's type counts per event.
    private var cells: [Cell] = []
    private var used: [Bool] = []
    private var periods: [String: Int] = [:]
    private var lastDay = ""
    private var lastIndex = 0

    public init(query: RelationsQuery) { self.query = query }

    /// Adds events of one day ("YYYY-MM-DD"), one CAMEO code and quad class.
    public mutating func add(forward: Bool, day: String, cameo: String, quad: Int, count: Int = 1, goldsteinSum: Double) {
        if day != lastDay {
            lastDay = day
            let p = query.by.period(ofISO: day)
            if let k = periods[p] {
                lastIndex = k
            } else {
                lastIndex = cells.count
                periods[p] = lastIndex
                cells += [Cell(), Cell()]
                used += [false, false]
            }
        }
        let i = lastIndex + (forward ? 0 : 1)
        used[i] = true
        if (1...4).contains(quad) { cells[i].quad[quad - 1] += count }
        cells[i].sum += goldsteinSum
        cells[i].n += count
        cells[i].types[cameo, default: 0] += count
    }

    /// The rows: periods in order, A→B before B→A. Ties among the top types go to the lower code.
    public func rows() -> [RelationRow] {
        var out: [RelationRow] = []
        for (p, k) in periods.sorted(by: { $0.key < $1.key }) {
            for (slot, forward) in [(0, true), (1, false)] where used[k + slot] {
                let c = cells[k + slot]
                let top = c.types.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.prefix(query.top)
                out.append(RelationRow(
                    period: p, source: forward ? query.a.code : query.b.code, target: forward ? query.b.code : query.a.code, events: c.n,
                    quad: c.quad, goldsteinSum: (c.sum * 1000).rounded() / 1000,
                    goldsteinMean: c.n == 0 ? 0 : (c.sum / Double(c.n) * 1000).rounded() / 1000,
                    top: top.map { RelationRow.TypeCount(cameo: $0.key, count: $0.value) }))
            }
        }
        return out
    }
}
