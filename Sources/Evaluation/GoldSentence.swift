import ArabicText

/// A sentence of a gold file as training data: its text, its article's day, and the CAMEO codes
/// of its events (``GoldEvaluator/trainingSentences``).
public struct GoldSentence: Sendable {
    public let id: String
    public let text: String
    public let date: CalendarDay?
    public let codes: [String]
}
