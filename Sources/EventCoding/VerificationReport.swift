/// A verified story: its events (each carrying its flag kinds), the publication date and where it
/// came from, and every flag with its explanation.
public struct VerificationReport: Sendable, Codable {
    public var doc: String
    public var publication: PublicationDate
    public var events: [Event]
    public var flags: [VerificationFlag]

    public var isClean: Bool { flags.isEmpty }
}
