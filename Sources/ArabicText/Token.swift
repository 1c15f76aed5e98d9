/// A word, number or punctuation mark, with its original text and matching form.
public struct Token: Sendable, Equatable {
    public enum Kind: Sendable, Equatable { case word, number, punctuation }
    /// Original text of the token (internal and trailing tashkeel/tatweel included).
    public let text: String
    /// Normalised text (see `ArabicNormalizer`).
    public let norm: String
    /// Original scalar offset (within the string given to the tokenizer), inclusive.
    public let start: Int
    /// Original scalar offset, exclusive.
    public let end: Int
    public let kind: Kind

    public init(text: String, norm: String, start: Int, end: Int, kind: Kind) {
        self.text = text
        self.norm = norm
        self.start = start
        self.end = end
        self.kind = kind
    }
}
