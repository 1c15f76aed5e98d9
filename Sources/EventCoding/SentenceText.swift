import ArabicText
import Lexicon

/// A sentence being coded, with what every event and mention of it reads: its Unicode scalars (for
/// the text at token offsets, the normalised view's originals) and whether it is a historical aside
/// (worked out the first time it is needed and then shared).
final class SentenceText {
    let span: SentenceSpan
    private let toks: [TokenInfo]
    private let scalars: [Unicode.Scalar]
    /// "عندما كان رئيساً"، "آنذاك"، "في عهد": a title in a historical aside is no claim about the
    /// story's date. The عهد of "ولي العهد" (crown prince) is a title, not an era.
    private(set) lazy var historical: Bool = toks.indices.contains(where: { i in
        guard toks[i].matches(cues[.historicalCues]) else { return false }
        return !(i > 0 && cues[.titleNotEra].phrases.contains { p in toks[i].lastStem == p[1] && toks[i - 1].matches(p[0]) })
    })
    private let cues: Cues

    /// `scalars`: the scalars of the span's text (``NormalizedText/original``).
    init(_ span: SentenceSpan, _ toks: [TokenInfo], scalars: [Unicode.Scalar], cues: Cues) {
        self.span = span
        self.scalars = scalars
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
