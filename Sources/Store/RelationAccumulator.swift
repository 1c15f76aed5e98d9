/// Folds deduplicated events, one at a time, into the rows of a relations series. Stores feed it
/// straight from their cursors, so a dyad of tens of thousands of events is one pass and no copies.
/// CAMEO codes are counted under a packed integer key (four ASCII digits in a `UInt32`) and a
/// day's period is looked up once per new day, so a store reading raw column bytes allocates
/// nothing per event.
public struct RelationAccumulator: Sendable {
    struct Cell: Sendable {
        var quad = [0, 0, 0, 0]
        var sum = 0.0
        var n = 0
        var types: [UInt32: Int] = [:]
    }
    public let query: RelationsQuery
    /// Two cells a period (A→B, B→A), mutated in place: no copy of a cell's type counts per event.
    private var cells: [Cell] = []
    private var used: [Bool] = []
    private var periods: [String: Int] = [:]
    private var lastDay = ""
    private var lastIndex = 0

    public init(query: RelationsQuery) { self.query = query }

    /// A CAMEO code ("0311", up to four ASCII characters) as a key; `code(of:)` reads it back.
    /// (Not generic: it runs once a row, and an unspecialised generic call costs a metadata lookup.)
    @inlinable public static func key(cameo bytes: UnsafeBufferPointer<UInt8>) -> UInt32 {
        var k: UInt32 = 0
        for i in 0..<min(bytes.count, 4) { k = k << 8 | UInt32(bytes[i]) }
        return k  // (ASCII digits are never 0, so "042" and "0420" differ)
    }

    public static func key(cameo code: String) -> UInt32 {
        var code = code
        return code.withUTF8 { key(cameo: $0) }
    }

    static func code(of key: UInt32) -> String {
        var bytes: [UInt8] = []
        var k = key
        while k != 0 {
            bytes.insert(UInt8(k & 0xFF), at: 0)
            k >>= 8
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Starts the events of a new day ("YYYY-MM-DD"); call it only when the day changes.
    public mutating func startDay(_ day: String) {
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

    /// Adds events of the current day (``startDay(_:)``), one CAMEO code (``key(cameo:)``) and quad class.
    public mutating func add(forward: Bool, cameoKey: UInt32, quad: Int, count: Int = 1, goldsteinSum: Double) {
        let i = lastIndex + (forward ? 0 : 1)
        used[i] = true
        if (1...4).contains(quad) { cells[i].quad[quad - 1] += count }
        cells[i].sum += goldsteinSum
        cells[i].n += count
        cells[i].types[cameoKey, default: 0] += count
    }

    /// Adds events of one day ("YYYY-MM-DD"), one CAMEO code and quad class.
    public mutating func add(forward: Bool, day: String, cameo: String, quad: Int, count: Int = 1, goldsteinSum: Double) {
        if day != lastDay { startDay(day) }
        add(forward: forward, cameoKey: Self.key(cameo: cameo), quad: quad, count: count, goldsteinSum: goldsteinSum)
    }

    /// A key with its bytes moved to the top of the word: compared as numbers, such keys order as
    /// their codes do as strings ("042" before "0420" before "043").
    static func leftAligned(_ key: UInt32) -> UInt32 {
        var k = key
        while k != 0 && k & 0xFF00_0000 == 0 { k <<= 8 }
        return k
    }

    /// The `n` most frequent codes, ties to the lower code, found in one pass without sorting
    /// every code of the cell.
    static func top(_ types: [UInt32: Int], _ n: Int) -> [(code: String, count: Int)] {
        guard n > 0 else { return [] }
        var best: [(order: UInt32, key: UInt32, count: Int)] = []
        best.reserveCapacity(n + 1)
        for (key, count) in types {
            let order = leftAligned(key)
            if best.count == n, let last = best.last, last.count > count || (last.count == count && last.order < order) { continue }
            var i = best.count
            while i > 0 && (best[i - 1].count < count || (best[i - 1].count == count && best[i - 1].order > order)) { i -= 1 }
            best.insert((order, key, count), at: i)
            if best.count > n { best.removeLast() }
        }
        return best.map { (Self.code(of: $0.key), $0.count) }
    }

    /// The rows: periods in order, A→B before B→A. Ties among the top types go to the lower code.
    public func rows() -> [RelationRow] {
        var out: [RelationRow] = []
        for (p, k) in periods.sorted(by: { $0.key < $1.key }) {
            for (slot, forward) in [(0, true), (1, false)] where used[k + slot] {
                let c = cells[k + slot]
                let top = Self.top(c.types, query.top)
                out.append(RelationRow(
                    period: p, source: forward ? query.a.code : query.b.code, target: forward ? query.b.code : query.a.code, events: c.n,
                    quad: c.quad, goldsteinSum: (c.sum * 1000).rounded() / 1000,
                    goldsteinMean: c.n == 0 ? 0 : (c.sum / Double(c.n) * 1000).rounded() / 1000,
                    top: top.map { RelationRow.TypeCount(cameo: $0.code, count: $0.count) }))
            }
        }
        return out
    }
}
