/// What an event or a story is flagged with: an inference the reader should know of, or a
/// contradiction verification found. Written as its raw value (`role-outside-term`) in every
/// output.
public enum EventFlag: String, Sendable, Codable, CaseIterable, Hashable, CustomStringConvertible {
    /// A title bound to a person who did not hold that office on the story's date.
    case roleOutsideTerm = "role-outside-term"
    /// The headline names the holder of an office the body gives, by title, to someone else.
    case headlineBodyConflict = "headline-body-conflict"
    /// A relative date («أمس») with no publication date to resolve it against.
    case dateUnresolvable = "date-unresolvable"
    /// An act dated after the story was published.
    case dateAfterPublication = "date-after-publication"
    /// A title whose holder on the story's date the lexicon does not know.
    case unknownOfficeHolder = "unknown-office-holder"
    /// Material conflict or protest with no named source.
    case noSource = "no-source"
    /// The target is the country where the act happened (violence or protest with no named target).
    case targetFromPlace = "target-from-place"
    /// The source is the country where the act happened (protesters, a torturer not named).
    case sourceFromPlace = "source-from-place"
    /// A meeting in one party's capital coded as a visit (042, 043).
    case inferredVisit = "inferred-visit"
    /// An act told as background or history (يذكر أن، وكانت … قد، منذ سنوات، في عام 1993), not as
    /// the story's news: dated by its own date or not at all, and left out unless asked for.
    case background

    /// A person called by an office he did not hold that day, while he held another office of the
    /// same state (the lexicon may lack the office): a note, not a contradiction.
    case otherOffice = "other-office"

    public var description: String { rawValue }

    /// A note on the lexicon's reach, not a contradiction in the story: kept apart (`notes`), and
    /// no reason for exit status 1 nor for the dashboard's list of stories that contradict themselves.
    public var isNote: Bool { self == .unknownOfficeHolder || self == .otherOffice }

    /// A flag a verification check raises against the story (`VerificationReport.flags`): what
    /// `verify`'s exit status 1, `events --flagged` and the dashboard's flags count. Not a note,
    /// and not one of the coder's inferences (no-source, target-from-place, inferred-visit, background…).
    public var isContradiction: Bool {
        switch self {
        case .roleOutsideTerm, .headlineBodyConflict, .dateUnresolvable, .dateAfterPublication: true
        default: false
        }
    }

    /// The flags of a comma-joined list as stored (names not known are left out).
    public static func parseList(_ s: String) -> [EventFlag] {
        s.split(separator: ",").compactMap { EventFlag(rawValue: String($0)) }
    }

    /// The flags as a comma-joined list, as stored.
    public static func list(_ flags: [EventFlag]) -> String { flags.map(\.rawValue).joined(separator: ",") }
}
