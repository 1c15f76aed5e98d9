/// A date expression found in text, resolved against the publication date when possible.
public struct DateMention: Sendable, Equatable {
    public enum Kind: String, Sendable {
        case today, yesterday, dayBeforeYesterday, tomorrow, daysAgo, weekday, explicit, vague
    }
    /// Original text of the expression.
    public let text: String
    /// Original scalar offset, inclusive.
    public let start: Int
    /// Original scalar offset, exclusive.
    public let end: Int
    public let kind: Kind
    /// The resolved day; nil when it cannot be resolved (no publication date, or a vague period).
    public let day: CalendarDay?
    /// Needs the publication date to resolve.
    public let isRelative: Bool
    /// The last day of the month a vague mention names («في كانون الثاني/يناير»، «منذ أغسطس 2014»),
    /// when it can be told (a month without a year: its latest occurrence up to the publication's
    /// month); nil otherwise.
    public let periodEnd: CalendarDay?
    /// A year named alone after a word of time («في 2012»، «أواخر 2012»): it places an act in that
    /// year but says nothing of the day.
    public let yearAlone: Bool

    /// Whether the expression itself says the day is still to come (غداً، الأحد المقبل، 6 أغسطس
    /// المقبل): it cannot date an act told as done.
    public var pointsForward: Bool {
        kind == .tomorrow
            || text.split(whereSeparator: { $0 == " " || $0 == "\u{00A0}" }).contains {
                DateVocabulary.future.contains(WordKey(ArabicNormalizer.normalize(String($0))))
            }
    }

    public init(
        text: String, start: Int, end: Int, kind: Kind, day: CalendarDay?, isRelative: Bool, periodEnd: CalendarDay? = nil, yearAlone: Bool = false
    ) {
        self.text = text
        self.start = start
        self.end = end
        self.kind = kind
        self.day = day
        self.isRelative = isRelative
        self.periodEnd = periodEnd
        self.yearAlone = yearAlone
    }
}
