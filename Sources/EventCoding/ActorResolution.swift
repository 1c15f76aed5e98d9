/// One actor mention resolved to its CAMEO code on a date, with the lexicon entries that decided
/// it (`ActorResolver`, `tawthiq actor`).
public struct ActorResolution: Sendable, Codable, Equatable {
    /// The mention as given.
    public var mention: String
    /// The words of the mention that the lexicon matched (the first actor found in it).
    public var matched: String
    /// The date the mention was resolved for (YYYY-MM-DD), or nil.
    public var date: String?
    /// CAMEO actor code, e.g. SYRGOV.
    public var code: String
    /// ISO alpha-3 country of the code, or nil (IGOs, role-only codes).
    public var country: String?
    /// Role code (GOV, MIL, REB …), or nil for a bare country or an organisation without one.
    public var role: String?
    /// The person's id in the lexicon when the mention names a person, else nil.
    public var person: String?
    /// The person's first name in the lexicon, else nil.
    public var personName: String?
    /// The office: the title written in the mention, else the office of the person's role on the
    /// date; nil when neither.
    public var office: String?
    /// For a title of a country (or an organisation) written without a name: the id of the person
    /// who held that office on the date, or nil (the reason says why).
    public var holder: String?
    /// One plain sentence: the entries that matched (with file:line) and why this code.
    public var reason: String

    public init(
        mention: String, matched: String, date: String?, code: String, country: String?, role: String?, person: String?,
        personName: String?, office: String?, holder: String?, reason: String
    ) {
        self.mention = mention
        self.matched = matched
        self.date = date
        self.code = code
        self.country = country
        self.role = role
        self.person = person
        self.personName = personName
        self.office = office
        self.holder = holder
        self.reason = reason
    }

    /// One JSON object on one line, keys in this order: `mention`, `date`, `code`, `country`,
    /// `role`, `person`, `reason`, `office`, `holder` (absent values are null).
    public var jsonLine: String {
        var w = JSONWriter()
        w.beginObject()
        w.string("mention", mention)
        w.string("date", date)
        w.string("code", code)
        w.string("country", country)
        w.string("role", role)
        w.string("person", person)
        w.string("reason", reason)
        w.string("office", office)
        w.string("holder", holder)
        w.endObject()
        return w.out
    }
}
