/// One article found by a full-text search.
public struct SearchHit: Sendable, Equatable {
    public static let markStart: Character = "\u{2}"
    public static let markEnd: Character = "\u{3}"

    public var document: DocumentSummary
    /// A stretch of the article's normalised text around the match; matches are enclosed in
    /// `markStart` … `markEnd` (control characters, so escaping the text keeps them).
    public var snippet: String

    public init(document: DocumentSummary, snippet: String) {
        self.document = document
        self.snippet = snippet
    }
}
