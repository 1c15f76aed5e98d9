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
/// byte-compared ``Word`` (byte hashing avoids String's Unicode equivalence work). A sentence's
/// tokens are looked up together under one lock (``readings(of:isWord:)``), so threads coding in
/// parallel take it once a sentence. Bounded: a table is emptied when it reaches its limit.
final class AnalysisCache: @unchecked Sendable {
    /// A phrase of a lexicon table starting with one of a word's forms (`form`: its index in
    /// `forms`). The phrase's length and its second word's fingerprint (0 for one word) are kept
    /// inline: a word that opens many phrases (محمد، الرئيس، تل) is scanned without reading each
    /// phrase's words from the heap.
    struct Hit<Ref: Sendable>: Sendable {
        let form: Int
        let phrase: PhraseIndex<Ref>.Phrase
        let count: Int
        let second: UInt64

        init(_ form: Int, _ phrase: PhraseIndex<Ref>.Phrase) {
            self.form = form
            self.phrase = phrase
            count = phrase.words.count
            second = phrase.words.count > 1 ? phrase.words[1].fingerprint : 0
        }
    }

    /// What a word gives every token spelled like it: its clitic analyses, the lookup forms they
    /// give (the stem, and ال+stem when the analysis had an article), the last stem, and the
    /// lexicon's entries for its forms. A class: tokens share it, so copying a token copies one
    /// reference, not several arrays.
    final class Readings: Sendable {
        /// The spelling (declared first: the memo confirms a hit with it, on the cache line the
        /// token's retain of the object reads anyway).
        let word: Word
        /// Whether the forms open actor phrases, trigger verbs or nouns, gazetteer names, and `after:`
        /// or `context:` phrases: copied into each token, so the stages that scan every word pass
        /// those with none (most) without reading their readings, which by then may have left the cache.
        let hasActorHits: Bool
        let hasTriggerHits: Bool
        let hasPlaceHits: Bool
        /// Whether `openers` has a word (rarely).
        let hasOpeners: Bool
        /// The cue kinds with a single-word entry that is the word or its last stem (``TokenInfo/matches(_:)-(Cue)``),
        /// the word or any stem (``TokenInfo/matchesAnyReading(_:)``), and the kinds with an entry
        /// (a word or a phrase's first word) that the word or any stem starts.
        let cuesOfWordOrLastStem: CueMask
        let cuesOfAnyReading: CueMask
        let cueStartsOfAnyReading: CueMask
        /// The cue kinds with a single-word entry that is the word itself (``TokenInfo/spelled(_:)``).
        let cuesOfWord: CueMask
        /// The cue kinds with a single-word entry that is the word or one of its lookup forms
        /// (ال + stem too): asked before a stage scans the forms for a cue (``PlaceFinder``).
        let cuesOfAnyForm: CueMask
        let analyses: [CliticAnalysis]
        /// The stem of each analysis as a word (parallel to `analyses`).
        let stems: [Word]
        let forms: [(Word, CliticAnalysis)]
        /// Whether the proclitics of each form may stand on a verb (parallel to `forms`).
        let verbPrefixed: [Bool]
        let lastStem: Word
        /// Actor phrases starting with a form, in the order of the forms and, for each, of the
        /// index (longest first).
        let actorHits: [Hit<ActorRef>]
        /// Trigger verbs: the hits of the forms without the article whose proclitics may stand on a verb.
        let verbHits: [(form: Int, hit: VerbHit)]
        /// Verbal-noun phrases starting with a form.
        let nounHits: [Hit<Int>]
        /// Gazetteer names starting with a form that has no suffix.
        let placeHits: [Hit<Int32>]
        /// Whether a form without the article is a trigger verb (whatever its proclitics).
        let hasVerbReading: Bool
        /// The state of the first one-word nisba among the forms with no suffix (الأميركية → USA).
        let nisba: Int?
        /// The states whose capital a form is spelled like (`capital-homograph:`, عمان), form by form.
        let homographCapitals: [Int]
        /// The state of the first form, else of the word, that is a homograph nisba (`nisba-homograph:`).
        let homographNisba: Int?
        /// The gate's feature for the word, `w:` and its last stem, and whether a reading ends in
        /// the suffix «our» (``GateFeatures``, for every word of a sentence it scores).
        let gateStem: Word
        let hasOurSuffix: Bool
        /// The word and those of its forms that open an `after:` or `context:` phrase of a trigger
        /// (usually none): all a sentence's words are asked for (``TriggerFinder``).
        let openers: [Word]
        /// The organisations whose context the word or one of its forms shows (``CodingContext/contextWordOrgs``;
        /// usually none): asked for every word of every sentence.
        let contextOrgs: [Int]

