import ArabicText
import EventCoding

/// An article coded and verified, ready to be written in one transaction: the document, how it is
/// recognised again (content hash, identity key), its sentences, events and flags.
public struct CodedDocument: Sendable {
    public var document: Document
    /// SHA-256 of the title and text: the same article ingested twice is stored once.
    public var contentHash: String
    /// What makes two versions the same article: the key its reader gave it (a file's path),
    /// else its URL, else source and id, else id. A new version (same key, another hash)
    /// replaces the old one's events.
    public var key: String
    public var dateSource: PublicationDate.Source
    public var sentences: [SentenceRecord]
    public var events: [Event]
    /// Contradictions the story holds.
    public var flags: [VerificationFlag]
    /// What the lexicon could not say (kept apart from the flags: not the story's fault).
    public var notes: [VerificationFlag]
    public var lexiconVersion: String

    public init(
        document: Document, contentHash: String, key: String, dateSource: PublicationDate.Source,
        sentences: [SentenceRecord], events: [Event], flags: [VerificationFlag], notes: [VerificationFlag] = [], lexiconVersion: String
    ) {
        self.document = document
        self.contentHash = contentHash
        self.key = key
        self.dateSource = dateSource
        self.sentences = sentences
        self.events = events
        self.flags = flags
        self.notes = notes
        self.lexiconVersion = lexiconVersion
    }

    /// The identity key of a document (see `key`).
    public static func key(of d: Document) -> String {
        if let k = d.key, !k.isEmpty { return k }
        if let u = d.url, !u.isEmpty { return "url:" + u }
        if let s = d.source, !s.isEmpty { return "src:" + s + "|" + d.id }
        return "id:" + d.id
    }

    /// The content hash of a document: its title and text (not its metadata).
    public static func hash(of d: Document) -> String {
        ContentHash.sha256(Array(((d.title ?? "") + "\u{1F}" + d.text).utf8))
    }
}
