/// One `[kind id]` block of a lexicon file with its `key: value` lines, as written.
public struct LexiconBlock: Sendable, Equatable {
    /// One `key: value | value` line.
    public struct Field: Sendable, Equatable {
        public let key: String
        public let values: [String]
        public let line: Int
    }

    public let kind: String
    public let id: String
    public let file: String
    public let line: Int
    public var fields: [Field]

    public init(kind: String, id: String, file: String, line: Int, fields: [Field] = []) {
        self.kind = kind
        self.id = id
        self.file = file
        self.line = line
        self.fields = fields
    }

    /// All values of a key, in order, with the line each came from.
    public func values(_ key: String) -> [(value: String, line: Int)] {
        fields.filter { $0.key == key }.flatMap { f in f.values.map { ($0, f.line) } }
    }

    /// The first value of a key, if any.
    public func first(_ key: String) -> String? { fields.first { $0.key == key }?.values.first }

    /// `file:line` of the block header, for provenance.
    public var location: String { "\(file):\(line)" }

    /// The block written back in the lexicon grammar (parsing it again gives the same block).
    public var rendered: String {
        var out = "[\(kind) \(id)]\n"
        for f in fields { out += "\(f.key): \(f.values.joined(separator: " | "))\n" }
        return out
    }
}
