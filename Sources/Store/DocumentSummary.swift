import ArabicText

/// A stored article as a list shows it: no text, its counts of event reports and flags.
public struct DocumentSummary: Sendable, Equatable, Codable {
    public var id: Int64
    /// The id the article came with (a file path, a feed id).
    public var externalID: String
    public var title: String?
    /// The outlet.
    public var source: String?
    public var url: String?
    public var published: CalendarDay?
    public var events: Int
    public var flags: Int
    /// Notes on the lexicon's reach (not counted among the flags).
    public var notes: Int
    public var revision: Int
    /// When it was stored (UTC, "YYYY-MM-DD HH:MM:SS").
    public var ingestedAt: String

    public init(
        id: Int64, externalID: String, title: String?, source: String?, url: String?, published: CalendarDay?, events: Int, flags: Int,
        notes: Int = 0, revision: Int, ingestedAt: String
    ) {
        self.id = id
        self.externalID = externalID
        self.title = title
        self.source = source
        self.url = url
        self.published = published
        self.events = events
        self.flags = flags
        self.notes = notes
        self.revision = revision
        self.ingestedAt = ingestedAt
    }
}
