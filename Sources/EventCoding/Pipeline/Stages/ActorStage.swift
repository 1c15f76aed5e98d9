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
        // (One pass over the words: most show no organisation's context.)
        guard !c.contextWordOrgs.isEmpty else { return }
        for t in s.tokens where t.isWord {
            if let os = c.contextWordOrgs[t.normWord] { s.article.orgsInContext.formUnion(os) }
            for (form, _) in t.forms { if let os = c.contextWordOrgs[form] { s.article.orgsInContext.formUnion(os) } }
        }
    }
}
