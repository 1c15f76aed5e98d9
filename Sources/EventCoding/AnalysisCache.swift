import ArabicText
import Foundation
import Lexicon

/// Clitic analyses and lexicon hits memoised by spelling: news repeats its vocabulary, so most
/// tokens are seen before.
///
/// One cache per lexicon (``Cues`` holds it, and a coder builds its cues once): besides a word's
/// clitic analyses, an entry holds what the lexicon's tables — actor phrases, trigger verbs and
/// nouns, gazetteer names — hold for each of its forms, so a token asks each table once per
/// spelling rather than once per sentence and stage. Keys are the normalised word as a
/// byte-compared ``Word`` (byte hashing avoids String's Unicode equivalence work). The table is
/// split into shards, each with its own lock, so threads coding in parallel rarely wait for each
/// other. Bounded: a shard is emptied when it reaches its limit.
final class AnalysisCache: @unchecked Sendable {
    /// What a word gives every token spelled like it: its clitic analyses, the lookup forms they
    /// give (the stem, and ال+stem when the analysis had an article), the last stem, and the
    /// lexicon's entries for its forms. A class: tokens share it, so copying a token copies one
    /// reference, not several arrays.
    final class Readings: Sendable {
        let analyses: [CliticAnalysis]
        /// The stem of each analysis as a word (parallel to `analyses`).
        let stems: [Word]
        let forms: [(Word, CliticAnalysis)]
        /// Whether the proclitics of each form may stand on a verb (parallel to `forms`).
        let verbPrefixed: [Bool]
        let lastStem: Word
        /// Actor phrases starting with a form (`form`: its index in `forms`), in the order of the
        /// forms and, for each, of the index (longest first).
        let actorHits: [(form: Int, phrase: PhraseIndex<ActorRef>.Phrase)]
        /// Trigger verbs: the hits of the forms without the article whose proclitics may stand on a verb.
        let verbHits: [(form: Int, hit: VerbHit)]
        /// Verbal-noun phrases starting with a form.
        let nounHits: [(form: Int, phrase: PhraseIndex<Int>.Phrase)]
        /// Gazetteer names starting with a form that has no suffix.
        let placeHits: [(form: Int, phrase: PhraseIndex<Int32>.Phrase)]
        /// Whether a form without the article is a trigger verb (whatever its proclitics).
        let hasVerbReading: Bool
        /// The state of the first one-word nisba among the forms with no suffix (الأميركية → USA).
        let nisba: Int?

        convenience init(_ word: Word, lexicon: Lexicon) {
            let a = CliticAnalyzer.analyses(of: word.text)
            let stems = a.map { Word($0.stem) }
            var f: [(Word, CliticAnalysis)] = []
            for (x, stem) in zip(a, stems) {
                if !f.contains(where: { $0.0 == stem && $0.1 == x }) { f.append((stem, x)) }
                if x.hasArticle {
                    let withArticle = Word(x.stemWithArticle)
                    if !f.contains(where: { $0.0 == withArticle && $0.1 == x }) { f.append((withArticle, x)) }
                }
            }
            self.init(analyses: a, stems: stems, forms: f, lastStem: stems.last ?? word, lexicon: lexicon)
        }

        /// A token that is not a word (a number, a mark): itself, unsegmented.
        convenience init(notAWord word: Word, lexicon: Lexicon) {
            self.init(
                analyses: [], stems: [], forms: [(word, CliticAnalysis(prefix: "", stem: word.text, suffix: "", hasArticle: false))], lastStem: word,
                lexicon: lexicon)
        }

        private init(analyses: [CliticAnalysis], stems: [Word], forms: [(Word, CliticAnalysis)], lastStem: Word, lexicon: Lexicon) {
            self.analyses = analyses
            self.stems = stems
            self.forms = forms
            self.lastStem = lastStem
            let prefixed = forms.map { Words.verbPrefixes.contains(Word($0.1.prefix)) }
            verbPrefixed = prefixed
            var actors: [(form: Int, phrase: PhraseIndex<ActorRef>.Phrase)] = []
            var verbs: [(form: Int, hit: VerbHit)] = []
            var nouns: [(form: Int, phrase: PhraseIndex<Int>.Phrase)] = []
            var places: [(form: Int, phrase: PhraseIndex<Int32>.Phrase)] = []
            var verbReading = false
            var nisba: Int?
            for (k, (form, a)) in forms.enumerated() {
                for ph in lexicon.actorIndex.phrases(startingWith: form) {
                    actors.append((k, ph))
                    if nisba == nil, a.suffix.isEmpty, ph.words.count == 1, case .nisba(let c) = ph.ref { nisba = c }
                }
                if !a.hasArticle, let hits = lexicon.verbIndex[form] {
                    verbReading = true
                    if prefixed[k] { verbs += hits.map { (k, $0) } }
                }
                for ph in lexicon.nounIndex.phrases(startingWith: form) { nouns.append((k, ph)) }
                if a.suffix.isEmpty {
                    for ph in lexicon.gazetteer.nameIndex.phrases(startingWith: form) { places.append((k, ph)) }
                }
            }
            actorHits = actors
            verbHits = verbs
            nounHits = nouns
            placeHits = places
            hasVerbReading = verbReading
            self.nisba = nisba
        }
    }

    private final class Shard: @unchecked Sendable {
        let lock = NSLock()
        var table: [Word: Readings] = [:]
        /// Tokens that are not words, apart: their readings are their spelling alone.
        var notWords: [Word: Readings] = [:]
    }

    private let lexicon: Lexicon
    private let shards = (0..<64).map { _ in Shard() }
    private let limitPerShard = 4_000

    init(lexicon: Lexicon) { self.lexicon = lexicon }

    /// The readings of a word (`isWord`), or of a token that is not one.
    func readings(of word: Word, isWord: Bool = true) -> Readings {
        let shard = shards[Int((word.fingerprint >> 32) % UInt64(shards.count))]
        shard.lock.lock()
        if let hit = isWord ? shard.table[word] : shard.notWords[word] {
            shard.lock.unlock()
            return hit
        }
        shard.lock.unlock()
        let value = isWord ? Readings(word, lexicon: lexicon) : Readings(notAWord: word, lexicon: lexicon)
        shard.lock.lock()
        if isWord {
            if shard.table.count >= limitPerShard { shard.table.removeAll(keepingCapacity: true) }
            shard.table[word] = value
        } else {
            if shard.notWords.count >= limitPerShard { shard.notWords.removeAll(keepingCapacity: true) }
            shard.notWords[word] = value
        }
        shard.lock.unlock()
        return value
    }
}
