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
    private var types = CountTable(capacity: 256)
    /// Periods by number (YYYYMMDD of a day or a week's Monday, YYYYMM of a month, YYYY of a
    /// year): their first cell. A period string of another shape (never from a valid day) is kept
    /// by name in `otherPeriods`.
    private var periods = CountTable()
    private var otherPeriods: [String: Int] = [:]
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
        startPeriod(query.by.period(ofISO: day))
    }

    /// Starts the events of a period ("YYYY-MM" of a month, a week's Monday…) of the query's unit,
    /// when the caller knows it without the day.
    public mutating func startPeriod(_ p: String) {
        lastDay = ""
        if let n = Self.number(p, query.by) { return startPeriod(number: n) }
        if let k = otherPeriods[p] {
            lastIndex = k
        } else {
            lastIndex = cells.count
            otherPeriods[p] = lastIndex
            cells.append(Cell())
            cells.append(Cell())
        }
    }

    /// Starts the events of a period given by number: YYYYMMDD for a day or a week (its Monday),
    /// YYYYMM for a month, YYYY for a year.
    public mutating func startPeriod(number n: Int) {
        lastDay = ""
        lastIndex = periods.value(UInt64(n), orInsert: cells.count)
        if lastIndex == cells.count {
            cells.append(Cell())
            cells.append(Cell())
        }
    }

    /// The digits of a period string of the unit's shape ("YYYY-MM-DD", "YYYY-MM", "YYYY") as a
    /// number; nil for any other shape.
    static func number(_ p: String, _ unit: PeriodUnit) -> Int? {
        let dashes: [Int] =
            switch unit {
            case .day, .week: [4, 7]
            case .month: [4]
            case .year: []
            }
        var n = 0
        var i = 0
        for u in p.utf8 {
            if dashes.contains(i) {
                guard u == UInt8(ascii: "-") else { return nil }
            } else {
                guard u >= 48 && u <= 57 else { return nil }
                n = n * 10 + Int(u - 48)
            }
            i += 1
        }
        return i == 4 + 3 * dashes.count ? n : nil
    }

    /// A period number written back as its string (`number(_:_:)` the other way).
    static func periodString(_ n: Int, _ unit: PeriodUnit) -> String {
        func digits(_ v: Int, _ width: Int) -> String {
            let s = String(v)
            return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
        }
        switch unit {
        case .day, .week: return digits(n / 10_000, 4) + "-" + digits(n / 100 % 100, 2) + "-" + digits(n % 100, 2)
        case .month: return digits(n / 100, 4) + "-" + digits(n % 100, 2)
        case .year: return digits(n, 4)
        }
    }

    /// A Goldstein score (or a sum of them) in millionths: what the accumulator and the rollup add
    /// up, exactly and in any order. Scores have one decimal, so nothing is lost.
    @inlinable public static func micro(_ goldstein: Double) -> Int64 { Int64((goldstein * 1_000_000).rounded()) }

    /// `n / d` (millionths over a positive count) in thousandths, rounded to the nearest, halves away
    /// from zero, as `(x * 1000).rounded() / 1000` rounds; a negative value that rounds to zero is
    /// -0, as there.
    static func thousandths(_ n: Int64, over d: Int64) -> Double {
        let q = n / d
        let r = n % d
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
        types.add(UInt64(i) << 32 | UInt64(cameoKey), count)
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
        topTypes(types, n).map { ($0.cameo, $0.count) }
    }

    /// `top`, as the row's type counts, the candidates kept in a buffer on the stack.
    static func topTypes(_ types: ArraySlice<(key: UInt32, count: Int)>, _ n: Int) -> [RelationRow.TypeCount] {
        guard n > 0, !types.isEmpty else { return [] }
        let n = min(n, types.count)
        return withUnsafeTemporaryAllocation(of: (order: UInt32, key: UInt32, count: Int).self, capacity: n + 1) { best in
            var m = 0
            for (key, count) in types {
                let order = leftAligned(key)
                if m == n, best[m - 1].count > count || (best[m - 1].count == count && best[m - 1].order < order) { continue }
                var i = m
                while i > 0 && (best[i - 1].count < count || (best[i - 1].count == count && best[i - 1].order > order)) {
                    best[i] = best[i - 1]
                    i -= 1
                }
                best[i] = (order, key, count)
                if m < n { m += 1 }
            }
            var out: [RelationRow.TypeCount] = []
            out.reserveCapacity(m)
            for i in 0..<m { out.append(RelationRow.TypeCount(cameo: Self.code(of: best[i].key), count: best[i].count)) }
            return out
        }
    }

    /// The rows: periods in order, A→B before B→A. Ties among the top types go to the lower code.
    public func rows() -> [RelationRow] {
        // Each cell's type counts, together: counted per cell, then placed (a counting sort).
        var offsets = [Int](repeating: 0, count: cells.count + 1)
        types.forEach { k, _ in offsets[Int(k >> 32) + 1] += 1 }
        for i in 0..<cells.count { offsets[i + 1] += offsets[i] }
        var next = offsets
        var flat = [(key: UInt32, count: Int)](repeating: (0, 0), count: types.count)
        types.forEach { k, count in
            let c = Int(k >> 32)
            flat[next[c]] = (UInt32(truncatingIfNeeded: k), count)
            next[c] += 1
        }
        var out: [RelationRow] = []
        out.reserveCapacity(cells.count)
        var ordered: [(period: String, cell: Int)] = []
        ordered.reserveCapacity(periods.count + otherPeriods.count)
        var numbered: [(number: Int, cell: Int)] = []
        numbered.reserveCapacity(periods.count)
        periods.forEach { n, k in numbered.append((Int(n), k)) }
        numbered.sort { $0.number < $1.number }  // the order of their strings: one shape, fixed widths
        for (n, k) in numbered { ordered.append((Self.periodString(n, query.by), k)) }
        if !otherPeriods.isEmpty {
            ordered += otherPeriods.map { ($0.key, $0.value) }
            ordered.sort { $0.period < $1.period }
        }
        for (p, k) in ordered {
            for slot in 0..<2 where cells[k + slot].used {
                let c = cells[k + slot]
                let forward = slot == 0
                let top = Self.topTypes(flat[offsets[k + slot]..<offsets[k + slot + 1]], query.top)
                out.append(
                    RelationRow(
                        period: p, source: forward ? query.a.code : query.b.code, target: forward ? query.b.code : query.a.code, events: c.n,
                        quad: [c.quad.0, c.quad.1, c.quad.2, c.quad.3], goldsteinSum: Self.thousandths(c.sum, over: 1000),
                        goldsteinMean: c.n == 0 ? 0 : Self.thousandths(c.sum, over: Int64(c.n) * 1000),
                        top: top))
            }
        }
        return out
    }
}

