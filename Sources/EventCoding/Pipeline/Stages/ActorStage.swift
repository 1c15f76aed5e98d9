import ArabicText
import Lexicon

/// Actor mentions, resolved on the publication date, outside date expressions. A name an
/// organisation holds only in context is its in a sentence after one of the article that showed
/// the context (when no other organisation holds the name).
struct ActorStage: SentenceStage {
    let name = "actors"
    let reads: Set<PipelineSlot> = [.sentence, .tokens, .formulae, .dates, .article]
    let writes: Set<PipelineSlot> = [.actors, .article]

    func run(_ s: inout SentenceState, _ c: CodingContext) {
        let finder = ActorMentionFinder(
            lexicon: c.lexicon, cues: c.cues, blocked: s.dateTokens.union(s.formulaTokens), articleContext: s.article.orgsInContext,
            articleSurnames: s.article.surnames, articleOffices: s.article.offices, articleBareOffices: s.article.bareOffices)
        s.actors = finder.find(s.tokens, date: s.doc.date)
        Self.noteSurnames(&s, c)
        Self.noteOffices(&s, c.lexicon)
        Self.noteBombing(&s, c)
        // (One pass over the words: most show no organisation's context.)
        guard !c.contextWordOrgs.isEmpty else { return }
        scanContextWords(&s, c)
    }

    /// «نوري المالكي» named in full: a later «المالكي» of the article is he. The surname is the last
    /// word of a person's name of two words or more as written, with the article, that is no
    /// name of the lexicon by itself (a `short:` is one already).
    static func noteSurnames(_ s: inout SentenceState, _ c: CodingContext) {
        for m in s.actors where m.to - m.from >= 2 {
            guard let p = m.person else { continue }
            // The last word of the name, which need not end the mention («الدكتور نبيل العربي الأمين
            // العام لجامعة الدول العربية»).
            // (The person's names are normalised only for a mention with a word that could be one.)
            let candidates = (m.from..<m.to).filter { k in
                let w = s.tokens[k].normWord.text
                return w.hasPrefix("ال") && w.unicodeScalars.count >= 5 && s.tokens[k].readings.actorHits.allSatisfy({ $0.count > 1 })
            }
            guard !candidates.isEmpty else { continue }
            let names = c.lexicon.people[p].names.map { NormalizedText($0).normalizedString }
            guard
                let k = candidates.last(where: { k in
                    let w = s.tokens[k].normWord.text
                    // (Not a word inside the name: «ولد الشيخ أحمد».)
                    let next = k + 1 < m.to ? s.tokens[k + 1].normWord.text : nil
                    return names.contains { $0.hasSuffix(" " + w) } && !(next.map { n in names.contains { $0.contains(w + " " + n) } } ?? false)
                })
            else { continue }
            let w = s.tokens[k].normWord
            if let q = s.article.surnames[w], q != p {
                s.article.surnames[w] = nil
                s.article.ambiguousSurnames.insert(w)
            } else if !s.article.ambiguousSurnames.contains(w) {
                s.article.surnames[w] = p
            }
        }
    }

    /// «نواب مجلس الأمة الكويتي»: an office named with its own state (not one inferred from the
    /// sentence) is that state's in the article's later sentences; named with two states, neither.
    /// An office of an IGO is the IGO's.
    static func noteOffices(_ s: inout SentenceState, _ lexicon: Lexicon) {
        // («واستنكر النائب بمجلس الأمة الكويتي»: an office whose state was inferred from the body
        // named right after it, with its own state, is named with that state too.)
        let actors = s.actors
        func named(_ m: FoundActor) -> Bool {
            !m.countryInferred || actors.contains { n in n.from == m.to && !n.countryInferred && n.country == m.country && !n.placeLike }
        }
        for m in s.actors where named(m) {
            // «نائب رئيس وأعضاء مجلس الأمة الكويتي يستنكرون» … «كما دان النائب عبدالله العدواني»: an
            // article that names one state's legislature names its other members and officers bare
            // (key `role:LEG`, whatever the title or word).
            if m.role == "LEG", let c = m.country, !ActorCode.isIGO(m.code), !m.placeLike {
                note(Self.legislatureKey, c, &s)
            }
            // (An IGO's office keeps the IGO: «الأمين العام لجامعة الدول العربية» … «أدان الأمين العام».)
            guard let key = m.officeKey(head: s.tokens[m.from].lastStem, headTitle: TokenInfo.headTitle(s.tokens, at: m.from, lexicon)),
                let c = m.country ?? (ActorCode.isIGO(m.code) ? m.code : nil), !s.article.ambiguousOffices.contains(key)
            else { continue }
            // (The first holder named by the bare title, no state in its words, is the press's own.)
            if s.article.bareOffices[key] == nil, !m.countryInferred,
                !(m.from..<m.to).contains(where: { s.tokens[$0].readings.nisba != nil || Self.namesAState(s.tokens[$0]) })
            {
                s.article.bareOffices[key] = c
            }
            note(key, c, &s)
        }
        func note(_ key: String, _ c: String, _ s: inout SentenceState) {
            guard !s.article.ambiguousOffices.contains(key) else { return }
            if let old = s.article.offices[key], old != c {
                s.article.offices[key] = nil
                s.article.ambiguousOffices.insert(key)
            } else {
                s.article.offices[key] = c
            }
        }
    }

    /// «21 قتيلا نتيجة انفجار قنبلة …»: a sentence (the headline too) that names a bomb (cue
    /// bomb-words) tells the article's bombing, of the kind its words name (cue suicide-, car-,
    /// roadside-bomb-words), for the killings the next sentences tell with no means of their own
    /// (``ArgumentStage/storysBombing``).
    static func noteBombing(_ s: inout SentenceState, _ c: CodingContext) {
        let toks = s.tokens
        func find(_ kind: CueKind) -> Int? {
            toks.indices.first { toks[$0].matchesAnyReading(c.cues[kind]) || ArgumentStage.phraseAt(c.cues[kind], toks, $0) }
        }
        guard let k = find(.bombWords) else { return }
        var story = (code: "183", location: toks[k].cueLocation(c.cues[.bombWords]))
        for (kind, code) in [(CueKind.suicideBombWords, "1831"), (.carBombWords, "1832"), (.roadsideBombWords, "1833")] {
            if let j = find(kind) {
                story = (code, toks[j].cueLocation(c.cues[kind]) ?? c.cues[kind].location(of: toks[j].normWord))
                break
            }
        }
        s.article.bombStory = (story.code, story.location, s.part, s.index)
    }

    /// The article's key for its one state's legislature (``noteOffices``).
    static let legislatureKey = "role:LEG"

    /// Whether a word is a state's name or capital by itself.
    static func namesAState(_ t: TokenInfo) -> Bool {
        t.readings.actorHits.contains { h in
            guard h.count == 1 else { return false }
            switch h.phrase.ref {
            case .countryName, .capital: return true
            default: return false
            }
        }
    }

    func scanContextWords(_ s: inout SentenceState, _ c: CodingContext) {
        // (Each word's organisations are found once per spelling: ``AnalysisCache/Readings/contextOrgs``.)
        for k in s.tokens.indices where s.tokens[k].isWord {
            let os = s.tokens[k].readings.contextOrgs
            if !os.isEmpty { s.article.orgsInContext.formUnion(os) }
        }
    }
}
