import ArabicText

/// One coded event: the output contract of `tawthiq code` (one JSON object a line).
///
/// Field names and order are part of the contract that other tools rely on; see README.
public struct Event: Sendable, Equatable, Codable {
    /// The document id.
    public var doc: String
    /// Which part of the document the sentence is in.
    public var part: DocumentPart
    /// 0-based sentence index within its part.
    public var sentence: Int
    /// The resolved date of the act, or nil when unknown.
    public var date: CalendarDay?
    /// Full CAMEO code, e.g. "0311".
    public var cameo: String
    /// Two-digit CAMEO root.
    public var root: String
    /// PLOVER event type, or nil (roots 01 has none).
    public var plover: String?
    /// PLOVER mode (e.g. "visit", "phone"), or nil.
    public var mode: String?
    public var goldstein: Double
    /// GDELT quad class 1…4.
    public var quad: Int
    public var source: ActorMention?
    public var target: ActorMention?
    /// Where the act happened (its sentence's place, else the article's dateline), or nil.
    public var place: PlaceMention?
    public var trigger: Span
    public var flags: [EventFlag]
    /// Explanation: the sentence text and the lexicon entries that matched.
    public var evidence: Evidence

    public init(
        doc: String, part: DocumentPart, sentence: Int, date: CalendarDay?, cameo: String, root: String,
        plover: String?, mode: String?, goldstein: Double, quad: Int, source: ActorMention?,
        target: ActorMention?, place: PlaceMention? = nil, trigger: Span, flags: [EventFlag], evidence: Evidence
    ) {
        self.place = place
        self.doc = doc
        self.part = part
        self.sentence = sentence
        self.date = date
        self.cameo = cameo
        self.root = root
        self.plover = plover
        self.mode = mode
        self.goldstein = goldstein
        self.quad = quad
        self.source = source
        self.target = target
        self.trigger = trigger
        self.flags = flags
        self.evidence = evidence
    }
}

/// Which part of an article a sentence belongs to.
public enum DocumentPart: String, Sendable, Codable, Equatable {
    case title
    case text
}

/// A stretch of the original text: offsets count Unicode scalars in the original string of the part.
public struct Span: Sendable, Equatable, Codable {
    public var text: String
    public var start: Int
    public var end: Int
    public init(text: String, start: Int, end: Int) {
        self.text = text
        self.start = start
        self.end = end
    }
}

/// An actor as coded in an event.
public struct ActorMention: Sendable, Equatable, Codable {
    /// Full CAMEO actor code, e.g. "SYRGOV", "IGOUNO", "UAF".
    public var code: String
    /// ISO alpha-3 country, or nil (IGOs, unidentified actors).
    public var country: String?
    /// Role code (GOV, MIL, …), or nil for a bare country.
    public var role: String?
    public var text: String
    public var start: Int
    public var end: Int
    public init(code: String, country: String?, role: String?, text: String, start: Int, end: Int) {
        self.code = code
        self.country = country
        self.role = role
        self.text = text
        self.start = start
        self.end = end
    }
}

/// Why an event was coded: the sentence and the lexicon entries that matched.
public struct Evidence: Sendable, Equatable, Codable {
    /// The sentence as written.
    public var sentence: String
    /// Sentence offsets within the part.
    public var start: Int
    public var end: Int
    /// Lexicon entries that matched, as `file:line` with a short description.
    public var entries: [String]
    /// The argument rules that set the source and the target (`verb-frame`, `agent-phrase`, …),
    /// nil for a role not set or not known.
    public var sourceRule: String?
    public var targetRule: String?
    /// Why the event has its place (or none): the gazetteer row and the rule that chose it.
    public var place: String?
    public init(sentence: String, start: Int, end: Int, entries: [String], sourceRule: String? = nil, targetRule: String? = nil, place: String? = nil) {
        self.place = place
        self.sentence = sentence
        self.start = start
        self.end = end
        self.entries = entries
        self.sourceRule = sourceRule
        self.targetRule = targetRule
    }
}
