import ArabicText

/// The relations rollup: for each directed pair of actor keys and month, the month's deduplicated
/// events counted per day, CAMEO code and quad class, with their Goldstein sum. Stores keep one
/// row per (source key, target key, month) holding these counts packed (``encode(_:)``), and
/// change it in the transaction that adds or removes deduplicated events
/// (``RelationRollupChanges``), so a relations query reads a dyad's months — a dozen rows a year —
/// instead of its events.
///
/// Keys: an event counts under its source country and its source code, times its target country
/// and its target code (four pairs). A three-letter key is a country, any other a code, as
/// ``ActorSelector`` reads them, so the two never meet. Events without a day, a source or a target
/// are never in a relations series and are not in the rollup.
public enum RelationRollup {
    /// One row of the rollup.
    public struct Key: Hashable, Comparable, Sendable {
        public var source: String
        public var target: String
        /// "YYYY-MM".
        public var month: String

        public init(source: String, target: String, month: String) {
            self.source = source
            self.target = target
            self.month = month
        }

        public static func < (a: Key, b: Key) -> Bool {
            (a.source, a.target, a.month) < (b.source, b.target, b.month)
        }
    }

    /// What one entry of a row counts: a day of the month, a CAMEO code (``RelationAccumulator/key(cameo:)``)
    /// and a quad class.
    public struct EntryKey: Hashable, Comparable, Sendable {
        public var day: UInt8
        public var cameo: UInt32
        public var quad: Int32

        public init(day: UInt8, cameo: UInt32, quad: Int32) {
            self.day = day
            self.cameo = cameo
            self.quad = quad
        }

        public static func < (a: EntryKey, b: EntryKey) -> Bool {
            (a.day, a.cameo, a.quad) < (b.day, b.cameo, b.quad)
        }
    }

    /// An entry: how many events, and their Goldstein sum in millionths (``RelationAccumulator/micro(_:)``).
    public struct Entry: Equatable, Sendable {
        public var key: EntryKey
        public var count: Int64
        public var goldstein: Int64

        public init(key: EntryKey, count: Int64, goldstein: Int64) {
            self.key = key
            self.count = count
            self.goldstein = goldstein
        }
    }

    /// Bytes an entry takes: day (1), code (4), quad (4), count (4), Goldstein millionths (8), little-endian.
    public static let entrySize = 21

    /// The keys an event counts under (none without a day, a source or a target).
    public static func keys(day: String?, sourceCode: String?, sourceCountry: String?, targetCode: String?, targetCountry: String?) -> [Key] {
        guard let day, day.utf8.count == 10, CalendarDay(iso: day) != nil else { return [] }
        let month = String(day.prefix(7))
        func sides(_ code: String?, _ country: String?) -> [String] {
            var out: [String] = []
            if let country, country.utf8.count == 3 { out.append(country) }
            if let code, code.utf8.count != 3, !code.isEmpty { out.append(code) }
            return out
        }
        var out: [Key] = []
        for s in sides(sourceCode, sourceCountry) {
            for t in sides(targetCode, targetCountry) { out.append(Key(source: s, target: t, month: month)) }
        }
        return out
    }

    /// The day of the month of an ISO day ("YYYY-MM-DD").
    static func dayOfMonth(_ iso: String) -> UInt8 {
        let u = Array(iso.utf8.suffix(2))
        return (u[0] &- 48) &* 10 &+ (u[1] &- 48)
    }

    public static func encode(_ entries: [Entry]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(entries.count * entrySize)
        func put<T: FixedWidthInteger>(_ v: T) { withUnsafeBytes(of: v.littleEndian) { out += $0 } }
        for e in entries {
            out.append(e.key.day)
            put(e.key.cameo)
            put(e.key.quad)
            put(Int32(truncatingIfNeeded: e.count))
            put(e.goldstein)
        }
        return out
    }

