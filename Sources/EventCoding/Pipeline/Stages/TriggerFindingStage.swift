import Lexicon

/// Event triggers, outside actor mentions and date expressions. A question codes nothing.
struct TriggerFindingStage: SentenceStage {
    let name = "triggers"
    let reads: Set<PipelineSlot> = [.tokens, .formulae, .dates, .actors]
    let writes: Set<PipelineSlot> = [.triggers]

    func run(_ s: inout SentenceState, _ c: CodingContext) {
        if s.tokens.contains(where: { $0.token.normIs("?") }) {
            s.finished = true
            return
        }
        var blocked = s.dateTokens.union(s.formulaTokens)
        for a in s.actors { for t in a.from..<a.to { blocked.insert(t) } }
        s.blocked = blocked
        s.triggers = TriggerFinder(lexicon: c.lexicon, cues: c.cues, actorTokens: blocked, tokens: s.tokens, looksBackFar: { !c.isViolent($0.code) }).find(
            s.tokens)
        if s.triggers.isEmpty { s.finished = true }
    }
}
