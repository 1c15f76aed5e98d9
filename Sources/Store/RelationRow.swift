/// One period and direction of a dyad's relations: deduplicated events per quad class, the
/// Goldstein sum and mean, and the most frequent event types.
public struct RelationRow: Sendable, Equatable, Codable {
    public struct TypeCount: Sendable, Equatable, Codable {
        public var cameo: String
        public var count: Int
        public init(cameo: String, count: Int) {
            self.cameo = cameo
            self.count = count
        }
    }
    public var period: String
    public var source: String
    public var target: String
    public var events: Int
    /// Counts for quad classes 1 (verbal cooperation) … 4 (material conflict).
    public var quad: [Int]
    public var goldsteinSum: Double
    public var goldsteinMean: Double
    public var top: [TypeCount]

    public init(period: String, source: String, target: String, events: Int, quad: [Int], goldsteinSum: Double, goldsteinMean: Double, top: [TypeCount]) {
        self.period = period
        self.source = source
        self.target = target
        self.events = events
        self.quad = quad
        self.goldsteinSum = goldsteinSum
        self.goldsteinMean = goldsteinMean
        self.top = top
    }

    /// Folds daily counts into rows per period and direction, periods in order, A→B before B→A.
    /// Ties among the top types go to the lower CAMEO code, so the output is deterministic.
    public static func fold(_ counts: [DailyCount], query q: RelationsQuery) -> [RelationRow] {
        struct Acc { var quad = [0, 0, 0, 0]; var sum = 0.0; var n = 0; var types: [String: Int] = [:] }
        var acc: [String: [Bool: Acc]] = [:]
        for c in counts {
            let p = q.by.period(of: c.day)
            var a = acc[p, default: [:]][c.forward, default: Acc()]
            if (1...4).contains(c.quad) { a.quad[c.quad - 1] += c.count }
            a.sum += c.goldsteinSum
            a.n += c.count
            a.types[c.cameo, default: 0] += c.count
            acc[p, default: [:]][c.forward] = a
        }
        var rows: [RelationRow] = []
        for p in acc.keys.sorted() {
            for forward in [true, false] {
                guard let a = acc[p]?[forward] else { continue }
                let top = a.types.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.prefix(q.top)
                let sum = (a.sum * 1000).rounded() / 1000
                rows.append(RelationRow(
                    period: p, source: forward ? q.a.code : q.b.code, target: forward ? q.b.code : q.a.code, events: a.n,
                    quad: a.quad, goldsteinSum: sum, goldsteinMean: a.n == 0 ? 0 : (a.sum / Double(a.n) * 1000).rounded() / 1000,
                    top: top.map { TypeCount(cameo: $0.key, count: $0.value) }))
            }
        }
        return rows
    }
}
