import Lexicon
/// What a stage of the sentence pipeline reads or writes (``SentencePipeline``).
enum PipelineSlot: String, Sendable, CaseIterable {
    // Given: the sentence and its document (publication date, part, index).
    case sentence
    // Sentence stages.
    case tokens, formulae, dates, actors, mentions, triggers, clauses, gateFeatures
    // Carried from one trigger to the next: the last subject, target and attacker, the triggers coded.
    case discourse
    // Trigger stages.
    case modality, arguments, gateDecision, eventDate, events
}
