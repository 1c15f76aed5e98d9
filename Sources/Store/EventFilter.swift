import ArabicText
import EventCoding

/// Which stored events to list: every field set narrows the list.
public struct EventFilter: Sendable, Equatable {
    /// Either side of the event.
    public var actor: ActorSelector?
    public var source: ActorSelector?
    public var target: ActorSelector?
    /// A CAMEO code prefix: "04" for the root, "042" for the code and its children.
    public var cameo: String?
    /// A PLOVER event type, e.g. "CONSULT".
    public var plover: String?
    public var from: CalendarDay?
    public var to: CalendarDay?
    /// The outlet (document source), exactly.
    public var outlet: String?
    /// Only events that happened in this state (the place's ISO alpha-3 country: `--where SYR`).
    public var place: String?
    /// Only events that carry a contradiction flag (``EventFlag/isContradiction``): not a note, not
    /// one of the coder's inferences.
    public var flaggedOnly: Bool
    /// Only the events of this deduplicated event.
    public var group: Int64?
    /// Only the events of this stored document.
    public var document: Int64?
    /// Cursor: events with a larger id than this.
    public var after: Int64?
    public var limit: Int?

    public init(
        actor: ActorSelector? = nil, source: ActorSelector? = nil, target: ActorSelector? = nil, cameo: String? = nil,
        plover: String? = nil, from: CalendarDay? = nil, to: CalendarDay? = nil, outlet: String? = nil, place: String? = nil,
        flaggedOnly: Bool = false, group: Int64? = nil, document: Int64? = nil, after: Int64? = nil, limit: Int? = nil
    ) {
        self.actor = actor
        self.source = source
        self.target = target
        self.cameo = cameo
        self.plover = plover
        self.from = from
        self.to = to
        self.outlet = outlet
        self.place = place
        self.flaggedOnly = flaggedOnly
        self.group = group
        self.document = document
        self.after = after
        self.limit = limit
    }
}

extension EventFilter {
    /// SQL true when a stored comma-joined flag list (`column`) holds a contradiction flag; the
    /// same in SQLite and PostgreSQL (kind names are fixed ASCII, not user input).
    public static func contradictionCondition(_ column: String) -> String {
        let kinds = EventFlag.allCases.filter(\.isContradiction)
        return "(" + kinds.map { "',' || \(column) || ',' LIKE '%,\($0.rawValue),%'" }.joined(separator: " OR ") + ")"
    }
}
