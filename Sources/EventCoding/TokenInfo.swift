import ArabicText
import Lexicon

/// A token with its clitic analyses and the lookup forms they give.
struct TokenInfo {
    let token: Token
    /// The readings of the word as spelled (shared by every token spelled like it).
    let readings: AnalysisCache.Readings
    /// The clitic analyses.
    var analyses: [CliticAnalysis] { readings.analyses }
    /// The stem of each analysis as a word (parallel to `analyses`).
    var stems: [Word] { readings.stems }
    /// (form to look up, analysis) pairs: the stem, and ال+stem when the analysis had an article.
    var forms: [(Word, CliticAnalysis)] { readings.forms }
    /// The normalised token as a byte-compared word.
    let normWord: Word
    /// The stem of the most segmented analysis.
    var lastStem: Word { readings.lastStem }
    /// A number or a count word (ثلاثة، عشرات، مئات).
    let isCount: Bool
    var isWord: Bool { token.kind == .word }
    /// Whether the word opens actor phrases, trigger verbs or nouns, gazetteer names (its
    /// readings' flags, kept with the token: asked of every word by the stages that scan them),
    /// and whether the word or a form opens a trigger's `after:` or `context:` phrase (rarely).
    let hasActorHits: Bool
    let hasTriggerHits: Bool
    let hasPlaceHits: Bool
    let hasOpeners: Bool

    private init(_ token: Token, normWord: Word, readings: AnalysisCache.Readings, cues: Cues) {
        self.token = token
        self.normWord = normWord
        self.readings = readings
        hasActorHits = readings.hasActorHits
        hasTriggerHits = readings.hasTriggerHits
        hasPlaceHits = readings.hasPlaceHits
        hasOpeners = readings.hasOpeners
        // (The word or its last stem a quantity word: the readings' cue mask, found once per spelling.)
        isCount = token.kind == .number || readings.cuesOfWordOrLastStem.contains(cues[.quantityWords].index)
    }

    /// The tokens of a sentence (their readings looked up together: ``AnalysisCache/readings(of:isWord:)``).
    static func tokens(of view: NormalizedText, cues: Cues) -> [TokenInfo] {
        var raw = Tokenizer.tokenize(view)
        // «بعث خادم الحرمين الشريفين الملك سلمان …؛ برقية تهنئة»: some papers write the semicolon
        // where others write a comma (Sabq: 2,449 in its 1,411 development articles, between a
        // subject and its verb's object); the coder reads it as the comma it stands for.
        for k in raw.indices where raw[k].kind == .punctuation && raw[k].normIs(";") {
            raw[k] = Token(text: raw[k].text, norm: ",", start: raw[k].start, end: raw[k].end, kind: .punctuation)
        }
        let words = raw.map { Word($0.norm) }
        let readings = cues.readings.readings(of: words, isWord: raw.map { $0.kind == .word })
        return raw.indices.map { TokenInfo(raw[$0], normWord: words[$0], readings: readings[$0], cues: cues) }
    }

    /// Whether the token, or the stem of its most segmented reading, is in the set.
    @inline(__always) func matches(_ set: Cue) -> Bool { readings.cuesOfWordOrLastStem.contains(set.index) }
    /// Whether the token as written is a single-word entry of `set` (`set.contains(normWord)`, as a
    /// bit of the readings' cue mask instead of a hash lookup).
    @inline(__always) func spelled(_ set: Cue) -> Bool { readings.cuesOfWord.contains(set.index) }
    /// Whether the token, or the stem of its most segmented reading, is `w`.
    func matches(_ w: Word) -> Bool { normWord == w || lastStem == w }
    /// Whether the word or the stem of any of its clitic readings is in `set` (لمطالبة → مطالبه).
    @inline(__always) func matchesAnyReading(_ set: Cue) -> Bool { readings.cuesOfAnyReading.contains(set.index) }
    /// Whether the word or the stem of any of its readings is an entry of `set` or opens one of its phrases.
    @inline(__always) func startsAnyReading(_ set: Cue) -> Bool { readings.cueStartsOfAnyReading.contains(set.index) }
    /// The `file:line` of the cue entry the token matches (as ``matchesAnyReading(_:)`` does), or nil.
    func cueLocation(_ set: Cue) -> String? {
        if set.contains(normWord) { return set.location(of: normWord) }
        return stems.first(where: set.contains).flatMap(set.location(of:))
    }

    /// The id of the longest title the words from `k` on open with, as written (السفير → ambassador,
    /// الأمين العام → secretary-general), if any.
    static func headTitle(_ toks: [TokenInfo], at k: Int, _ lexicon: Lexicon) -> String? {
        var best: (count: Int, id: String)?
        for h in toks[k].readings.actorHits where h.count > (best?.count ?? 0) && k + h.count <= toks.count {
            guard case .title(let t) = h.phrase.ref else { continue }
            let rest = h.phrase.words.dropFirst()
            let fits = zip(rest, (k + 1)..<(k + h.count)).allSatisfy { w, j in toks[j].normWord == w || toks[j].forms.contains { $0.0 == w } }
            if fits { best = (h.count, lexicon.titles[t].id) }
        }
        return best?.id
    }

    /// Whether the word's first reading opens with a conjunction (و، ف).
    var firstReadingHasConjunction: Bool { analyses.first?.hasConjunction ?? false }
}
