import Lexicon

/// Actor mentions, resolved on the publication date, outside date expressions. A name an
/// organisation holds only in context is its in a sentence after one of the article that showed
/// the context (when no other organisation holds the name).
struct ActorStage: SentenceStage {
    let name = "actors"
    let reads: Set<PipelineSlot> = [.sentence, .tokens, .formulae, .dates, .article]
    let writes: Set<PipelineSlot> = [.actors, .article]

    func run(_ s: inout SentenceState, _ c: CodingContext) {
        let finder = ActorMentionFinder(
            lexicon: c.lexicon, cues: c.cues, blocked: s.dateTokens.union(s.formulaTokens), articleContext: s.article.orgsInContext)
        s.actors = finder.find(s.tokens, date: s.doc.date)
        for (o, words) in c.soleContextOrgs where !s.article.orgsInContext.contains(o) && finder.sentenceHas(words, s.tokens) {
            s.article.orgsInContext.insert(o)
        }
    }
}
