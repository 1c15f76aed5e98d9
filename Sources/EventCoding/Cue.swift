import Lexicon

/// One kind of cue words, shared: the coder asks for its cue sets inside loops over tokens, and a
/// `CueSet` copied out of ``Cues`` at each ask retained and released its five buffers every time
/// (docs/performance.md). A reference is one retain.
final class Cue: Sendable {
    let entries: CueSet
    /// The single-word entries and the first words of the multi-word ones: a word in neither
    /// needs no more asking.
    let starts: Set<Word>
    /// The kind's raw value: its bit in a spelling's ``CueMask``s.
    let index: Int

    init(_ entries: CueSet, index: Int) {
        self.entries = entries
        self.index = index
        starts = entries.words.union(entries.phrases.compactMap(\.first))
    }

    var kind: String { entries.kind }
    /// `file:line` of the block header.
    var location: String { entries.location }
    var words: Set<Word> { entries.words }
    var phrases: [[Word]] { entries.phrases }
    var count: Int { entries.count }

    /// Whether a single-word entry is `w`.
    @inline(__always) func contains(_ w: Word) -> Bool { entries.words.contains(w) }

    /// Where the entry `w` is written, `file:line`.
    func location(of w: Word) -> String? { entries.location(of: w) }
}