        convenience init(
            _ word: Word, lexicon: Lexicon, openers: Set<Word>, cueWords: [Word: (entries: CueMask, starts: CueMask)], contextWordOrgs: [Word: [Int]]
        ) {
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
            self.init(
                word, analyses: a, stems: stems, forms: f, lastStem: stems.last ?? word, lexicon: lexicon, openers: openers, cueWords: cueWords,
                contextWordOrgs: contextWordOrgs)
        }

        /// A token that is not a word (a number, a mark): itself, unsegmented.
        convenience init(notAWord word: Word, lexicon: Lexicon, openers: Set<Word>, cueWords: [Word: (entries: CueMask, starts: CueMask)]) {
            self.init(
                word, analyses: [], stems: [], forms: [(word, CliticAnalysis(prefix: "", stem: word.text, suffix: "", hasArticle: false))], lastStem: word,
                lexicon: lexicon, openers: openers, cueWords: cueWords, contextWordOrgs: [:])
        }

        private init(
            _ word: Word, analyses: [CliticAnalysis], stems: [Word], forms: [(Word, CliticAnalysis)], lastStem: Word, lexicon: Lexicon, openers: Set<Word>,
            cueWords: [Word: (entries: CueMask, starts: CueMask)], contextWordOrgs: [Word: [Int]]
        ) {
            self.word = word
            self.analyses = analyses
            self.stems = stems
            self.forms = forms
            self.lastStem = lastStem
            let prefixed = forms.map { Words.verbPrefixes.contains(Word($0.1.prefix)) }
            verbPrefixed = prefixed
            var actors: [Hit<ActorRef>] = []
            var verbs: [(form: Int, hit: VerbHit)] = []
            var nouns: [Hit<Int>] = []
            var places: [Hit<Int32>] = []
            var verbReading = false
            var nisba: Int?
            for (k, (form, a)) in forms.enumerated() {
                for ph in lexicon.actorIndex.phrases(startingWith: form) {
                    actors.append(Hit(k, ph))
                    if nisba == nil, a.suffix.isEmpty, ph.words.count == 1, case .nisba(let c) = ph.ref { nisba = c }
                }
                // (A verb's object «me» is ـني, never a bare ـي: «قتلى»، «جرحى» are nouns, not قتل + ي.)
                if !a.hasArticle, a.suffix != Particle.firstPersonSuffix, let hits = lexicon.verbIndex[form] {
                    verbReading = true
                    if prefixed[k] { verbs += hits.map { (k, $0) } }
                }
                if !a.hasArticle, prefixed[k], let hits = lexicon.writtenIndex[form] { verbs += hits.map { (k, $0) } }
                for ph in lexicon.nounIndex.phrases(startingWith: form) { nouns.append(Hit(k, ph)) }
                if a.suffix.isEmpty {
                    for ph in lexicon.gazetteer.nameIndex.phrases(startingWith: form) { places.append(Hit(k, ph)) }
                }
            }
            actorHits = actors
            verbHits = verbs
            nounHits = nouns
            placeHits = places
            hasActorHits = !actors.isEmpty
            hasTriggerHits = !verbs.isEmpty || !nouns.isEmpty
            hasPlaceHits = !places.isEmpty
            hasVerbReading = verbReading
            self.nisba = nisba
            self.openers = ([word] + forms.map(\.0)).filter(openers.contains)
            hasOpeners = !self.openers.isEmpty
            // (The homograph tables are keyed by String: asked once per spelling, not per mention.)
            homographCapitals = forms.compactMap { lexicon.homographCapitalOf[$0.0.text] }
            gateStem = Word("w:" + (analyses.last?.stem ?? word.text))
            hasOurSuffix = analyses.contains { $0.suffix == Particle.ourSuffix }
            homographNisba = forms.lazy.compactMap { lexicon.homographNisbaOf[$0.0.text] }.first ?? lexicon.homographNisbaOf[word.text]
            let own = cueWords[word]
            var last = own?.entries ?? CueMask()
            if lastStem != word, let l = cueWords[lastStem] { last.formUnion(l.entries) }
            var any = own?.entries ?? CueMask()
            var starts = own?.starts ?? CueMask()
            for s in stems {
                guard let m = cueWords[s] else { continue }
                any.formUnion(m.entries)
                starts.formUnion(m.starts)
            }
            cuesOfWordOrLastStem = last
            cuesOfWord = own?.entries ?? CueMask()
            cuesOfAnyReading = any
            cueStartsOfAnyReading = starts
            var anyForm = own?.entries ?? CueMask()
            for (form, _) in forms { if let m = cueWords[form] { anyForm.formUnion(m.entries) } }
            cuesOfAnyForm = anyForm
            var orgs = contextWordOrgs[word] ?? []
            for (form, _) in forms { if let os = contextWordOrgs[form] { orgs += os } }
            contextOrgs = orgs
        }
    }

