/// Something a story gets wrong, found by a verification check.
public struct VerificationFlag: Sendable, Equatable, Codable {
    /// `role-outside-term`, `headline-body-conflict`, `date-unresolvable`, `date-after-publication`,
    /// `unknown-office-holder`.
    public var kind: EventFlag
    /// The mentions the flag is about, with their parts and offsets.
    public var mentions: [FlagMention]
    /// The lexicon facts used, as `file:line` with a short statement.
    public var facts: [String]
    /// One plain sentence in English, and the same in Arabic.
    public var explanation: String
    public var explanationArabic: String

    public init(kind: EventFlag, mentions: [FlagMention], facts: [String], explanation: String, explanationArabic: String) {
        self.kind = kind
        self.mentions = mentions
        self.facts = facts
        self.explanation = explanation
        self.explanationArabic = explanationArabic
    }
}

/// A stretch of text a flag points at.
public struct FlagMention: Sendable, Equatable, Codable {
    public var part: DocumentPart
    public var sentence: Int
    public var text: String
    public var start: Int
    public var end: Int

    public init(part: DocumentPart, sentence: Int, text: String, start: Int, end: Int) {
        self.part = part
        self.sentence = sentence
        self.text = text
        self.start = start
        self.end = end
    }
}
