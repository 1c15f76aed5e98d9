/// How much a store holds.
public struct StoreCounts: Sendable, Equatable, Codable {
    public var documents: Int
    public var pending: Int
    public var events: Int
    public var groups: Int
    public var flags: Int

    public init(documents: Int, pending: Int, events: Int, groups: Int, flags: Int) {
        self.documents = documents
        self.pending = pending
        self.events = events
        self.groups = groups
        self.flags = flags
    }
}