    private let lexicon: Lexicon
    /// The first words of the triggers' `after:` and `context:` phrases.
    private let openers: Set<Word>
    /// The first words of each trigger pattern's `after:` phrases, and of its `context:` phrases
    /// (by pattern index): a pattern is tried only if the sentence has one of them.
    let afterOpeners: [Set<Word>]
    let contextOpeners: [Set<Word>]
    /// Whether each pattern has `after:` phrases, and `context:` phrases (asked at every verb and
    /// noun tried; flags side by side, not a read of each pattern's arrays).
    let hasAfter: [Bool]
    let hasContext: [Bool]
    /// The memo: words, and tokens that are not words apart (their readings are their spelling
    /// alone), each split by fingerprint into 64 tables. Bounded: a table is emptied when it
    /// reaches `limit`, so words crafted to share a fingerprint (input words are keys here) make
    /// runs of at most 4,000 in one table, which slow its lookups and never stall them.
    private let lock = NSLock()
    private var wordTables = (0..<64).map { _ in ReadingsTable() }
    private var otherTables = (0..<64).map { _ in ReadingsTable() }
    private let limit = 4_000

    /// The table of a word among 64.
    @inline(__always) private func table(_ w: Word) -> Int { Int((w.fingerprint >> 32) % 64) }

    /// For each word of a cue set, the kinds whose single-word entries hold it, and the kinds whose
    /// entries (a word, or a phrase's first word) start with it.
    private let cueWords: [Word: (entries: CueMask, starts: CueMask)]
    /// The organisations whose context each word shows (``CodingContext/contextWordOrgs``).
    let contextWordOrgs: [Word: [Int]]

    init(lexicon: Lexicon, cues: [Cue]) {
        self.lexicon = lexicon
        contextWordOrgs = CodingContext.contextWordOrgs(CodingContext.soleContextOrgs(lexicon))
        var index: [Word: (entries: CueMask, starts: CueMask)] = [:]
        for cue in cues {
            for w in cue.words { index[w, default: (CueMask(), CueMask())].entries.insert(cue.index) }
            for w in cue.starts { index[w, default: (CueMask(), CueMask())].starts.insert(cue.index) }
        }
        cueWords = index
        hasAfter = lexicon.events.map { !$0.afterWords.isEmpty }
        hasContext = lexicon.events.map { !$0.contextWords.isEmpty }
        afterOpeners = lexicon.events.map { Set($0.afterWords.compactMap(\.first)) }
        contextOpeners = lexicon.events.map { Set($0.contextWords.compactMap(\.first)) }
        openers = afterOpeners.reduce(into: Set<Word>()) { $0.formUnion($1) }.union(contextOpeners.joined())
    }

    /// The readings of a sentence's tokens: `words[k]` is token k's normalised spelling, and
    /// `isWord[k]` whether it is a word.
    ///
    /// The tokens are looked up together, under one lock: a lookup is a few cache misses (the
    /// table's slot, the readings object), and with a lock taken and released around each one
    /// (each an atomic instruction, which waits for every load before it) the misses of one token
    /// could not overlap the next one's. Spellings not seen before are read outside the lock, once
    /// each, then stored.
    func readings(of words: [Word], isWord: [Bool]) -> [Readings] {
        var found = [Readings?](repeating: nil, count: words.count)
        var missing = false
        lock.lock()
        for k in words.indices {
            let t = table(words[k])
            found[k] = isWord[k] ? wordTables[t].find(words[k]) : otherTables[t].find(words[k])
            if found[k] == nil { missing = true }
        }
        lock.unlock()
        guard missing else { return found.map { $0! } }
        var madeWords: [Word: Readings] = [:]
        var madeOthers: [Word: Readings] = [:]
        for k in words.indices where found[k] == nil {
            let w = words[k]
            if isWord[k] {
                if let r = madeWords[w] {
                    found[k] = r
                    continue
                }
                let r = Readings(w, lexicon: lexicon, openers: openers, cueWords: cueWords, contextWordOrgs: contextWordOrgs)
                madeWords[w] = r
                found[k] = r
            } else {
                if let r = madeOthers[w] {
                    found[k] = r
                    continue
                }
                let r = Readings(notAWord: w, lexicon: lexicon, openers: openers, cueWords: cueWords)
                madeOthers[w] = r
                found[k] = r
            }
        }
        lock.lock()
        // (Another thread may have stored a word meanwhile: its readings are the same, kept.)
        for r in madeWords.values {
            let t = table(r.word)
            if wordTables[t].count >= limit { wordTables[t].removeAll() }
            if wordTables[t].find(r.word) == nil { wordTables[t].insert(r) }
        }
        for r in madeOthers.values {
            let t = table(r.word)
            if otherTables[t].count >= limit { otherTables[t].removeAll() }
            if otherTables[t].find(r.word) == nil { otherTables[t].insert(r) }
        }
        lock.unlock()
        return found.map { $0! }
    }
}
