/// One CAMEO event code with the facts the coder attaches to an event: its name, Goldstein
/// score, quad class and PLOVER type.
///
/// Entries come from the project's ontology table (`Resources/ontology/cameo.txt`); see
/// ``Ontology``.
public struct CAMEOEntry: Sendable, Equatable, Hashable {
    /// The CAMEO code, 2 to 4 digits, e.g. "0311".
    public var code: String
    /// The two-digit CAMEO root, e.g. "03".
    public var root: String
    /// The CAMEO name, e.g. "Express intent to cooperate economically".
    public var name: String
    /// Goldstein score, −10 (most conflictual) … +10 (most cooperative).
    public var goldstein: Double
    /// GDELT quad class: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict,
    /// 4 material conflict.
    public var quad: Int
    /// PLOVER event type (e.g. "CONSULT"), or nil for codes PLOVER has no type for (roots 01, 02).
    public var plover: String?
    /// PLOVER mode (e.g. "visit", "phone"), or nil when the PLOVER table gives none.
    public var mode: String?
    /// PLOVER context, e.g. "economic" or "military; legal", or nil.
    public var context: String?

    public init(
        code: String, root: String, name: String, goldstein: Double, quad: Int, plover: String?,
        mode: String?, context: String? = nil
    ) {
        self.code = code
        self.root = root
        self.name = name
        self.goldstein = goldstein
        self.quad = quad
        self.plover = plover
        self.mode = mode
        self.context = context
    }
}
