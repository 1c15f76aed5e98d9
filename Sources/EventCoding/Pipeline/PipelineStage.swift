import Lexicon

/// A stage of the sentence pipeline: what it reads and what it writes, checked when the pipeline
/// is built (``SentencePipeline``).
protocol PipelineStage: Sendable {
    /// A short name, for errors and `trace`.
    var name: String { get }
    var reads: Set<PipelineSlot> { get }
    var writes: Set<PipelineSlot> { get }
}

/// A stage that runs once a sentence.
protocol SentenceStage: PipelineStage {
    func run(_ s: inout SentenceState, _ c: CodingContext)
}

/// A stage that runs once a trigger, in the order of the triggers; it may decide that the
/// trigger gives no event (``TriggerState/dropped``), and later stages then do not run for it.
protocol TriggerStage: PipelineStage {
    func run(_ t: inout TriggerState, _ s: inout SentenceState, _ c: CodingContext)
}
