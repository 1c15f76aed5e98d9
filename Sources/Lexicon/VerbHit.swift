/// A written verb form found in the index: which pattern, which tense, which voice.
public struct VerbHit: Sendable, Equatable {
    public let pattern: Int
    public let tense: VerbForms.Tense
    public let passive: Bool
    /// The form's ending carries its subject (``VerbForms/ownSubject(past:)``).
    public let ownSubject: Bool
    /// Third person feminine singular (``VerbForms/feminine(past:present:)``).
    public let feminine: Bool

    public init(pattern: Int, tense: VerbForms.Tense, passive: Bool, ownSubject: Bool = false, feminine: Bool = false) {
        self.pattern = pattern
        self.tense = tense
        self.passive = passive
        self.ownSubject = ownSubject
        self.feminine = feminine
    }
}
