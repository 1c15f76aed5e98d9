import Lexicon

/// Clause boundaries and parentheticals (``Clauses``).
struct ClauseStage: SentenceStage {
    let name = "clauses"
    let reads: Set<PipelineSlot> = [.tokens, .formulae, .dates, .actors, .triggers]
    let writes: Set<PipelineSlot> = [.clauses]

    func run(_ s: inout SentenceState, _ c: CodingContext) {
        s.clauses = Clauses(
            s.tokens, blocked: s.blocked, dateTokens: s.dateTokens, formulaTokens: s.formulaTokens, actors: s.actors, triggers: s.triggers, cues: c.cues)
    }
}
