/// An organisation (IGO, armed group, party, outlet, company) with its CAMEO actor code.
public struct OrganisationEntry: Sendable {
    public let code: String
    public let names: [String]
    public let country: String?
    /// Names that are this organisation's only in a sentence holding one of `context`
    /// («التحالف» is the US-led coalition in a sentence on Syria, Iraq or ISIS), normalised; elsewhere
    /// they are another entry's.
    public let contextNames: Set<String>
    public let context: Set<Word>
    public let location: String

    public init(code: String, names: [String], country: String?, contextNames: Set<String> = [], context: Set<Word> = [], location: String) {
        self.code = code
        self.names = names
        self.country = country
        self.contextNames = contextNames
        self.context = context
        self.location = location
    }
}
