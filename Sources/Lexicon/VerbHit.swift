/// A written verb form found in the index: which pattern, which tense, which voice.
public struct VerbHit: Sendable, Equatable {
    public let pattern: Int
    public let tense: VerbForms.Tense
    public let passive: Bool
}
