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
    public static func fold(_ counts: [DailyCount], query q: RelationsQuery) -> [RelationRow] {
        var acc = RelationAccumulator(query: q)
        for c in counts { acc.add(forward: c.forward, day: c.day.iso, cameo: c.cameo, quad: c.quad, count: c.count, goldsteinSum: c.goldsteinSum) }
        return acc.rows()
    }
}
