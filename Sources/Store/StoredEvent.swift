import ArabicText
import EventCoding

/// One report of an event as stored: the coded event with its provenance (the document it came
/// from, its outlet and URL, the lexicon version) and the deduplicated event it belongs to.
public struct StoredEvent: Sendable, Equatable {
    public var id: Int64
    public var group: Int64
    public var documentID: Int64
    public var event: Event
    public var outlet: String?
    public var url: String?
    public var published: CalendarDay?
    public var lexiconVersion: String

    public init(id: Int64, group: Int64, documentID: Int64, event: Event, outlet: String?, url: String?, published: CalendarDay?, lexiconVersion: String) {
        self.id = id
        self.group = group
        self.documentID = documentID
        self.event = event
        self.outlet = outlet
        self.url = url
        self.published = published
        self.lexiconVersion = lexiconVersion
    }
}
