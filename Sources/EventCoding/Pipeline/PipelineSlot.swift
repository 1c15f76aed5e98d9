import Lexicon

/// What a stage of the sentence pipeline reads or writes (``SentencePipeline``).
enum PipelineSlot: String, Sendable, CaseIterable {
    // Given: the sentence and its document (publication date, part, index).
    case sentence
    // Given, and carried from one sentence of an article to the next: the dateline's place and the
    // states the headline and the sentences before named.
    case article
    // Sentence stages.
    case tokens, formulae, dates, actors, places, mentions, triggers, clauses, gateFeatures
    // Carried from one trigger to the next: the last subject, target and attacker, the triggers coded.
    case discourse
    // Trigger stages.
    case modality, arguments, gateDecision, eventDate, eventPlace, events
}
