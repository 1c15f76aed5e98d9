import ArabicText
import Lexicon

/// Date expressions, resolved against the publication date; the words inside them (فجر اليوم،
/// مساء أمس) are never triggers nor names.
struct DateStage: SentenceStage {
    let name = "dates"
    let reads: Set<PipelineSlot> = [.sentence, .tokens]
    let writes: Set<PipelineSlot> = [.dates]

    func run(_ s: inout SentenceState, _ c: CodingContext) {
        guard let view = s.view else { return }
        let dates = DateExpressions.find(in: view, tokens: s.tokens.map(\.token), publication: s.doc.date)
        var inside = Set<Int>()
        for d in dates {
            for (i, t) in s.tokens.enumerated() where t.token.start >= d.start && t.token.end <= d.end { inside.insert(i) }
        }
        s.dates = dates
        s.dateTokens = inside
    }
}
