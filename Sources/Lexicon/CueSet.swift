/// One `[cue KIND]` block compiled: the words (and short phrases) a coder rule looks for — the
/// reporting and negating particles, the verbs of carrying out, the words that open a clause of
/// time. Entries are normalised like every other key; each remembers the line it was written on,
/// so an event can cite the cue that decided one of its roles (`cues.lex:120`).
public struct CueSet: Sendable {
    /// The block id (`agent-verbs`).
    public let kind: String
    /// `file:line` of the block header.
    public let location: String
    /// Single-word entries, normalised.
    public private(set) var words: Set<Word> = []
    /// Entries of two or more words, normalised, split at spaces.
    public private(set) var phrases: [[Word]] = []
    private var lines: [Word: String] = [:]

    public init(kind: String, location: String) {
        self.kind = kind
        self.location = location
    }

    /// Adds a normalised entry written at `location` (`file:line`).
    mutating func add(_ normalised: String, at location: String) {
        let parts = normalised.split(separator: " ").map { Word(String($0)) }
        guard let first = parts.first else { return }
        if parts.count == 1 {
            words.insert(first)
        } else {
            phrases.append(parts)
        }
        let key = Word(normalised)
        if lines[key] == nil { lines[key] = location }
    }

    /// Whether a single-word entry is `w`.
    @inlinable public func contains(_ w: Word) -> Bool { words.contains(w) }

    /// Where the entry `w` (a word, or a phrase's words joined by spaces) is written, `file:line`.
    public func location(of w: Word) -> String? { lines[w] }

    /// The number of entries.
    public var count: Int { words.count + phrases.count }
}
