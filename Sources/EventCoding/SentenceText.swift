import ArabicText

/// A sentence being coded, with what every event of it reads: its Unicode scalars (for the text
/// at token offsets, copied once, not once per event) and whether it is a historical aside.
struct SentenceText {
    let span: SentenceSpan
    let scalars: [Unicode.Scalar]
    /// "عندما كان رئيساً"، "آنذاك": a title in a historical aside is no claim about the story's date.
    let historical: Bool

    init(_ span: SentenceSpan, _ toks: [TokenInfo]) {
        self.span = span
        scalars = Array(span.text.unicodeScalars)
        historical = toks.contains { $0.matches(EventCoder.historicalCues) }
    }

    /// The original text of tokens `from..<to` and its offsets in the part.
    func text(_ toks: [TokenInfo], _ from: Int, _ to: Int) -> (String, Int, Int) {
        let a = toks[from].token.start
        let b = toks[to - 1].token.end
        var v = String.UnicodeScalarView()
        v.append(contentsOf: scalars[a..<b])
        return (String(v), span.start + a, span.start + b)
    }
}
