import ArabicText

/// A dyad and a period: the series `tawthiq relations A B` prints, both directions.
public struct RelationsQuery: Sendable, Equatable {
    public var a: ActorSelector
    public var b: ActorSelector
    public var from: CalendarDay?
    public var to: CalendarDay?
    public var by: PeriodUnit
    /// How many event types to list per row.
    public var top: Int
    /// Only events that happened in this state (ISO alpha-3): `--where SYR`.
    public var place: String?

    public init(
        a: ActorSelector, b: ActorSelector, from: CalendarDay? = nil, to: CalendarDay? = nil, by: PeriodUnit = .month, top: Int = 3, place: String? = nil
    ) {
        self.place = place
        self.a = a
        self.b = b
        self.from = from
        self.to = to
        self.by = by
        self.top = top
    }
}
