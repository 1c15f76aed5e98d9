import EventCoding

/// A stored article whole: its headline and text as written, the sentences the coder read
/// (Unicode scalar offsets in their part) and the verification flags it carries. Its event
/// reports are `events(EventFilter(document: id))`.
public struct StoredDocument: Sendable, Equatable {
    public var summary: DocumentSummary
    public var text: String
    public var dateSource: String
    public var lexiconVersion: String
    public var sentences: [SentenceRecord]
    public var flags: [VerificationFlag]
    /// What the lexicon could not say, apart from the flags.
    public var notes: [VerificationFlag]

    public init(
        summary: DocumentSummary, text: String, dateSource: String, lexiconVersion: String, sentences: [SentenceRecord], flags: [VerificationFlag],
        notes: [VerificationFlag] = []
    ) {
        self.summary = summary
        self.text = text
        self.dateSource = dateSource
        self.lexiconVersion = lexiconVersion
        self.sentences = sentences
        self.flags = flags
        self.notes = notes
    }
}
