/// A verified story: its events (each carrying its flag kinds), the publication date and where it
/// came from, and every flag with its explanation.
public struct VerificationReport: Sendable, Codable {
    public var doc: String
    public var publication: PublicationDate
    public var events: [Event]
    /// Contradictions the story holds.
    public var flags: [VerificationFlag]
    /// What the lexicon could not say (an office whose holder it does not know, a person called by
    /// an office it does not know him to hold): not the story's fault.
    public var notes: [VerificationFlag] = []

    public var isClean: Bool { flags.isEmpty }

    public init(doc: String, publication: PublicationDate, events: [Event], flags: [VerificationFlag], notes: [VerificationFlag] = []) {
        self.doc = doc
        self.publication = publication
        self.events = events
        self.flags = flags
        self.notes = notes
    }
}
