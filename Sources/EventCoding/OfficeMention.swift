/// A mention of a person or an office ("الرئيس السوري بشار الأسد"), as the coder resolved it.
public struct OfficeMention: Sendable, Equatable, Codable {
    public var part: DocumentPart
    public var sentence: Int
    public var text: String
    /// Unicode-scalar offsets in the part.
    public var start: Int
    public var end: Int
    /// The code the mention was given (the person's role on the story's date, or the office's).
    public var code: String
    /// The person's lexicon id, when a name was written.
    public var person: String?
    /// The office (a title id) when a title was written, and the country the title names.
    public var office: String?
    public var officeCountry: String?
    /// Written as a former holder ("الرئيس السابق").
    public var former: Bool
    /// In a historical aside ("عندما كان رئيساً"، "آنذاك").
    public var historical: Bool
    /// Lexicon entries (file:line) that matched.
    public var entries: [String]
}
