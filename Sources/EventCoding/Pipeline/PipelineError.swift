import Lexicon

/// A pipeline whose stages do not fit together: a stage reads what no stage before it wrote, or
/// writes again what an earlier stage wrote without reading it.
struct PipelineError: Error, Sendable, Equatable, CustomStringConvertible {
    let stage: String
    let message: String
    var description: String { "stage \(stage): \(message)" }
}
