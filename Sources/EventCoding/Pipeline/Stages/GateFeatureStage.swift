import Lexicon

/// The sentence gate's features (``GateFeatures``), from the same tokens, actors and triggers the
/// rules use; worked out the first time a gated event asks for them.
struct GateFeatureStage: SentenceStage {
    let name = "gate features"
    let reads: Set<PipelineSlot> = [.tokens, .dates, .actors, .triggers]
    let writes: Set<PipelineSlot> = [.gateFeatures]

    func run(_ s: inout SentenceState, _ c: CodingContext) {
        // (The actors the rules see: not the ones a report is attributed to, بحسب المسؤولين.)
        let attribution = c.cues[.attributionPrepositions]
        let actors = s.actors.filter { !attribution.contains(Word($0.prep ?? "")) }
        // (A year alone, «في 2012», is no date of the story's kind: the gates were trained without it.)
        let (toks, triggers, hasDate) = (s.tokens, s.triggers, s.dates.contains { !$0.yearAlone })
        s.gateFeatures = GateFeatureBox {
            GateFeatures.extract(toks, triggers: triggers, actors: actors, lexicon: c.lexicon, cues: c.cues, hasDate: hasDate)
        }
    }
}
