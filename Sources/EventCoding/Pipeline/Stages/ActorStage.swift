import Lexicon

/// Actor mentions, resolved on the publication date, outside date expressions.
struct ActorStage: SentenceStage {
    let name = "actors"
    let reads: Set<PipelineSlot> = [.sentence, .tokens, .formulae, .dates]
    let writes: Set<PipelineSlot> = [.actors]

    func run(_ s: inout SentenceState, _ c: CodingContext) {
        s.actors = ActorMentionFinder(lexicon: c.lexicon, cues: c.cues, blocked: s.dateTokens.union(s.formulaTokens)).find(s.tokens, date: s.doc.date)
    }
}
