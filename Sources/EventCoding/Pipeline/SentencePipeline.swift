import Lexicon

/// The coder as a pipeline of declared stages: the sentence stages run once a sentence, then the
/// trigger stages once a trigger, in the order of the triggers. `code`, `analyse`, the gate's
/// training features and `trace` all run this one pipeline, so what they see cannot differ.
///
/// | stage | reads | writes |
/// | --- | --- | --- |
/// | tokens | sentence | tokens |
/// | formulae | tokens | formulae |
/// | dates | sentence, tokens, article | dates, article |
/// | actors | sentence, tokens, formulae, dates | actors |
/// | places | sentence, tokens, formulae, dates, actors, article | places, actors, article |
/// | mentions | sentence, tokens, dates, actors | mentions |
/// | triggers | tokens, formulae, dates, actors | triggers |
/// | clauses | tokens, dates, triggers | clauses |
/// | gate features | tokens, dates, actors, triggers | gateFeatures |
/// | modality (each trigger) | tokens, triggers, clauses, discourse | modality |
/// | arguments | tokens, actors, triggers, clauses, modality, discourse | arguments, discourse, modality |
/// | gate | tokens, actors, triggers, clauses, modality, arguments, gateFeatures | gateDecision |
/// | dating | sentence, tokens, dates, modality | eventDate |
/// | placing | tokens, clauses, places, arguments, article | eventPlace |
/// | assembly | sentence, tokens, actors, modality, arguments, gateDecision, eventDate, eventPlace, discourse | events, discourse |
///
/// Building a pipeline checks the declarations: a stage reads only what the sentence gives or an
/// earlier stage wrote, and writes again what an earlier stage wrote only when it reads it too.
struct SentencePipeline: Sendable {
    let sentenceStages: [any SentenceStage]
    let triggerStages: [any TriggerStage]

    /// What every sentence has before any stage runs.
    static let given: Set<PipelineSlot> = [.sentence, .discourse, .article]

    init(sentence: [any SentenceStage], trigger: [any TriggerStage]) throws(PipelineError) {
        var written = SentencePipeline.given
        for stage in sentence as [any PipelineStage] + trigger as [any PipelineStage] {
            for r in stage.reads.sorted(by: { $0.rawValue < $1.rawValue }) where !written.contains(r) {
                throw PipelineError(stage: stage.name, message: "reads \(r.rawValue), which no stage before it writes")
            }
            for w in stage.writes.sorted(by: { $0.rawValue < $1.rawValue }) where written.contains(w) && !stage.reads.contains(w) {
                throw PipelineError(stage: stage.name, message: "writes \(w.rawValue) again without reading it")
            }
            written.formUnion(stage.writes)
        }
        sentenceStages = sentence
        triggerStages = trigger
    }

    /// The coder's pipeline.
    static let standard: SentencePipeline = {
        do {
            return try SentencePipeline(
                sentence: [
                    TokenizeStage(), FormulaStage(), DateStage(), ActorStage(), MentionStage(), TriggerFindingStage(), PlaceStage(), ClauseStage(),
                    GateFeatureStage(),
                ],
                trigger: [ModalityStage(), ArgumentStage(), GateStage(), DatingStage(), PlacingStage(), AssemblyStage()])
        } catch {
            // The standard stages are fixed at build time and a test builds them: a mismatch is a
            // programming error, not an input error.
            preconditionFailure("the standard pipeline: \(error)")
        }
    }()

    /// Every stage, in the order it runs.
    var stages: [any PipelineStage] { sentenceStages as [any PipelineStage] + triggerStages as [any PipelineStage] }

    /// Runs the sentence stages, then the trigger stages for each trigger (unless `sentenceOnly`).
    /// `observe` sees each trigger when its stages are done, dropped or not.
    func run(_ s: inout SentenceState, _ c: CodingContext, sentenceOnly: Bool = false, observe: ((TriggerState) -> Void)? = nil) {
        for stage in sentenceStages {
            if s.finished { return }
            stage.run(&s, c)
        }
        guard !s.finished, !sentenceOnly else { return }
        for trig in s.triggers {
            var t = TriggerState(trig, c.lexicon.events[trig.pattern])
            for stage in triggerStages {
                stage.run(&t, &s, c)
                if t.dropped != nil { break }
            }
            observe?(t)
        }
    }
}
