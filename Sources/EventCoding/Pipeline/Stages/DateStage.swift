import ArabicText
import Lexicon

/// Date expressions, resolved against the publication date; the words inside them (فجر اليوم،
/// مساء أمس) are never triggers nor names. The last day of the past week named in the text so far
/// is the story's day (``ArticlePlaces/storyDay``).
struct DateStage: SentenceStage {
    let name = "dates"
    let reads: Set<PipelineSlot> = [.sentence, .tokens, .article]
    let writes: Set<PipelineSlot> = [.dates, .article]

    func run(_ s: inout SentenceState, _ c: CodingContext) {
        guard let view = s.view else { return }
        let dates = DateExpressions.find(in: view, tokens: s.tokens.map(\.token), publication: s.doc.date)
        var inside = Set<Int>()
        for d in dates {
            for (i, t) in s.tokens.enumerated() where t.token.start >= d.start && t.token.end <= d.end { inside.insert(i) }
        }
        s.dates = dates
        s.dateTokens = inside
        // (A day of the last week, not ahead: a story's acts are told after they happened. Not a
        // bare weekday, which may be the coming one: «يبحث الجبير مع نظيره الألماني الاثنين».)
        if s.part == .text, let pub = s.doc.date,
            let day = dates.last(where: { d in
                [.today, .yesterday, .dayBeforeYesterday, .daysAgo, .explicit].contains(d.kind)
                    && (d.day.map { $0 <= pub && pub.daysSinceEpoch - $0.daysSinceEpoch <= 7 } ?? false)
            })?.day
        {
            s.article.storyDay = day
        }
    }
}