    /// The entries of a row; nil when the bytes are not a whole number of entries.
    public static func decode(_ bytes: UnsafeRawBufferPointer) -> [Entry]? {
        guard bytes.count % entrySize == 0 else { return nil }
        var out: [Entry] = []
        out.reserveCapacity(bytes.count / entrySize)
        var i = 0
        while i < bytes.count {
            out.append(
                Entry(
                    key: EntryKey(
                        day: bytes[i], cameo: UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: i + 1, as: UInt32.self)),
                        quad: Int32(littleEndian: bytes.loadUnaligned(fromByteOffset: i + 5, as: Int32.self))),
                    count: Int64(Int32(littleEndian: bytes.loadUnaligned(fromByteOffset: i + 9, as: Int32.self))),
                    goldstein: Int64(littleEndian: bytes.loadUnaligned(fromByteOffset: i + 13, as: Int64.self))))
            i += entrySize
        }
        return out
    }

    /// The months ("YYYY-MM") a query's rows can come from, first and last (nil: open).
    public static func monthRange(_ q: RelationsQuery) -> (first: String?, last: String?) {
        (q.from.map { String($0.iso.prefix(7)) }, q.to.map { String($0.iso.prefix(7)) })
    }

    /// What a query's range means for rollup rows, worked out once a query: its first and last
    /// months and days, and the unit.
    public struct Range: Sendable {
        let first: (month: String, day: UInt8)?
        let last: (month: String, day: UInt8)?
        let by: PeriodUnit

        public init(_ q: RelationsQuery) {
            first = q.from.map { (String($0.iso.prefix(7)), dayOfMonth($0.iso)) }
            last = q.to.map { (String($0.iso.prefix(7)), dayOfMonth($0.iso)) }
            by = q.by
        }
    }

    /// Folds one row (the month "YYYY-MM" and its packed entries, read in place) into a series,
    /// leaving out the days outside the query's range. A row is one period of a month or a year,
    /// and a few of a week: the period is looked up once a row, once a week, or once a day by day.
    /// False when the bytes are not a row.
    @discardableResult
    public static func fold(month: String, entries bytes: UnsafeRawBufferPointer, forward: Bool, range: Range, into acc: inout RelationAccumulator) -> Bool {
        guard bytes.count % entrySize == 0 else { return false }
        let firstDay: UInt8 = range.first.map { $0.month == month ? $0.day : 1 } ?? 1
        let lastDay: UInt8 = range.last.map { $0.month == month ? $0.day : 31 } ?? 31
        guard let monthNumber = RelationAccumulator.number(month, .month) else { return false }
        var firstOfMonth: CalendarDay?
        var current: UInt8 = 0
        var weekEnd: UInt8 = 0  // the last day of the month in the current week
        switch range.by {
        case .month: acc.startPeriod(number: monthNumber)
        case .year: acc.startPeriod(number: monthNumber / 100)
        case .day, .week: break
        }
        var i = 0
        while i < bytes.count {
            let d = bytes[i]
            if d >= firstDay && d <= lastDay {
                if d != current {
                    current = d
                    switch range.by {
                    case .day: acc.startPeriod(number: monthNumber * 100 + Int(d))
                    case .week where d > weekEnd:
                        if firstOfMonth == nil { firstOfMonth = CalendarDay(iso: month + "-01") }
                        guard let day = firstOfMonth?.adding(days: Int(d) - 1) else { return false }
                        let back = (day.weekday + 6) % 7  // days since Monday
                        weekEnd = d + UInt8(6 - back)
                        if Int(d) - back >= 1 {
                            acc.startPeriod(number: monthNumber * 100 + Int(d) - back)
                        } else {
                            acc.startPeriod(day.adding(days: -back).iso)  // a Monday of the month before
                        }
                    case .week, .month, .year: break
                    }
                }
                acc.add(
                    forward: forward, cameoKey: UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: i + 1, as: UInt32.self)),
                    quad: Int(Int32(littleEndian: bytes.loadUnaligned(fromByteOffset: i + 5, as: Int32.self))),
                    count: Int(Int32(littleEndian: bytes.loadUnaligned(fromByteOffset: i + 9, as: Int32.self))),
                    goldsteinMicro: Int64(littleEndian: bytes.loadUnaligned(fromByteOffset: i + 13, as: Int64.self)))
            }
            i += entrySize
        }
        return true
    }
}
