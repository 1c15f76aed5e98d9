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
    /// A month named with no year and no «الماضي»/«المقبل» that comes later in the year than the
    /// publication's («وفي ديسمبر، أعلنت …» in August): the end of its last occurrence, last year's.
    /// It may be ahead («سيزوره في سبتمبر»), so it is no `periodEnd`; an act told as done in it was
    /// last year's.
    public let laterMonthEnd: CalendarDay?

    /// Whether the expression itself says the day is still to come (غداً، الأحد المقبل، 6 أغسطس
    /// المقبل): it cannot date an act told as done.
    public var pointsForward: Bool {
        kind == .tomorrow
            || text.split(whereSeparator: { $0 == " " || $0 == "\u{00A0}" }).contains {
                DateVocabulary.future.contains(WordKey(ArabicNormalizer.normalize(String($0))))
            }
    }

    public init(
        text: String, start: Int, end: Int, kind: Kind, day: CalendarDay?, isRelative: Bool, periodEnd: CalendarDay? = nil, yearAlone: Bool = false,
        laterMonthEnd: CalendarDay? = nil
    ) {
        self.text = text
        self.start = start
        self.end = end
        self.kind = kind
        self.day = day
        self.isRelative = isRelative
        self.periodEnd = periodEnd
        self.yearAlone = yearAlone
        self.laterMonthEnd = laterMonthEnd
    }
}
