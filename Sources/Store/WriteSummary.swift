/// What one write did: articles new, replaced by a corrected version, or already stored.
public struct WriteSummary: Sendable, Equatable {
    public var inserted = 0
    public var replaced = 0
    public var unchanged = 0
    public var events = 0
    public var flags = 0
    public var notes = 0
    /// The keys of the stored articles that a new version replaced, in write order.
    public var replacedKeys: [String] = []

    public init(inserted: Int = 0, replaced: Int = 0, unchanged: Int = 0, events: Int = 0, flags: Int = 0, notes: Int = 0) {
        self.inserted = inserted
        self.replaced = replaced
        self.unchanged = unchanged
        self.events = events
        self.flags = flags
        self.notes = notes
    }

    public static func += (a: inout WriteSummary, b: WriteSummary) {
        a.inserted += b.inserted
        a.replaced += b.replaced
        a.unchanged += b.unchanged
        a.events += b.events
        a.flags += b.flags
        a.notes += b.notes
        a.replacedKeys += b.replacedKeys
    }
}
