/// A sentence: its original text and original Unicode scalar offsets [start, end).
public struct SentenceSpan: Sendable, Equatable {
    public let text: String
    public let start: Int
    public let end: Int

    public init(text: String, start: Int, end: Int) {
        self.text = text
        self.start = start
        self.end = end
    }
}
