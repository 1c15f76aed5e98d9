import ArabicText
import Lexicon

/// A sentence being coded, with what every event and mention of it reads: its Unicode scalars (for
/// the text at token offsets) and whether it is a historical aside. Both are worked out the first
/// time they are needed and then shared, so a sentence with no mention and no event pays nothing.
final class SentenceText {
    let span: SentenceSpan
    private let toks: [TokenInfo]
    private lazy var scalars: [Unicode.Scalar] = Array(span.text.unicodeScalars)
    /// "عندما كان رئيساً"، "آنذاك"، "في عهد": a title in a historical aside is no claim about the
    /// story's date. The عهد of "ولي العهد" (crown prince) is a title, not an era.
    private(set) lazy var historical: Bool = toks.indices.contains(where: { i in
        guard toks[i].matches(EventCoder.historicalCues) else { return false }
        return !(i > 0 && toks[i].lastStem == SentenceText.era && toks[i - 1].matches(SentenceText.heir))
    })
    static let era: Word = "عهد"
    static let heir: Set<Word> = ["ولي"]

    init(_ span: SentenceSpan, _ toks: [TokenInfo]) {
        self.span = span
        self.toks = toks
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
