/// Folds deduplicated events, one at a time, into the rows of a relations series. Stores feed it
/// straight from their cursors, so a dyad of tens of thousands of events is one pass and no copies.
/// CAMEO codes are counted under a packed integer key (four ASCII digits in a `UInt32`) and a
/// day's period is looked up once per new day, so a store reading raw column bytes allocates
/// nothing per event. Goldstein scores are summed exactly, in millionths (``micro(_:)``), so the
/// rows do not depend on the order events are added in: the rollup (pre-summed per day) and a
/// fold of single events give the same bytes.
///
/// Storage is flat, so a series of a thousand days does not make a thousand small collections:
/// two cells a period in one array, and every cell's type counts in one dictionary keyed by cell
/// and code, sorted out per cell once, when the rows are made.
public struct RelationAccumulator: Sendable {
    struct Cell: Sendable {
        var quad: (Int, Int, Int, Int) = (0, 0, 0, 0)
        var sum: Int64 = 0
        var n = 0
        var used = false
    }
    public let query: RelationsQuery
    /// Two cells a period (A→B, B→A), mutated in place.
    private var cells: [Cell] = []
    /// Events per cell and CAMEO code: the key is the cell's index << 32 | the code's key.
    private var types: [UInt64: Int] = [:]
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
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 4) { buf in
            var n = 0
            for shift in stride(from: 24, through: 0, by: -8) {
                let b = UInt8(truncatingIfNeeded: key >> UInt32(shift))
                if b != 0 || n > 0 {
                    buf[n] = b
                    n += 1
                }
            }
            return String(decoding: UnsafeBufferPointer(rebasing: buf[0..<n]), as: UTF8.self)
        }
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
            cells.append(Cell())
            cells.append(Cell())
        }
    }

    /// A Goldstein score (or a sum of them) in millionths: what the accumulator and the rollup add
    /// up, exactly and in any order. Scores have one decimal, so nothing is lost.
    @inlinable public static func micro(_ goldstein: Double) -> Int64 { Int64((goldstein * 1_000_000).rounded()) }

    /// `n / d` (millionths over a positive count) in thousandths, rounded to the nearest, halves away
    /// from zero, as `(x * 1000).rounded() / 1000` rounds; a negative value that rounds to zero is
    /// -0, as there.
    static func thousandths(_ n: Int64, over d: Int64) -> Double {
        let q = n / d, r = n % d
        let k = 2 * r.magnitude >= d.magnitude ? q + (n < 0 ? -1 : 1) : q
        return k == 0 && n < 0 ? -0.0 : Double(k) / 1000
    }

    /// Adds events of the current day (``startDay(_:)``), one CAMEO code (``key(cameo:)``) and quad class.
    public mutating func add(forward: Bool, cameoKey: UInt32, quad: Int, count: Int = 1, goldsteinSum: Double) {
        add(forward: forward, cameoKey: cameoKey, quad: quad, count: count, goldsteinMicro: Self.micro(goldsteinSum))
    }

    /// Adds events of the current day, their Goldstein sum in millionths (``micro(_:)``).
    public mutating func add(forward: Bool, cameoKey: UInt32, quad: Int, count: Int, goldsteinMicro: Int64) {
        let i = lastIndex + (forward ? 0 : 1)
        cells[i].used = true
        switch quad {
        case 1: cells[i].quad.0 += count
        case 2: cells[i].quad.1 += count
        case 3: cells[i].quad.2 += count
        case 4: cells[i].quad.3 += count
        default: break
        }
        cells[i].sum += goldsteinMicro
        cells[i].n += count
        types[UInt64(i) << 32 | UInt64(cameoKey), default: 0] += count
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
        top(types.map { (key: $0.key, count: $0.value) }[...], n)
    }

    static func top(_ types: ArraySlice<(key: UInt32, count: Int)>, _ n: Int) -> [(code: String, count: Int)] {
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
        // Each cell's type counts, together: counted per cell, then placed (a counting sort).
        var offsets = [Int](repeating: 0, count: cells.count + 1)
        for k in types.keys { offsets[Int(k >> 32) + 1] += 1 }
        for i in 0..<cells.count { offsets[i + 1] += offsets[i] }
        var next = offsets
        var flat = [(key: UInt32, count: Int)](repeating: (0, 0), count: types.count)
        for (k, count) in types {
            let c = Int(k >> 32)
            flat[next[c]] = (UInt32(truncatingIfNeeded: k), count)
            next[c] += 1
        }
        var out: [RelationRow] = []
        out.reserveCapacity(cells.count)
        for (p, k) in periods.sorted(by: { $0.key < $1.key }) {
            for slot in 0..<2 where cells[k + slot].used {
                let c = cells[k + slot], forward = slot == 0
                let top = Self.top(flat[offsets[k + slot]..<offsets[k + slot + 1]], query.top)
                out.append(RelationRow(
                    period: p, source: forward ? query.a.code : query.b.code, target: forward ? query.b.code : query.a.code, events: c.n,
                    quad: [c.quad.0, c.quad.1, c.quad.2, c.quad.3], goldsteinSum: Self.thousandths(c.sum, over: 1000),
                    goldsteinMean: c.n == 0 ? 0 : Self.thousandths(c.sum, over: Int64(c.n) * 1000),
                    top: top.map { RelationRow.TypeCount(cameo: $0.code, count: $0.count) }))
            }
        }
        return out
    }
}
