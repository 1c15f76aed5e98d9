import ArabicText

/// Phrases of normalised words, looked up by their first word: the matcher's core table.
public struct PhraseIndex<Ref: Sendable>: Sendable {
    public struct Phrase: Sendable {
        public let words: [Word]
        public let ref: Ref
    }

    private var byFirst: [Word: [Phrase]] = [:]
    public private(set) var count = 0

    public init() {}

    /// Adds a phrase given as normalised text (words separated by spaces).
    public mutating func add(_ normalised: String, _ ref: Ref) {
        let words = normalised.fields(" ").map { Word(String($0)) }
        guard let first = words.first else { return }
        byFirst[first, default: []].append(Phrase(words: words, ref: ref))
        count += 1
    }

    /// Phrases whose first word is `word`, longest first.
    public func phrases(startingWith word: Word) -> [Phrase] {
        byFirst[word] ?? []
    }

    public func phrases(startingWith word: String) -> [Phrase] { phrases(startingWith: Word(word)) }

    public mutating func sortLongestFirst() {
        for k in byFirst.keys { byFirst[k]!.sort { $0.words.count > $1.words.count } }
    }

    /// Every phrase (for checks).
    public var all: [Phrase] { byFirst.values.flatMap { $0 } }
}
