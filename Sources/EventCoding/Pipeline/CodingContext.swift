import Lexicon

/// What every stage and rule reads besides the sentence: the lexicon, its cue words, the
/// ontology and the sentence gates. Built once per coder.
///
/// A class: every trigger's ``TriggerContext``, the trigger finder and the gate's feature closure
/// hold it, and a copy of the value (the lexicon's forty-odd tables, the gazetteer, the place
/// resolver) retained and released each of them, over a hundred reference counts a copy.
final class CodingContext: Sendable {
    let lexicon: Lexicon
    let cues: Cues
    let ontology: Ontology
    /// Learned sentence gates by PLOVER type; empty = rules only.
    let gates: [String: SentenceGate]
    /// Emit acts told as background (flagged `background`); by default they are left out.
    let keepBackground: Bool
    /// Place resolution over the lexicon's gazetteer.
    let places: PlaceResolver
    /// Organisations whose context names («التنظيم» for ISIS) no other organisation holds, with
    /// their context words: once an article has shown one's context, its later sentences may name
    /// it by those names alone (``ArticlePlaces/orgsInContext``).
    let soleContextOrgs: [Int: Set<Word>]
    /// The same, by context word: the organisations whose context a word shows.
    let contextWordOrgs: [Word: [Int]]

    init(
        lexicon: Lexicon, cues: Cues, ontology: Ontology, gates: [String: SentenceGate], keepBackground: Bool, places: PlaceResolver,
        soleContextOrgs: [Int: Set<Word>], contextWordOrgs: [Word: [Int]]
    ) {
        self.lexicon = lexicon
        self.cues = cues
        self.ontology = ontology
        self.gates = gates
        self.keepBackground = keepBackground
        self.places = places
        self.soleContextOrgs = soleContextOrgs
        self.contextWordOrgs = contextWordOrgs
    }

    /// The organisations whose context each word shows (``soleContextOrgs`` turned round).
    static func contextWordOrgs(_ sole: [Int: Set<Word>]) -> [Word: [Int]] {
        var out: [Word: [Int]] = [:]
        for (o, words) in sole { for w in words { out[w, default: []].append(o) } }
        return out
    }

    /// The organisations of `lexicon` whose context names are theirs alone: no other entry (an
    /// organisation's name or context name, an agent, a place) is keyed by the same words («التحالف»
    /// is the Saudi-led coalition's name and the US-led one's context name: neither qualifies).
    static func soleContextOrgs(_ lexicon: Lexicon) -> [Int: Set<Word>] {
        var out: [Int: Set<Word>] = [:]
        for (i, o) in lexicon.organisations.enumerated() where !o.contextNames.isEmpty {
            let sole = o.contextNames.allSatisfy { name in
                let words = name.split(separator: " ").map { Word(String($0)) }
                guard let first = words.first else { return true }
                return lexicon.actorIndex.phrases(startingWith: first).allSatisfy { ph in
                    guard ph.words == words else { return true }
                    if case .organisation(let j) = ph.ref { return j == i }
                    return false
                }
            }
            if sole { out[i] = o.context }
        }
        return out
    }

    /// The ontology entry of a code's PLOVER type ("" when none).
    func plover(_ code: String) -> String { ontology.entry(code)?.plover ?? "" }
    /// Whether the CAMEO code is one of violence (assault, fight, mass violence), from the ontology.
    func isViolent(_ code: String) -> Bool { ontology.root(of: code)?.violent ?? false }
    /// Whether a sentence gate decides events of this code.
    func isGated(_ code: String) -> Bool { gates[plover(code)] != nil }
}
