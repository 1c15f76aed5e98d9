import ArabicText
import Lexicon

/// Tokens with their clitic analyses.
struct TokenizeStage: SentenceStage {
    let name = "tokens"
    let reads: Set<PipelineSlot> = [.sentence]
    let writes: Set<PipelineSlot> = [.tokens]

    func run(_ s: inout SentenceState, _ c: CodingContext) {
        let view = NormalizedText(s.span.text)
        s.view = view
        s.tokens = TokenInfo.tokens(of: view, cues: c.cues)
        s.text = SentenceText(s.span, s.tokens, scalars: view.original, cues: c.cues)
        if s.tokens.isEmpty { s.finished = true }
    }
}