/// Counts under 64-bit keys: open addressing with a multiplicative hash, for the accumulator's
/// per-event updates (a `Dictionary` hashes every key with SipHash, most of the fold's time).
struct CountTable: Sendable {
    private var keys: [UInt64] = []
    private var counts: [Int] = []
    private var used: [Bool] = []
    private(set) var count = 0
    private var shift: UInt64 = 64

    init(capacity: Int = 64) {
        var c = 16
        while c * 3 < capacity * 4 { c *= 2 }
        keys = [UInt64](repeating: 0, count: c)
        counts = [Int](repeating: 0, count: c)
        used = [Bool](repeating: false, count: c)
        shift = UInt64(64 - c.trailingZeroBitCount)
    }

    /// The value under `key`, or `value`, stored under it first when the key is new.
    mutating func value(_ key: UInt64, orInsert value: Int) -> Int {
        if (count + 1) * 4 > keys.count * 3 { grow() }
        let mask = keys.count - 1
        var i = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
        while used[i] {
            if keys[i] == key { return counts[i] }
            i = (i + 1) & mask
        }
        used[i] = true
        keys[i] = key
        counts[i] = value
        count += 1
        return value
    }

    private mutating func grow() {
        let old = (keys, counts, used)
        let capacity = max(16, keys.count * 2)
        keys = [UInt64](repeating: 0, count: capacity)
        counts = [Int](repeating: 0, count: capacity)
        used = [Bool](repeating: false, count: capacity)
        shift = UInt64(64 - capacity.trailingZeroBitCount)
        count = 0
        for i in 0..<old.0.count where old.2[i] { add(old.0[i], old.1[i]) }
    }

    mutating func add(_ key: UInt64, _ n: Int) {
        if (count + 1) * 4 > keys.count * 3 { grow() }
        let mask = keys.count - 1
        var i = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
        while used[i] {
            if keys[i] == key {
                counts[i] += n
                return
            }
            i = (i + 1) & mask
        }
        used[i] = true
        keys[i] = key
        counts[i] = n
        count += 1
    }

    func forEach(_ body: (UInt64, Int) -> Void) {
        for i in 0..<keys.count where used[i] { body(keys[i], counts[i]) }
    }
}
