/// A problem in an evaluation input file, located by file and line (or entry).
public struct EvaluationInputError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file (or input name) the problem is in.
    public var file: String
    /// 1-based line number, or 0 when the problem concerns the whole file or a JSON entry
    /// that has no line (the message then names the entry).
    public var line: Int
    public var message: String

    public init(file: String, line: Int, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    /// `file:line: message`, or `file: message` when there is no line.
    public var description: String { line > 0 ? "\(file):\(line): \(message)" : "\(file): \(message)" }
}
