import ArabicText
import EventCoding

/// One deduplicated event: what many reports of the same act collapse into, with GDELT's counts.
public struct EventGroup: Sendable, Equatable {
    public var id: Int64
    public var day: CalendarDay?
    public var sourceCode: String?
    public var sourceCountry: String?
    public var sourceRole: String?
    /// The source as the first report wrote it.
    public var sourceName: String?
    public var targetCode: String?
    public var targetCountry: String?
    public var targetRole: String?
    public var targetName: String?
    public var cameo: String
    public var root: String
    public var plover: String?
    public var quad: Int
    public var goldstein: Double
    /// Reports (coded events) of it, in all articles: GDELT's NumMentions.
    public var mentions: Int
    /// Distinct outlets: NumSources.
    public var sources: Int
    /// Distinct articles: NumArticles.
    public var articles: Int
    /// True when a report of it is in a headline or an article's first sentence.
    public var isRoot: Bool
    /// The URLs of its articles, first report first.
    public var urls: [String]
    /// The outlets that reported it.
    public var outlets: [String]
    /// The ids of its reports (stored events).
    public var reports: [Int64]
    /// The "document#part.sentence" of its first report.
    public var firstSentence: String
    /// When it was first stored (UTC, "YYYY-MM-DD HH:MM:SS").
    public var added: String
    /// Where it happened: the first report's place that names a town or region, else the first
    /// report's place; nil when no report has one.
    public var place: PlaceMention?

    public init(
        id: Int64, day: CalendarDay?, sourceCode: String?, sourceCountry: String?, sourceRole: String?, sourceName: String?,
        targetCode: String?, targetCountry: String?, targetRole: String?, targetName: String?, cameo: String, root: String,
        plover: String?, quad: Int, goldstein: Double, mentions: Int, sources: Int, articles: Int, isRoot: Bool,
        urls: [String], outlets: [String], reports: [Int64], firstSentence: String, added: String, place: PlaceMention? = nil
    ) {
        self.place = place
        self.id = id
        self.day = day
        self.sourceCode = sourceCode
        self.sourceCountry = sourceCountry
        self.sourceRole = sourceRole
        self.sourceName = sourceName
        self.targetCode = targetCode
        self.targetCountry = targetCountry
        self.targetRole = targetRole
        self.targetName = targetName
        self.cameo = cameo
        self.root = root
        self.plover = plover
        self.quad = quad
        self.goldstein = goldstein
        self.mentions = mentions
        self.sources = sources
        self.articles = articles
        self.isRoot = isRoot
        self.urls = urls
        self.outlets = outlets
        self.reports = reports
        self.firstSentence = firstSentence
        self.added = added
    }

    /// The place of a deduplicated event from its reports' places, in report order: the first that
    /// names a town or region, else the first.
    public static func place(of reports: [PlaceMention?]) -> PlaceMention? {
        reports.lazy.compactMap { $0 }.first { $0.kind != .state } ?? reports.lazy.compactMap { $0 }.first
    }
}
