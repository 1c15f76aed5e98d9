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

    /// Whether the normalised text is `s`, compared by UTF-8 bytes. `==` on a `String` goes
    /// through Unicode canonical equivalence whenever one side is not ASCII, which made every
    /// Arabic word compared with a mark (`norm == ","`) normalise itself; for a mark or a letter
    /// with no decomposition (the literals asked for), byte equality is the same answer.
    @inlinable public func normIs(_ s: StaticString) -> Bool {
        norm.utf8.count == s.utf8CodeUnitCount && norm.utf8.elementsEqual(UnsafeBufferPointer(start: s.utf8Start, count: s.utf8CodeUnitCount))
    }
}
