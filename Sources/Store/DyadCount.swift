/// How many deduplicated events a directed pair of countries has.
public struct DyadCount: Sendable, Equatable, Codable {
    public var source: String
    public var target: String
    public var events: Int

    public init(source: String, target: String, events: Int) {
        self.source = source
        self.target = target
        self.events = events
    }
}
