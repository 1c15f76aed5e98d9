import Lexicon

/// What every stage and rule reads besides the sentence: the lexicon, its cue words, the
/// ontology and the sentence gates. Built once per coder.
struct CodingContext: Sendable {
    let lexicon: Lexicon
    let cues: Cues
    let ontology: Ontology
    /// Learned sentence gates by PLOVER type; empty = rules only.
    let gates: [String: SentenceGate]
    /// Emit acts told as background (flagged `background`); by default they are left out.
    let keepBackground: Bool
    /// Place resolution over the lexicon's gazetteer.
    let places: PlaceResolver

    /// The ontology entry of a code's PLOVER type ("" when none).
    func plover(_ code: String) -> String { ontology.entry(code)?.plover ?? "" }
    /// Whether the CAMEO code is one of violence (assault, fight, mass violence), from the ontology.
    func isViolent(_ code: String) -> Bool { ontology.root(of: code)?.violent ?? false }
    /// Whether a sentence gate decides events of this code.
    func isGated(_ code: String) -> Bool { gates[plover(code)] != nil }
}
