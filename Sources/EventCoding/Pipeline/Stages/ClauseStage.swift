import Lexicon

/// Clause boundaries and parentheticals (``Clauses``).
struct ClauseStage: SentenceStage {
    let name = "clauses"
    let reads: Set<PipelineSlot> = [.tokens, .formulae, .dates, .triggers]
    let writes: Set<PipelineSlot> = [.clauses]

    func run(_ s: inout SentenceState, _ c: CodingContext) {
        s.clauses = Clauses(s.tokens, blocked: s.blocked, dateTokens: s.dateTokens, formulaTokens: s.formulaTokens, cues: c.cues)
    }
}
