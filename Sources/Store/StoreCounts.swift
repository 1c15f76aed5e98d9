/// How much a store holds.
public struct StoreCounts: Sendable, Equatable, Codable {
    public var documents: Int
    public var pending: Int
    public var events: Int
    public var groups: Int
    public var flags: Int
    public var notes: Int

    public init(documents: Int, pending: Int, events: Int, groups: Int, flags: Int, notes: Int = 0) {
        self.documents = documents
        self.pending = pending
        self.events = events
        self.groups = groups
        self.flags = flags
        self.notes = notes
    }
}
