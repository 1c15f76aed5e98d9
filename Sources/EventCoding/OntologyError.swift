/// A problem in an ontology table, located by file and line.
public struct OntologyError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file (or input name) the problem is in.
    public var file: String
    /// 1-based line number, or 0 when the problem concerns the whole file.
    public var line: Int
    public var message: String

    public init(file: String, line: Int, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    /// `file:line: message`.
    public var description: String { line > 0 ? "\(file):\(line): \(message)" : "\(file): \(message)" }
}
