import ArabicText

/// What a store returns for a relations query before periods are formed: deduplicated events of
/// one direction on one day with one CAMEO code, counted, with their Goldstein sum.
public struct DailyCount: Sendable, Equatable {
    /// True for A→B, false for B→A.
    public var forward: Bool
    public var day: CalendarDay
    public var cameo: String
    public var quad: Int
    public var count: Int
    public var goldsteinSum: Double

    public init(forward: Bool, day: CalendarDay, cameo: String, quad: Int, count: Int, goldsteinSum: Double) {
        self.forward = forward
        self.day = day
        self.cameo = cameo
        self.quad = quad
        self.count = count
        self.goldsteinSum = goldsteinSum
    }
}
