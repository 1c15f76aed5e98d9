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
        guard toks[i].matches(cues[.historicalCues]) else { return false }
        return !(i > 0 && cues[.titleNotEra].phrases.contains { p in toks[i].lastStem == p[1] && toks[i - 1].matches(p[0]) })
    })
    private let cues: Cues

    init(_ span: SentenceSpan, _ toks: [TokenInfo], cues: Cues) {
        self.span = span
        self.toks = toks
        self.cues = cues
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
