import ArabicText

/// An article coded, with what verification needs beside the events.
public struct DocumentAnalysis: Sendable {
    public var events: [Event]
    /// Every mention that names a person or an office.
    public var mentions: [OfficeMention]
    /// Every date expression that needs the publication date (أمس، الأحد الماضي).
    public var dates: [DateReference]
    /// The sentences read: the headline's, then the body's, each with its part.
    public var sentences: [(part: DocumentPart, span: SentenceSpan)]

    public init(events: [Event], mentions: [OfficeMention], dates: [DateReference], sentences: [(part: DocumentPart, span: SentenceSpan)] = []) {
        self.events = events
        self.mentions = mentions
        self.dates = dates
        self.sentences = sentences
    }
}
