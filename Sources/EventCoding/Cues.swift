import Lexicon

/// The coder's cue words, read from the lexicon's `[cue …]` blocks once per coder and looked up
/// by kind in constant time. A kind no lexicon file provides is an empty set here, and an error of
/// `lexicon check` (``missingKinds(in:)``).
///
/// The cues also carry the memo of the lexicon's readings of each spelling (``AnalysisCache``):
/// like the cue sets it is built from the lexicon once per coder, and every place that makes
/// tokens has the cues at hand.
struct Cues: Sendable {
    private let sets: [Cue]
    /// Each spelling's clitic analyses and lexicon hits, for this lexicon.
    let readings: AnalysisCache

    init(_ lexicon: Lexicon) {
        let sets = CueKind.allCases.map { Cue(lexicon.cues[$0.id] ?? CueSet(kind: $0.id, location: "-"), index: $0.rawValue) }
        self.sets = sets
        readings = AnalysisCache(lexicon: lexicon, cues: sets)
    }

    subscript(_ kind: CueKind) -> Cue { sets[kind.rawValue] }

    /// The cue kinds the coder asks for that the lexicon does not provide.
    static func missingKinds(in lexicon: Lexicon) -> [String] {
        CueKind.allCases.map(\.id).filter { lexicon.cues[$0] == nil }
    }
}
