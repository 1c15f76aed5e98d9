import ArabicText

/// A state: its names, nisba adjectives, capitals and seats of power.
public struct CountryEntry: Sendable {
    public let code: String
    public let names: [String]
    /// Every written nisba form (derived regular inflections plus irregular ones), normalised.
    public let nisbaForms: [String]
    public let capitals: [String]
    public let seats: [String]
    /// Cities, provinces and regions inside the country.
    public let places: [String]
    public let source: String?
    public let location: String
    /// The day the state came into being (`since:`), and the state its land was part of before
    /// (`part-of:`): on an earlier date its names and places are places in that state
    /// («جنوب السودان» in 2008 is a region of Sudan).
    public let since: CalendarDay?
    public let partOf: String?
    /// Capitals written, without tashkeel, like another entry's key (عمّان / عُمان), normalised:
    /// not indexed; such a word reads as this capital when its sentence names this state otherwise.
    public let homographCapitals: [String]
    /// Nisba forms (derived like `nisba:`) that are also an everyday word or another state's
    /// adjective (مالي "financial", كونغولي the DRC's), normalised: not indexed; after a role noun
    /// (الجيش المالي) such a form names this state when its sentence names it otherwise.
    public let homographNisbaForms: [String]

    public init(
        code: String, names: [String], nisbaForms: [String], capitals: [String], seats: [String], places: [String] = [],
        since: CalendarDay? = nil, partOf: String? = nil, homographCapitals: [String] = [], homographNisbaForms: [String] = [],
        source: String?, location: String
    ) {
        self.homographCapitals = homographCapitals
        self.homographNisbaForms = homographNisbaForms
        self.since = since
        self.partOf = partOf
        self.code = code
        self.names = names
        self.nisbaForms = nisbaForms
        self.capitals = capitals
        self.seats = seats
        self.places = places
        self.source = source
        self.location = location
    }

    /// The state that a mention of this one stands for on `date`: this one, or the one it was part
    /// of before it came into being. Nil when the date is unknown or the state has no such history.
    public func formerState(on date: CalendarDay?) -> String? {
        guard let date, let since, let partOf, date < since else { return nil }
        return partOf
    }

    /// The regular inflections of a masculine singular nisba (سوري → سورية، سوريون، سوريين …).
    public static func inflections(of nisba: String) -> [String] {
        var base = nisba
        if base.hasSuffix("ي") {
            base.removeLast()
            return [
                base + "ي", base + "ية", base + "يون", base + "يين", base + "يات", base + "يان", base + "يتان",
                base + "يتين", base + "يا", base + "يه",
            ]
        }
        return [nisba]
    }
}
