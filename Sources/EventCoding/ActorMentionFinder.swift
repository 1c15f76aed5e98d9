import ArabicText
import Lexicon

/// Finds actor mentions: countries, nisba adjectives, capitals and seats, organisations,
/// agents combined with a country, titles bound to people, people by date.
struct ActorMentionFinder {
    let lexicon: Lexicon
    let cues: Cues
    /// Tokens that cannot be part of a name (inside date expressions).
    var blocked: Set<Int> = []
    /// Organisations whose context an earlier sentence of the article showed: their context names
    /// need no context word in this sentence.
    var articleContext: Set<Int> = []
    /// Surnames an earlier sentence of the article gave with the person's full name («نوري
    /// المالكي» then «المالكي»): the person, in this article (``ArticlePlaces/surnames``).
    var articleSurnames: [Word: Int] = [:]
    /// Offices an earlier sentence of the article named with one state (``ArticlePlaces/offices``).
    var articleOffices: [String: String] = [:]
    /// The state of the first holder the article named by an office's bare title, with no state
    /// in its words (``ArticlePlaces/bareOffices``).
    var articleBareOffices: [String: String] = [:]
    /// Titles (`titles.lex` ids) of those who serve in another state than their own.
    static let envoyTitles: Set<String> = ["ambassador", "envoy"]

    struct Raw {
        let ref: ActorRef
        let from: Int
        let to: Int
        let analysis: CliticAnalysis
        /// The lexicon phrase matched (normalised words).
        var key: [Word] = []
        var keyText: String { key.map(\.text).joined(separator: " ") }
    }

    /// Longest actor phrase starting at token i.
    func rawMatch(_ toks: [TokenInfo], at i: Int) -> Raw? {
        // (The word's actor phrases are memoised with its readings: most words have none, which the
        // token knows without reading its readings.)
        guard toks[i].hasActorHits else { return nil }
        let readings = toks[i].readings
        var best: Raw?
        // With no noun before it to qualify — after a verb, a preposition, punctuation, or at the
        // start — a word that is both a nisba and a country name is the name (اتفقت السعودية وإيران).
        // (Asked only when two readings of the same length compete.)
        // (Nor after a complementiser, «أن السعودية ترفض», nor after a masculine nisba it could not
        // agree with: «زار الرئيس الفرنسي السعودية».)
        lazy var nothingToQualify =
            i == 0 || !toks[i - 1].isWord || toks[i - 1].spelled(cues[.prepositions])
            || hasVerbReading(toks[i - 1]) || toks[i - 1].spelled(cues[.clauseWords])
            || toks[i].normWord.text.hasSuffix("ه") && toks[i - 1].normWord.text.hasPrefix("ال") && toks[i - 1].normWord.text.hasSuffix("ي")
                && toks[i - 1].readings.nisba != nil
        for hit in readings.actorHits {
            let n = hit.count
            if best.map({ $0.to - $0.from > n }) ?? false { continue }
            guard i + n <= toks.count else { continue }
            // (The second word's fingerprint first: most phrases of a common word fail there.)
            if n > 1 && toks[i + 1].normWord.fingerprint != hit.second { continue }
            let (form, a) = readings.forms[hit.form]
            if n > 1 && !a.suffix.isEmpty { continue }
            let ph = hit.phrase
            var ok = true
            for k in 1..<max(n, 1) where k < n {
                if toks[i + k].normWord != ph.words[k] {
                    ok = false
                    break
                }
            }
            // "بالقضاء على": the word is another word before these (to eliminate, not the judiciary).
            if ok, case .agent(let ag) = ph.ref, i + n < toks.count, lexicon.agents[ag].notAfter.contains(toks[i + n].normWord) { ok = false }
            // «قائد حرس الحدود بمنطقة عسير اللواء سفر الغامدي»، «اللواء العثمان»: a rank (cue
            // honorifics) before a word is the rank of a named officer, not a unit, which the press
            // numbers («اللواء 22»، «اللواء 35 مدرع»).
            if ok, n == 1, case .agent = ph.ref, i + 1 < toks.count, toks[i].matches(cues[.honorifics]), toks[i + 1].isWord, !toks[i + 1].isCount {
                ok = false
            }
            if ok {
                // A name never takes the article: «المؤدي» is not «مودي».
                // Nor does a state's name written without it: «المالي» is "financial", not Mali
                // («دخلها المالي»، «الفساد المالي»), «البنين» boys, not Benin.
                // So for a town or a capital: «المدنين» (a misspelt «المدنيين») is not Medenine.
                if a.hasArticle, form == Word(a.stem) {
                    switch ph.ref {
                    case .person, .personShort, .countryName, .place, .capital, .seat: continue
                    default: break
                    }
                }
                // Nisba and role nouns may take a pronoun suffix only when they are agents (نظيره).
                // A final ي is not «my» in news: it ends a nisba adjective (الأمني، شعبي popular)
                // or a plural or dual in construct (مسلحي داعش، طائرتي تجسس). Only the construct
                // is an agent: no article, and the plural (مسلحين) a name too or the word a
                // feminine dual (…تي).
                if !a.suffix.isEmpty {
                    if case .agent = ph.ref {} else { continue }
                    if a.suffix == Particle.firstPersonSuffix,
                        a.hasArticle
                            || lexicon.actorIndex.phrases(startingWith: Word(a.stem + Particle.soundPluralOblique)).isEmpty
                                && !toks[i].token.norm.hasSuffix(Particle.feminineDualConstruct)
                    {
                        continue
                    }
                    if a.suffix == Particle.hisSuffix, toks[i].token.text.hasSuffix(Particle.taMarbuta) { continue }
                }
                // A name an organisation holds only in context (التحالف on Syria): elsewhere it
                // is another's; in its context it is this one's.
                var inContext = false
                if case .organisation(let o) = ph.ref, !lexicon.organisations[o].contextNames.isEmpty,
                    lexicon.organisations[o].contextNames.contains(ph.words.map(\.text).joined(separator: " "))
                {
                    guard articleContext.contains(o) || sentenceHas(lexicon.organisations[o].context, toks) else { continue }
                    inContext = true
                }
                let cand = Raw(ref: ph.ref, from: i, to: i + n, analysis: a, key: ph.words)
                if let b = best, b.to - b.from == n, !inContext {
                    let nameFirst = !a.hasConjunction && nothingToQualify
                    if rank(b, nameFirst: nameFirst) >= rank(cand, nameFirst: nameFirst) { continue }
                }
                best = cand
            }
        }
        return best
    }

    /// Whether a word of `words` occurs in the sentence (as written or as a stem).
    func sentenceHas(_ words: Set<Word>, _ toks: [TokenInfo]) -> Bool {
        toks.contains { t in words.contains(t.normWord) || t.forms.contains { words.contains($0.0) } }
    }

    /// Whether a reading of the token without the article is a trigger verb of the lexicon.
    func hasVerbReading(_ t: TokenInfo) -> Bool { t.readings.hasVerbReading }

    /// Between two readings of the same words: with the article, a word that is both a nisba and a
    /// country name (السورية) is the adjective; without it, the name (سورية).
    /// (An article that is part of the key matched is no article of the word: «وألمانيا» read as
    /// و + ال + «مانيا» matched «ألمانيا» itself, not the accusative nisba «ألمانياً» with an article.)
    func rank(_ r: Raw, nameFirst: Bool = false) -> Int {
        let article = r.analysis.hasArticle && r.key.first != Word(r.analysis.stemWithArticle)
        switch r.ref {
        case .nisba: return article && !nameFirst ? 3 : 1
        case .countryName: return article && !nameFirst ? 1 : 2
        case .person: return 4
        case .organisation: return 3
        case .title: return 3
        default: return 2
        }
    }

    /// The country of a nisba or a country name, for coordination (وزيرا خارجية الكويت وقطر).
    static func countryIndex(_ ref: ActorRef) -> Int? {
        switch ref {
        case .nisba(let c), .countryName(let c): return c
        default: return nil
        }
    }

    func find(_ toks: [TokenInfo], date: CalendarDay?) -> [FoundActor] {
        let raws = rawMatches(toks)
        var out = mentions(toks, raws, date: date)
        dropIdioms(&out, toks)
        dropAdjectiveHomographs(&out, toks)
        mergeAidesOfOfficeHolders(&out, toks)
        mergeAppositions(&out, toks, raws)
        placeOfficesBySeat(&out, toks)
        markReferencePlaces(&out, toks)
        placeEventNames(&out, toks)
        resolveHomographCapitals(&out, toks)
        resolveHomographNisbas(&out, toks)
        placeInFormerStates(&out, date: date)
        placeInAnotherState(&out, toks)
        assignLeaders(&out, toks)
        locateRoleNouns(&out, toks, raws)
        bindTitleHolders(&out, toks, raws)
        mergeForcesOfAGovernment(&out, toks)
        assignLoyalForces(&out, toks)
        markBehalfPhrases(&out, toks)
        markAttributions(&out, toks)
        dropQuotedTownNames(&out, toks)
        return out
    }

    /// «تعتزم ألمانيا وإيران استئناف مشاوراتهما الدورية»، «واجهة الخبر البحرية»: an agent word that
    /// is also an adjective (cue adjective-homographs), alone and right after a definite word or one
    /// with a pronoun that is no verb, is that word's adjective (periodic, maritime), no actor.
    func dropAdjectiveHomographs(_ out: inout [FoundActor], _ toks: [TokenInfo]) {
        let homographs = cues[.adjectiveHomographs]
        let mentions = out
        out.removeAll { m in
            guard m.to - m.from == 1, m.from > 0, homographs.contains(toks[m.from].normWord) else { return false }
            let prev = toks[m.from - 1]
            guard prev.isWord, !hasVerbReading(prev), !prev.spelled(cues[.prepositions]),
                !mentions.contains(where: { $0.from <= m.from - 1 && m.from - 1 < $0.to })
            else { return false }
            return prev.token.norm.startsWithArticle || prev.analyses.contains { !$0.suffix.isEmpty && Particle.thirdPersonSuffixes.contains($0.suffix) }
        }
        // «مبلغ مالي»، «دعم مالي»: a state's name that is also an adjective (cue
        // name-adjective-homographs), bare, after a noun that takes no state's name in construct, is
        // the adjective; «في مالي»، «وسط مالي» are the state.
        let names = cues[.nameAdjectiveHomographs]
        let heads = cues[.countryConstructHeads]
        out.removeAll { m in
            guard m.to - m.from == 1, m.from > 0, names.contains(toks[m.from].normWord) else { return false }
            let prev = toks[m.from - 1]
            return prev.isWord && !hasVerbReading(prev) && !prev.spelled(cues[.prepositions]) && !prev.matchesAnyReading(heads)
        }
    }

    /// «أعاده الله باليمن والخير والبركات»: a name inside a set phrase (cue idioms) names no one.
    func dropIdioms(_ out: inout [FoundActor], _ toks: [TokenInfo]) {
        let idioms = cues[.idioms]
        out.removeAll { m in
            idioms.phrases.contains { ph in m.from + ph.count <= toks.count && ph.indices.allSatisfy { toks[m.from + $0].normWord == ph[$0] } }
        }
    }

    /// «أكد لـ"الرياض"»، «مصادر محلية "الرياض"»: a capital's or a town's name alone in quotation
    /// marks is a title — of a newspaper (الرياض، المدينة، اليوم) — not the town or its state. (A
    /// state's name in quotation marks stays one: part of the press writes «"إسرائيل"».)
    func dropQuotedTownNames(_ out: inout [FoundActor], _ toks: [TokenInfo]) {
        func quote(_ i: Int) -> Bool { i >= 0 && i < toks.count && toks[i].token.kind == .punctuation && toks[i].token.norm == "\"" }
        out.removeAll { m in
            guard let pk = m.placeKey, pk.kind != .country else { return false }
            return quote(m.from - 1) && quote(m.to)
        }
    }

    /// «باسمه واسم شعب وحكومة المملكة»، «نيابة عن أهالي المنطقة»: whom an act is done on behalf of
    /// takes no part in it. A mention starting within six words after such a word — before a
    /// comma or another preposition — takes the word as its preposition (see ``TriggerContext``);
    /// a spokesman's title holding the word (المتحدث باسم) is not such a phrase.
    func markBehalfPhrases(_ out: inout [FoundActor], _ toks: [TokenInfo]) {
        let behalf = cues[.behalfWords]
        // (Not inside a mention: «المتحدث باسم الحكومة» is a title, the spokesman's side.)
        for k in toks.indices where toks[k].isWord && toks[k].matches(behalf) && !out.contains(where: { $0.from <= k && k < $0.to }) {
            var end = k + 1
            // (نيابة عن: the عن is the phrase's own.)
            if end < toks.count, toks[end].normWord == Words.an { end += 1 }
            // (A chain of names runs on by its links: «نيابة عن عبدالعزيز بن عبدالله أبو حميد السفير
            // السعودي».)
            var limit = k + 7
            while end < min(toks.count, limit), toks[end].token.norm != ",", !toks[end].spelled(cues[.prepositions]) {
                if toks[end].matches(cues[.patronymicWords]) { limit += 2 }
                end += 1
            }
            for m in out.indices where out[m].from > k && out[m].from < end && out[m].prep == nil {
                out[m].prep = toks[k].normWord.text
            }
        }
    }

    /// The longest actor phrase at each token, left to right.
    func rawMatches(_ toks: [TokenInfo]) -> [Raw?] {
        var raws: [Raw?] = Array(repeating: nil, count: toks.count)
        var i = 0
        var lastTitle = (end: -1, id: "")
        while i < toks.count {
            if toks[i].isWord, let r = rawMatch(toks, at: i) ?? surnameMatch(toks, at: i) ?? titleSurnameMatch(toks, at: i, after: lastTitle) {
                raws[i] = r
                if case .title(let t) = r.ref { lastTitle = (r.to, lexicon.titles[t].id) }
                i = r.to
            } else {
                i += 1
            }
        }
        return raws
    }

    /// «وزيارة الوزير ظريف لدولة الكويت»: right after a title, the last word of one person's
    /// name (``Lexicon/surnameAfterTitle``), written bare, is that person.
    /// (Only a person who held that title's office: «السفير عسيري» is not the coalition's
    /// spokesman.)
    func titleSurnameMatch(_ toks: [TokenInfo], at i: Int, after title: (end: Int, id: String)) -> Raw? {
        guard title.end == i, !blocked.contains(i), let p = lexicon.surnameAfterTitle[toks[i].normWord],
            lexicon.people[p].roles.contains(where: { r in r.office.map { $0 == title.id || $0.hasSuffix("-" + title.id) } ?? false })
        else { return nil }
        return Raw(
            ref: .person(p), from: i, to: i + 1, analysis: CliticAnalysis(prefix: "", stem: toks[i].normWord.text, suffix: "", hasArticle: false),
            key: [toks[i].normWord])
    }

    /// A surname the article gave before with the person's full name (its word, or a form of it
    /// with a clitic: «للمالكي»، «والمالكي»).
    func surnameMatch(_ toks: [TokenInfo], at i: Int) -> Raw? {
        guard !articleSurnames.isEmpty, !blocked.contains(i) else { return nil }
        // A surname shaped as a nisba («العربي»، «المالكي») right after a definite word is that
        // word's adjective («الوطن العربي»، «التحالف العربي»), not the person; but after a title
        // it is the name («الوزير القصبي»).
        if i > 0, toks[i].normWord.text.hasSuffix("ي"), toks[i - 1].isWord, toks[i - 1].normWord.text.hasPrefix("ال"),
            !toks[i - 1].readings.actorHits.contains(where: { h in
                if case .title = h.phrase.ref { return h.count == 1 } else { return false }
            })
        {
            return nil
        }
        if let p = articleSurnames[toks[i].normWord] {
            return Raw(
                ref: .person(p), from: i, to: i + 1, analysis: CliticAnalysis(prefix: "", stem: toks[i].normWord.text, suffix: "", hasArticle: true),
                key: [toks[i].normWord])
        }
        for (form, a) in toks[i].forms where a.suffix.isEmpty {
            if let p = articleSurnames[form] { return Raw(ref: .person(p), from: i, to: i + 1, analysis: a, key: [form]) }
        }
        return nil
    }

    /// Coordinated nisba adjectives share the head: مقاتلات أميركية وبريطانية → USAMIL, GBRMIL.
    func coordinate(_ m: FoundActor, _ i: inout Int, _ toks: [TokenInfo], _ raws: [Raw?], into out: inout [FoundActor]) {
        while i < toks.count, let r2 = raws[i], r2.analysis.hasConjunction, let role = m.role, m.country != nil,
            m.person == nil, let c = ActorMentionFinder.countryIndex(r2.ref), m.to == i
        {
            let e = lexicon.countries[c]
            var m2 = m
            m2.from = i
            m2.to = r2.to
            m2.country = e.code
            m2.code = e.code + role
            m2.coordinated = true
            m2.person = nil
            m2.entries = [e.location]
            out.append(m2)
            i = r2.to
        }
    }

    /// Whether the two words at `k` are a side phrase (من جهة).
    func sidePhrase(_ toks: [TokenInfo], at k: Int) -> Bool {
        k + 1 < toks.count && cues[.sidePhrases].phrases.contains { $0.count == 2 && toks[k].normWord == $0[0] && toks[k + 1].normWord == $0[1] }
    }

    /// The mentions built from the raw matches: each resolved, given its preposition, merged with
    /// the mention before it where the two are one noun phrase, and grouped by coordination.
    func mentions(_ toks: [TokenInfo], _ raws: [Raw?], date: CalendarDay?) -> [FoundActor] {
        var out: [FoundActor] = []
        var groupNo = 0
        var i = 0
        while i < toks.count {
            guard let r = raws[i] else {
                i += 1
                continue
            }
            if isMainAdjective(r, at: i, toks, raws) || namesPlace(r, at: i, toks, raws) {
                i = r.to
                continue
            }
            // "صلاة المغرب"، "أذان المغرب": the prayer's hour, not Morocco; "الدكتور السويد"،
            // "المهندس الكويت": a surname after an honorific, not the state.
            if case .countryName = r.ref, i > 0,
                toks[i - 1].matches(cues[.prayerWords])
                    || !r.analysis.hasConjunction && r.analysis.attachedPreposition == nil && honorific(toks[i - 1].normWord)
            {
                i = r.to
                continue
            }
            // «الأمير تركي»: a nisba without the article after an honorific with it is a name (an
            // adjective would agree with it: «السفير التركي»).
            if case .nisba = r.ref, i > 0, r.from == i, !r.analysis.hasArticle, r.analysis.prefix.isEmpty, honorific(toks[i - 1].normWord),
                toks[i - 1].token.norm.startsWithArticle
            {
                i = r.to
                continue
            }
            // "مؤتمر صحفي"، "المؤتمر الصحفي"، "بيان صحفي": the role word is the noun's adjective.
            if case .agent = r.ref, i > 0, r.to == i + 1, !r.analysis.hasConjunction, r.analysis.attachedPreposition == nil,
                toks[i - 1].matches(cues[.adjectiveHeads])
            {
                i = r.to
                continue
            }
            guard var m = build(r, toks, raws, date: date) ?? peopleNisba(r, toks) else {
                i = r.to
                continue
            }
            if namesAThing(m, at: i, toks) {
                i = max(m.to, i + 1)
                continue
            }
            // «الملك سلمان بن عبدالعزيز آل سعود، برقية تهنئة»: the family name written after a
            // person's is his name's (the mention goes on to it).
            if m.person != nil, m.to + 1 < toks.count, toks[m.to].isWord, toks[m.to].token.text == "آل", toks[m.to + 1].isWord {
                m.to += 2
            }
            m.prep = governingPreposition(m, r, at: i, toks, raws, out)
            let conj = r.analysis.hasConjunction
            m.conjoined = conj
            if !conj, let merge = mergeWithPrevious(m, r, at: i, toks, &out) {
                i = max(m.to, i + 1)
                // (رئيسا أركان الجيشين المصري والسعودي: the merged head is coordinated too.)
                if merge == .quantity { coordinate(out[out.count - 1], &i, toks, raws, into: &out) }
                continue
            }
            // («بين مسلحي الحوثيين من جهة وقوات صالح من جهة ثانية»: a side phrase between them;
            // «أدانت … وألمانيا وأسبانيا، والأمانة العامة لمجلس التعاون، الجريمة»: a comma after a
            // list goes on with it.)
            if conj, let last = out.last,
                last.to == i || last.to == i - 2 && sidePhrase(toks, at: last.to) || last.to == i - 1 && last.coordinated && toks[i - 1].token.normIs(",")
            {
                m.coordinated = true
                m.group = last.group
                if m.prep == nil { m.prep = last.prep }
            } else {
                groupNo += 1
                m.group = groupNo
            }
            out.append(m)
            i = max(m.to, i + 1)
            coordinate(m, &i, toks, raws, into: &out)
        }
        return out
    }

    /// "مطار الملك سلمان"، "جامعة الأمير سلطان"، "بجسر الملك فهد": a person or an office in construct
    /// after a thing named after someone names the thing; it is not an actor.
    func namesAThing(_ m: FoundActor, at i: Int, _ toks: [TokenInfo]) -> Bool {
        guard m.person != nil || m.title != nil, i > 0 else { return false }
        let heads = cues[.namedAfterHeads]
        return toks[i - 1].analyses.contains { !$0.hasArticle && $0.suffix.isEmpty && heads.contains(Word($0.stem)) }
    }

    /// «يصادق على اتفاق فيينا»، «إعلان القاهرة»: a capital or state in construct after the noun of
    /// an agreement or meeting (cue event-name-heads) names where it was made, not an actor.
    func placeEventNames(_ out: inout [FoundActor], _ toks: [TokenInfo]) {
        for k in out.indices where out[k].placeLike && out[k].prep == nil && out[k].from > 0 {
            let t = toks[out[k].from - 1]
            if t.isWord, !t.token.norm.startsWithArticle,
                t.analyses.contains(where: { !$0.hasArticle && $0.suffix.isEmpty && cues[.eventNameHeads].contains(Word($0.stem)) })
            {
                out[k].placeOnly = true
            }
        }
    }

    /// "الشارع الرئيس"، "السبب الرئيس"، "الحزبين الرئيسين": after a definite noun that names no
    /// actor, الرئيس is the adjective "main", not the president (السيد الرئيس keeps its honorific;
    /// a verb, a preposition or a verbal noun before it — التقى، إلى، لقاء — governs the title).
    func isMainAdjective(_ r: Raw, at i: Int, _ toks: [TokenInfo], _ raws: [Raw?]) -> Bool {
        guard case .title = r.ref, r.to - r.from == 1, toks[i].spelled(cues[.mainAdjectiveTitles]), i > 0, raws[i - 1] == nil,
            toks[i - 1].isWord, toks[i - 1].token.norm.startsWithArticle, !hasVerbReading(toks[i - 1]),
            !toks[i - 1].spelled(cues[.prepositions]), toks[i - 1].readings.nounHits.isEmpty,
            !toks[i - 1].spelled(cues[.addressHonorifics])
        else { return false }
        return !(i > 1 && raws[i - 2] != nil && raws[i - 2]!.to == i - 1)
    }

    /// «مدن القناة»، «منطقة القناة»، «حي الشرطة»: an agent word in construct after a place noun
    /// (cue place-name-heads) names the place (the Suez Canal's cities, the police quarter), not
    /// the agent acting.
    func namesPlace(_ r: Raw, at i: Int, _ toks: [TokenInfo], _ raws: [Raw?]) -> Bool {
        guard case .agent = r.ref, r.from == i, i > 0, raws[i - 1] == nil, r.analysis.prefix.isEmpty, toks[i].token.norm.startsWithArticle,
            toks[i - 1].isWord, !toks[i - 1].token.norm.startsWithArticle
        else { return false }
        return toks[i - 1].analyses.contains { !$0.hasArticle && $0.suffix.isEmpty && cues[.placeNameHeads].contains(Word($0.stem)) }
    }

    /// The preposition governing a mention: an attached clitic, a preposition word just before
    /// (past a place noun: في مدينة الموصل), an agent phrase (على يد، من قبل), or a preposition
    /// before a count (على أكثر من عشرين ألف أسرة); none for partitive من after a count.
    func governingPreposition(_ m: FoundActor, _ r: Raw, at i: Int, _ toks: [TokenInfo], _ raws: [Raw?], _ out: [FoundActor]) -> String? {
        var prep = r.analysis.attachedPreposition
        // "في مدينة الموصل": a place noun between the preposition and the place is skipped, and
        // with it a nisba of the place's own country (في العاصمة الباكستانية إسلام آباد).
        var before = i - 1
        // (A place noun with the article and a preposition, بالعاصمة، is read by its forms.)
        func placeNoun(_ t: TokenInfo) -> Bool { t.matches(cues[.placeNouns]) || t.forms.contains { cues[.placeNouns].contains($0.0) } }
        if m.placeOnly || m.placeLike, before > 1, let n = raws[before], n.to == i, case .nisba(let c) = n.ref,
            lexicon.countries[c].code == m.country, placeNoun(toks[before - 1])
        {
            before -= 1
        }
        // «بالعاصمة اليمنية صنعاء»: so is the nisba of a place noun, which only says whose place it is.
        let nisbaOfPlace: Bool = {
            if case .nisba = r.ref { return true }
            return false
        }()
        if m.placeOnly || m.placeLike || nisbaOfPlace, before > 0, placeNoun(toks[before]) {
            if let p = toks[before].analyses.lazy.compactMap(\.attachedPreposition).first { prep = p }
            before -= 1
        }
        // «إلى جمهورية المالديف»، «لجمهورية ألبانيا»: a state's noun in construct before its name
        // (cue state-nouns) carries, or follows, the preposition that governs the state.
        if prep == nil, case .countryName = r.ref, before >= 0, toks[before].matchesAnyReading(cues[.stateNouns]),
            !toks[before].analyses.contains(where: \.hasArticle), raws[before] == nil
        {
            if let p = toks[before].analyses.lazy.compactMap(\.attachedPreposition).first { prep = p } else { before -= 1 }
        }
        // "من فخامة الرئيس …"، "لسمو ولي العهد": honorifics before a person or an office stand
        // between it and its preposition, which may be attached to the honorific.
        if prep == nil, !m.placeLike, !m.placeOnly {
            while before >= 0, let n = honorificEnding(toks, at: before) {
                let first = toks[before - n + 1]
                if let p = first.analyses.first(where: { $0.attachedPreposition != nil && opensHonorific(Word($0.stem)) })?.attachedPreposition {
                    prep = p
                    break
                }
                before -= n
            }
        }
        // «على مبنى القنصلية الأمريكية»، «في مقر وزارة الخارجية»: a building of the actor's (cue
        // seat-nouns), in construct, stands between it and the preposition that governs it.
        if prep == nil, !m.placeLike, !m.placeOnly, before >= 1, toks[before].matchesAnyReading(cues[.seatNouns]),
            !toks[before].analyses.contains(where: \.hasArticle), !toks[before].token.norm.startsWithArticle
        {
            if let p = toks[before].analyses.lazy.compactMap(\.attachedPreposition).first {
                prep = p
            } else {
                before -= 1
            }
        }
        if prep == nil, before >= 0 {
            prep = prepositionBefore(m, at: before + 1, toks, out)
        }
        // "على أكثر من عشرين ألف أسرة"، "لنحو 300 لاجئ": a preposition before a count governs the
        // counted people.
        if prep == nil, !m.placeOnly, !m.placeLike, i > 1 {
            var k = i - 1
            while k >= 0, k > i - 7, toks[k].isCount || toks[k].spelled(cues[.approximationWords]) { k -= 1 }
            if k >= 0, k < i - 1, toks[k + 1].normWord != Words.min {
                if toks[k].spelled(cues[.countGoverningPrepositions]) {
                    prep = toks[k].token.norm
                } else if let a = toks[k].analyses.first(where: { $0.attachedPreposition != nil && cues[.approximationWords].contains(Word($0.stem)) }) {
                    prep = a.attachedPreposition
                }
            }
        }
        // «لكافة القطاعات الأمنية»، «إلى جميع الدول»: a word of totality (cue totality-words) in
        // construct before the mention carries, or follows, the preposition that governs it.
        if prep == nil, !m.placeOnly, !m.placeLike, i > 0, toks[i - 1].matchesAnyReading(cues[.totalityWords]) {
            if let p = toks[i - 1].analyses.lazy.compactMap(\.attachedPreposition).first {
                prep = p
            } else if i > 1 {
                prep = prepositionBefore(m, at: i - 1, toks, out)
            }
        }
        return prep
    }

    /// The preposition word right before token `i` (also after و), an agent phrase ending there,
    /// or nil for partitive من after a count (العشرات من المستوطنين: the group is the head).
    func prepositionBefore(_ m: FoundActor, at i: Int, _ toks: [TokenInfo], _ out: [FoundActor]) -> String? {
        var prep: String?
        // «وعبّر صاحب السمو …»: a word written with a shadda, or opening the sentence as a verb of
        // the lexicon before a person or an office, is the verb, not the preposition عبر.
        if toks[i - 1].token.text.unicodeScalars.contains(where: { $0.value == 0x0651 })
            || i == 1 && (m.person != nil || m.title != nil) && hasVerbReading(toks[0])
        {
            return nil
        }
        let prev = toks[i - 1].token.norm
        // (After و or ف, or after ب / لـ on a word of direction: «بجنوب بغداد» is «جنوب بغداد».)
        let prevStem = toks[i - 1].analyses.first { ($0.hasConjunction || $0.attachedPreposition != nil) && $0.prefix.count == 1 }?.stem
        // «حيث عبر الجانبان … عن رغبتهما»: a preposition word that is also a verb is the verb when
        // the verb's complement (cues.lex verb-prepositions) follows the actor within a few words.
        for phrase in cues[.verbPrepositions].phrases where phrase.count == 2 {
            guard Word(prev) == phrase[0] || prevStem.map({ Word($0) == phrase[0] }) == true else { continue }
            let end = min(toks.count, max(m.to, i) + 4)
            if (max(m.to, i)..<end).contains(where: { toks[$0].normWord == phrase[1] }) { return nil }
        }
        if cues[.prepositions].contains(Word(prev)) {
            prep = prev
        } else if let s = prevStem, cues[.prepositions].contains(Word(s)) {
            prep = s
        }
        // على يد، على أيدي، من قبل
        if toks[i - 1].spelled(cues[.agentPrepHeads]), i > 1 {
            prep = toks[i - 2].token.norm + " " + (toks[i - 1].normWord == Words.ayadi ? Particle.yad : prev)
        }
        // Partitive من after a count (العشرات من المستوطنين، 23 من الكوريين، ثلاثة من عناصر …): the
        // count and its group are one noun phrase, the group is its head.
        if prep == Particle.min, i > 1, !m.placeOnly, !m.placeLike, m.person == nil,
            toks[i - 2].isCount
                || toks[i - 2].matches(cues[.partitiveHeads])
                // a count, its noun, then من (150 متمرداً من طالبان): the group is still the head
                || i > 2 && toks[i - 2].isWord && toks[i - 3].isCount
                    && !(out.last.map { $0.to == i - 1 && $0.country != nil } ?? false)
        {
            prep = nil
        }
        return prep
    }

    /// How a mention joined the one before it (``mergeWithPrevious``).
    enum Merge { case quantity, owner, members }

    /// Merges `m` into the mention before it when the two are one noun phrase: a quantity and its
    /// noun, a role noun and the state that owns it (لـ), people and the organisation they belong
    /// to. Returns how it merged, or nil.
    func mergeWithPrevious(_ m: FoundActor, _ r: Raw, at i: Int, _ toks: [TokenInfo], _ out: inout [FoundActor]) -> Merge? {
        guard let last = out.last else { return nil }
        let k = out.count - 1
        // A quantity and its noun (مئات المحتجين، عشرات المواطنين) are one mention.
        if m.prep == nil, last.to == i, let role = m.role, last.role == role, ActorRoles.countable.contains(role),
            last.country == m.country || last.country == nil, !ActorCode.isIGO(last.code), !ActorCode.isIGO(m.code),
            last.person == nil, m.person == nil, last.title == nil
        {
            out[k].to = m.to
            out[k].code = m.code
            out[k].country = m.country
            return .quantity
        }
        // "دورية للجيش الأميركي"، "طائرة بدون طيار تابعة للقوات الأميركية"، "موكب لسفارة …": a role
        // noun with no country of its own belongs to the state named right after it by لـ.
        if m.prep == Particle.li, m.country != nil, !m.placeOnly, !m.placeLike, last.country == nil,
            let role = last.role, !ActorCode.isIGO(last.code), last.person == nil,
            last.to == i || (last.to == i - 1 && toks[i - 1].matches(cues[.belongingWords]))
        {
            out[k].to = m.to
            out[k].country = m.country
            // (A patrol of the army is the army's; a force or a craft of a government, «الطيران التابع
            // للنظام السوري», is its military.)
            out[k].code = m.role == nil ? m.country! + role : role == "MIL" && m.role == "GOV" ? m.country! + role : m.code
            out[k].entries += m.entries
            return .owner
        }
        // «طيران نظام الأسد»، «قوات حكومة الوفاق»، «مروحيات النظام»: a force or a craft in construct
        // with a government (no article on the force, no conjunction between) is that state's
        // military, one mention.
        if m.prep == nil, last.to == i, last.role == "MIL", last.person == nil, last.title == nil,
            last.country == nil || last.country == m.country, m.role == "GOV", let c = m.country, !ActorCode.isIGO(m.code),
            !toks[last.from].token.norm.startsWithArticle, !toks[i].analyses.contains(where: \.hasConjunction)
        {
            out[k].to = m.to
            out[k].country = c
            out[k].code = c + "MIL"
            out[k].entries += m.entries
            return .owner
        }
        // «وقوات الرئيس السابق علي عبدالله صالح»، «قوات المخلوع»: a force in construct with a rebel
        // side's leader (a person or group coded REB) is that side, not the state's military.
        if m.prep == nil, last.to == i, last.role == "MIL", last.person == nil, last.title == nil,
            last.country == nil || last.country == m.country, m.role == "REB", m.country != nil,
            !toks[last.from].token.norm.startsWithArticle, !toks[i].analyses.contains(where: \.hasConjunction)
        {
            out[k].to = m.to
            out[k].country = m.country
            out[k].code = m.code
            out[k].role = m.role
            out[k].entries += m.entries
            return .owner
        }
        // "نشطاء «سرايا القدس»"، "مسلحي حماس"، "عناصر طالبان": people named by a role noun with no
        // country of their own, in construct with an organisation, are its members.
        // (A group with a code of its own and no state is one too: «مقاتلو «داعش»».)
        if m.prep == nil, m.person == nil, m.title == nil, case .organisation = r.ref,
            m.country != nil || m.code.hasPrefix("IMG"),
            last.country == nil, last.person == nil, last.title == nil, let role = last.role, ActorRoles.members.contains(role),
            last.to == i || (last.to == i - 1 && toks[i - 1].token.kind == .punctuation && ["«", "\""].contains(toks[i - 1].token.norm))
        {
            out[k].to = m.to
            out[k].code = m.code
            out[k].country = m.country
            out[k].role = m.role
            out[k].entries += m.entries
            return .members
        }
        return nil
    }

    /// "الشيخ تميم بن حمد آل ثاني أمير دولة قطر"، "محمد بن نايف ولي العهد وزير الداخلية": a title
    /// with no person of its own right after a person or an office (past the rest of an unknown
    /// name or an honorific) describes it: one mention, the first one's code. (A title with a person
    /// of its own, or of another country, is another actor: the guest after the host.)
    /// «مبعوث الرئيس الصيني»، «مستشار وزير الدفاع البريطاني»، «سفير خادم الحرمين الشريفين»: a
    /// title word in the construct state (no article, no name of its own) right before an
    /// office-holder whose state is named is that holder's aide or envoy: one actor of the holder's
    /// state (an IGO's: «مبعوث الأمين العام للأمم المتحدة»), not an office of whatever state the
    /// sentence named before it («التقى الرئيس المصري مبعوث الرئيس الصيني» was Egypt meeting Egypt).
    func mergeAidesOfOfficeHolders(_ out: inout [FoundActor], _ toks: [TokenInfo]) {
        var k = 0
        while k + 1 < out.count {
            let a = out[k]
            let b = out[k + 1]
            let t = toks[a.from]
            if a.title != nil, a.person == nil, a.country == nil, a.to - a.from == 1, b.from == a.to, b.prep == nil, !b.coordinated,
                b.title != nil || b.person != nil, !b.placeLike, !b.placeOnly, !b.countryInferred,
                !t.token.norm.startsWithArticle, !t.analyses.contains(where: \.hasArticle), t.analyses.contains(where: { $0.suffix.isEmpty }),
                b.country != nil || ActorCode.isIGO(b.code)
            {
                out[k].to = b.to
                if let c = b.country {
                    out[k].country = c
                    out[k].code = c + (a.role ?? b.role ?? "")
                } else {
                    out[k].code = b.code
                }
                out[k].entries += b.entries
                out.remove(at: k + 1)
                markSeat(after: k, of: b.title?.id, &out)
            }
            k += 1
        }
    }

    func mergeAppositions(_ out: inout [FoundActor], _ toks: [TokenInfo], _ raws: [Raw?]) {
        var k = 0
        while k + 1 < out.count {
            let a = out[k]
            let b = out[k + 1]
            // (Not across و: "الملك سلمان وسمو ولي العهد" are two people.)
            let gapOK =
                b.from >= a.to && b.from - a.to <= 3
                && (a.to..<b.from).allSatisfy { j in nameLike(toks, raws, j) || honorificLength(toks, at: j) != nil }
                // (A word matched whole by the title is no «و» + word: «ولي ولي العهد» is not «و» + «لي».)
                && !(toks[b.from].analyses.contains(where: \.hasConjunction) && !toks[b.from].analyses.allSatisfy(\.hasConjunction)
                    && !Self.matchedWhole(raws[b.from], at: b.from))
                && !(a.to..<b.from).contains { toks[$0].analyses.contains(where: \.hasConjunction) }
            // A role phrase right after a named person is his office too (الأمير فيصل بن بندر أمير
            // منطقة الرياض): an agent of his state, not a civilian or a place.
            let office = b.title != nil || a.person != nil && ActorCode.isStateAgent(b.role) && !b.placeLike && b.country != nil
            // «الأمير فيصل بن خالد أمير منطقة عسير»، «الأمير فهد بن بدر بن عبدالعزيز، أمير منطقة
            // الجوف لجهوده»: a title with a name the lexicon does not know, then an office of a
            // state, is that office's holder (past one comma when the office closes the phrase).
            // «الأمير متعب بن عبدالله وزير الحرس الوطني»: an institution right after a title word
            // in construct (cue construct-titles) is its genitive, part of the title, not the next
            // actor (the guest of «استقبل … وزير الحرس الوطني السفير الأمريكي» is the ambassador).
            if b.from == a.to, a.person != nil || a.title != nil, b.person == nil, b.title == nil, b.prep == nil, !b.coordinated,
                !b.placeLike, !b.placeOnly, b.role != nil, toks[a.to - 1].matches(cues[.constructTitles]),
                !toks[a.to - 1].token.norm.startsWithArticle, !toks[a.to - 1].analyses.contains(where: \.hasArticle),
                // (Not a name that is a title word: «عبدالله بن مساعد»، «إياد بن أمين مدني».)
                a.to - a.from == 1 || !toks[a.to - 2].matches(cues[.patronymicWords])
            {
                out[k].to = b.to
                if out[k].country == nil, let c = b.country, !ActorCode.isIGO(b.code) {
                    out[k].country = c
                    out[k].code = c + (out[k].role ?? "")
                }
                out[k].entries += b.entries
                out.remove(at: k + 1)
                // (A title with no name is complete: what follows is not its holder's name.)
                if a.person == nil { k += 1 }
                continue
            }
            // «أمين منطقة عسير صالح القاضي»: a title word that is also a family name (cue
            // surname-titles) right after an unknown name closing a mention is that name's surname.
            if b.from == a.to, b.to - b.from == 1, b.person == nil, b.prep == nil, !b.coordinated, !b.placeLike, !b.placeOnly,
                a.to - a.from >= 2, nameLike(toks, raws, a.to - 1), toks[b.from].normWord != toks[a.to - 1].normWord,
                toks[b.from].spelled(cues[.surnameTitles])
            {
                out[k].to = b.to
                out.remove(at: k + 1)
                continue
            }
            // «للرئيس رفائيل كوريا دلجادو رئيس جمهورية الإكوادور»: a state's name between the
            // unknown words of a title's name is part of the name; the office right after it says
            // whose the title is.
            if b.from == a.to, a.person == nil, a.title != nil, b.title != nil, b.person == nil, b.prep == nil, !b.coordinated,
                let c = b.country, c != a.country, !ActorCode.isIGO(c), ActorCode.isStateAgent(b.role), a.to - a.from >= 4,
                (a.from + 2..<a.to - 1).contains(where: { j in
                    guard let r = raws[j], r.to == j + 1, Self.countryIndex(r.ref) != nil else { return false }
                    return nameLike(toks, raws, j - 1) && nameLike(toks, raws, j + 1)
                })
            {
                out[k].to = b.to
                out[k].country = c
                out[k].code = c + (a.role ?? b.role ?? "")
                out[k].entries = b.entries
                out.remove(at: k + 1)
                continue
            }
            if unknownNamedHolder(a, b, toks, raws) {
                out[k].to = b.to
                out[k].code = b.code
                out[k].country = b.country
                out[k].role = b.role
                out[k].entries += b.entries
                out.remove(at: k + 1)
                continue
            }
            if a.person != nil || a.title != nil, office && b.person == nil || a.person != nil && b.person == a.person, b.prep == nil, !b.coordinated, gapOK,
                b.country == nil || b.country == a.country, a.country != nil || b.country == nil, !ActorCode.isIGO(b.code) || ActorCode.isIGO(a.code)
            {
                out[k].to = b.to
                out[k].entries += b.entries
                if out[k].title == nil { out[k].title = b.title }
                out.remove(at: k + 1)
                continue
            }
            k += 1
        }
    }

    /// Whether the words from `from` to `to` are the rest of an office's name with its own لـ
    /// phrase, three words at most («الدولة لشؤون الدفاع»، «للشؤون الخارجية»), between it and the
    /// state named after it.
    static func officeComplement(_ toks: [TokenInfo], from: Int, to: Int) -> Bool {
        guard to > from, to - from <= 3, (from..<to).allSatisfy({ toks[$0].isWord }) else { return false }
        return (from..<to).contains { j in toks[j].analyses.contains { $0.attachedPreposition == Particle.li } }
    }

    /// Whether the actor phrase starting at token `j` was matched on the whole word, with no
    /// conjunction or other prefix split off it.
    static func matchedWhole(_ r: Raw?, at j: Int) -> Bool {
        guard let r, r.from == j else { return false }
        return !r.analysis.hasConjunction && r.analysis.prefix.isEmpty
    }

    /// «رحب مستشار السفير السعودي بهولندا … ببعثة الفريق»: the state an envoy (title `id`) is
    /// posted in, named with بـ right after mention `k`, is where he serves, not whom an act is for.
    @discardableResult
    func markSeat(after k: Int, of id: String?, _ out: inout [FoundActor]) -> Bool {
        guard k + 1 < out.count, let id, ["ambassador", "envoy"].contains(id), out[k].country != nil else { return false }
        let n = out[k + 1]
        guard n.from == out[k].to, n.prep == Particle.bi, n.placeLike, n.country != out[k].country else { return false }
        out[k + 1].placeOnly = true
        return true
    }

    /// «نائب رئيس مجلس الوزراء وزير الداخلية بدولة الكويت»: an office with no state of its own,
    /// right before a state's name governed by بـ, is that state's office. (Not an envoy's: «السفير
    /// بالرياض» is posted there.)
    func placeOfficesBySeat(_ out: inout [FoundActor], _ toks: [TokenInfo]) {
        for k in out.indices.dropLast() where out[k].title != nil && out[k].role != nil {
            let n = out[k + 1]
            if markSeat(after: k, of: out[k].title?.id, &out) { continue }
            guard out[k].country == nil else { continue }
            // («مسؤولة السياسة الخارجية في الاتحاد الأوروبي»، «المتحدث باسم الخارجية في الاتحاد
            // الأوروبي»: an office in an international organisation, right after it, is the
            // organisation's.)
            if n.from <= out[k].to + 1, n.prep == Particle.fi, ActorCode.isIGO(n.code), n.person == nil, n.title == nil,
                let id = out[k].title?.id, !["ambassador", "envoy"].contains(id)
            {
                out[k].code = n.code
                out[k].entries += n.entries
                continue
            }
            // («المستشار في الديوان الملكي»: an office in a state's body is that state's.)
            let inBody = n.from <= out[k].to + 1 && n.prep == Particle.fi && !n.placeLike && !n.placeOnly && n.role == "GOV" && n.person == nil
            // («وزير الدولة لشئون الدفاع بدولة قطر»: past the office's own لـ phrase, two words.)
            let seat = n.from == out[k].to || Self.officeComplement(toks, from: out[k].to, to: n.from)
            guard seat && n.prep == Particle.bi && n.placeLike || inBody, let c = n.country, !ActorCode.isIGO(n.code),
                let id = out[k].title?.id, !["ambassador", "envoy"].contains(id)
            else { continue }
            out[k].country = c
            out[k].code = c + out[k].role!
            out[k].entries += n.entries
        }
    }

    /// Whether a title's mention holds, or is followed by (past the ministry's words, «الثقافة»,
    /// and a comma), a name the lexicon does not know: «السفير يوسف»، «وزير الثقافة فلاديمير
    /// ميدينسكي»، «وزير شؤون الشرق الأوسط، توباياس إلوود». (A verb is no name: «وزير التعليم يعزي».)
    func writtenWithUnknownName(_ a: FoundActor, _ toks: [TokenInfo], _ raws: [Raw?]) -> Bool {
        // (A first name carries no article; a family name after it does: «عز الدين الاصبحي».)
        func name(_ j: Int) -> Bool { nameLike(toks, raws, j) && !toks[j].readings.hasVerbReading && !toks[j].token.norm.startsWithArticle }
        if (a.from..<a.to).contains(where: { raws[$0] == nil && name($0) }) { return true }
        var j = a.to
        while j < toks.count, j - a.to < 3, toks[j].isWord, raws[j] == nil, toks[j].token.norm.startsWithArticle { j += 1 }
        if j < toks.count, toks[j].token.normIs(",") { j += 1 }
        return j < toks.count && name(j)
    }

    /// Whether `b` is the office of `a`, a title with an unknown name (see `mergeAppositions`).
    func unknownNamedHolder(_ a: FoundActor, _ b: FoundActor, _ toks: [TokenInfo], _ raws: [Raw?]) -> Bool {
        guard a.person == nil, a.title != nil, a.country == nil, a.to > a.from, nameLike(toks, raws, a.to - 1),
            b.person == nil, let c = b.country, !ActorCode.isIGO(c), ActorCode.isStateAgent(b.role), !b.placeLike,
            b.prep == nil, !b.coordinated, !toks[b.from].analyses.contains(where: \.hasConjunction)
        else { return false }
        if b.from == a.to { return true }
        // (After a comma the office must close the phrase: a comma or a prepositional phrase next,
        // not the object of the verb «استقبل الأمير فلان، مدير الأمن العام الفريق …».)
        guard b.from == a.to + 1, toks[a.to].token.normIs(",") else { return false }
        guard b.to < toks.count else { return true }
        let next = toks[b.to]
        // («السفير أحمد قطان، سفير المملكة في مصر»: a preposition written apart closes it too.)
        return next.token.normIs(",") || next.token.normIs(".")
            || next.isWord && (next.analyses.contains(where: { $0.attachedPreposition != nil }) || next.matches(cues[.prepositions]))
    }

    /// "المنطقة القبلية المحاذية لأفغانستان"، "القريبة من الحدود مع …": a neighbour named to situate
    /// a place is not where things happen. ("في أفغانستان المجاورة لباكستان" is in Afghanistan.)
    func markReferencePlaces(_ out: inout [FoundActor], _ toks: [TokenInfo]) {
        for k in out.indices where out[k].placeLike {
            // (Also «على الحدود مع المملكة»: the border with a state situates a place.)
            if out[k].from > 0 && toks[out[k].from - 1].matches(cues[.neighbourWords])
                || out[k].from > 1 && [Words.min, Words.maa].contains(toks[out[k].from - 1].normWord)
                    && toks[out[k].from - 2].matches(cues[.neighbourWords])
            {
                out[k].reference = true
            }
        }
    }

    /// "تظاهر الآلاف في عمان … رئيس الوزراء الأردني": a word spelled like another state's capital
    /// (عمّان / عُمان) is that capital when the sentence names that state otherwise and not this one.
    func resolveHomographCapitals(_ out: inout [FoundActor], _ toks: [TokenInfo]) {
        for k in out.indices where out[k].to - out[k].from == 1 && out[k].placeLike {
            for ci in toks[out[k].from].readings.homographCapitals where lexicon.countries[ci].code != out[k].country {
                let c = lexicon.countries[ci]
                // The same spelling again (a dateline «عمان ـ ا ف ب» and «في عمان») is no evidence
                // either way.
                let others = out.indices.filter { j in
                    j != k
                        && !(out[j].to - out[j].from == 1 && out[j].placeLike
                            && toks[out[j].from].readings.homographCapitals.contains(ci))
                }
                guard others.contains(where: { out[$0].country == c.code }), !others.contains(where: { out[$0].country == out[k].country }) else { continue }
                out[k].country = c.code
                out[k].code = c.code
                out[k].entries = [c.location]
                if let pk = out[k].placeKey { out[k].placeKey = (pk.key, .capital, ci) }
                break
            }
        }
    }

    /// "الجيش المالي … في باماكو": a role noun with a nisba that is also an everyday word or another
    /// state's adjective (مالي "financial", كونغولي) belongs to the homograph's state when the
    /// sentence names that state otherwise and not the one the word was read as.
    func resolveHomographNisbas(_ out: inout [FoundActor], _ toks: [TokenInfo]) {
        for k in out.indices where out[k].role != nil && out[k].person == nil && !ActorCode.isIGO(out[k].code) {
            for j in [out[k].to, out[k].to - 1] where j > out[k].from && j < toks.count {
                guard let ci = toks[j].readings.homographNisba else { continue }
                let c = lexicon.countries[ci]
                guard c.code != out[k].country else { break }
                let others = out.indices.filter { $0 != k }
                // (A nisba read inside the mention as another state's must lose that state's support
                // too; one right after it only needs its own.)
                let inside = j == out[k].to - 1
                guard others.contains(where: { out[$0].country == c.code }),
                    !inside || out[k].country.map({ current in !others.contains { out[$0].country == current } }) ?? true
                else { break }
                // (the code keeps its role: a patrol of the army is the army's, دورية للجيش الكونغولي)
                let role = out[k].country.flatMap { out[k].code.hasPrefix($0) ? String(out[k].code.dropFirst($0.count)) : nil } ?? out[k].role!
                out[k].country = c.code
                out[k].code = c.code + role
                out[k].to = max(out[k].to, j + 1)
                out[k].entries.append(c.location)
                break
            }
        }
    }

    /// «في نبأ أوردته وكالة أنباء البحرين»، «وفقاً لوكالة الأنباء القطرية»: a mention within two
    /// words after a word of attribution (cue attribution-prepositions) is whom the report came
    /// through: no part in the events (see ``TriggerContext``). (Its preposition stays: the gates'
    /// features read it.)
    func markAttributions(_ out: inout [FoundActor], _ toks: [TokenInfo]) {
        let attribution = cues[.attributionPrepositions]
        for m in out.indices where out[m].prep == nil || out[m].prep == Particle.li || out[m].prep == Words.an.text {
            guard let k = (max(0, out[m].from - 2)..<out[m].from).last(where: { toks[$0].isWord && toks[$0].matches(attribution) }),
                (k + 1..<out[m].from).allSatisfy({ j in toks[j].isWord && !out.contains(where: { o in o.from <= j && j < o.to }) })
            else { continue }
            out[m].attribution = true
        }
    }

    /// «قرية قصر البريج في ريف حلب»: a town of the lexicon followed, past a locative or a place
    /// noun, by a place that only another state has (or that state's name) is a namesake in that
    /// state which the lexicon does not hold; the mention takes that state (the Gaza camp of
    /// البريج made the helicopters that struck a village near Aleppo Palestinian).
    func placeInAnotherState(_ out: inout [FoundActor], _ toks: [TokenInfo]) {
        for k in out.indices {
            guard let pk = out[k].placeKey, pk.kind == .place, out[k].placeLike || out[k].placeOnly, let c = out[k].country,
                out[k].code == c
            else { continue }
            var j = out[k].to
            var skipped = 0
            while j < toks.count, skipped < 2, toks[j].isWord, out.first(where: { $0.from == j }) == nil,
                toks[j].matchesAnyReading(cues[.locatives]) || toks[j].matchesAnyReading(cues[.placeNouns])
                    || toks[j].analyses.contains(where: { $0.attachedPreposition != nil && cues[.placeNouns].contains(Word($0.stem)) })
            {
                j += 1
                skipped += 1
            }
            guard skipped > 0, let n = out.first(where: { $0.from == j }), let d = n.country, d != c, let nk = n.placeKey,
                nk.kind == .country || lexicon.gazetteer.onlyIn(d, named: nk.key)
            else { continue }
            out[k].country = d
            out[k].code = d
            out[k].entries.append(contentsOf: n.entries)
        }
    }

    /// A state named before it existed is a region of the state it was part of («جنوب السودان»
    /// in 2008 is southern Sudan): its names and towns locate, its agents belong to that state.
    func placeInFormerStates(_ out: inout [FoundActor], date: CalendarDay?) {
        for k in out.indices {
            guard let c = out[k].country, let ci = lexicon.countryByCode[c], let former = lexicon.countries[ci].formerState(on: date) else { continue }
            out[k].country = former
            if out[k].code == c + (out[k].role ?? "") { out[k].code = former + (out[k].role ?? "") }  // not an organisation's own code
            if out[k].placeLike { out[k].placeOnly = true }
            out[k].entries.append(lexicon.countries[ci].location)
        }
    }

    /// "جنود من التحالف الدولي بقيادة الولايات المتحدة"، "السلطات العسكرية بقيادة الجنرال …": a
    /// body with no country of its own, led by a state or a person, is that state's.
    func assignLeaders(_ out: inout [FoundActor], _ toks: [TokenInfo]) {
        for k in out.indices where out[k].country == nil && out[k].role != nil && !ActorCode.isIGO(out[k].code) {
            guard let j = (out[k].to..<min(toks.count, out[k].to + 4)).prefix(while: { toks[$0].isWord }).first(where: { toks[$0].matches(cues[.ledBy]) }),
                let leader = out.first(where: { $0.from > j && $0.from <= j + 3 && $0.country != nil && !$0.placeOnly && !ActorCode.isIGO($0.code) })
            else { continue }
            out[k].country = leader.country
            out[k].code = leader.country! + out[k].role!
            out[k].entries += leader.entries
        }
    }

    /// Role nouns with no country: state agents (government, forces, police) take the nearest
    /// earlier country in the sentence; civilians and refugees take the country of a place named
    /// after them (في/من + a country or capital); unidentified gunmen stay without one.
    func locateRoleNouns(_ out: inout [FoundActor], _ toks: [TokenInfo], _ raws: [Raw?]) {
        let only = onlyState(out, toks)
        for k in out.indices where out[k].country == nil && out[k].role != nil && !ActorCode.isIGO(out[k].code) && !out[k].instrument {
            // "القوات الأجنبية"، "القوات الدولية": foreign forces are not the country they are in.
            if out[k].to < toks.count, toks[out[k].to].matches(cues[.foreignWords]) { continue }
            let role = out[k].role!
            var country: String?
            // (Whether the country comes from the sentence around the mention, not the mention or the article.)
            var fromSentence = false
            // «نظيره»، «الجانبان»: a counterpart or the two sides are not of the state named before
            // them, nor of the sentence's only one (a nisba after them, read already, says whose).
            let counterpart = toks[out[k].from].matchesAnyReading(cues[.counterpartWords])
            if counterpart {
                // (nothing to infer)
            } else if out[k].coordinated, let first = out[..<k].first(where: { $0.group == out[k].group }), let c = first.country, !ActorCode.isIGO(first.code)
            {
                country = c
            } else if let c = sharedGenitive(k, out, toks) {
                country = c
            } else if let next = out[(k + 1)...].first(where: { $0.group == out[k].group }), next.coordinated, next.from <= out[k].to + 1,
                let c = next.country, !ActorCode.isIGO(next.code), !next.placeLike,
                next.role == role || Set([role, next.role ?? ""]) == ["GOV", "CVL"]
            {
                // «شكره لفخامة السيد الرئيس والحكومة المصرية»، «للقيادة والشعب السعودي»: an office
                // coordinated with a body of the same kind (or the state's people) named right after
                // it is that state's: the adjective closes the pair. (Not «قوات النظام وحزب الله
                // اللبناني»: the forces are no Lebanese rebels.)
                country = c
            } else if let key = out[k].officeKey(head: toks[out[k].from].lastStem, headTitle: TokenInfo.headTitle(toks, at: out[k].from, lexicon)),
                let c = articleOffices[key]
            {
                // «نواب مجلس الأمة الكويتي» … «كما دان النائب عبدالله العدواني»: an office the
                // article named with its state (and no other's) is that state's in its later
                // sentences, wherever the act happened. (An IGO's: «الأمين العام لجامعة الدول
                // العربية» … «أدان الأمين العام بشدة الهجمات … في محافظة ديالى العراقية».)
                if ActorCode.isIGO(c) {
                    out[k].code = c
                    out[k].countryInferred = true
                    continue
                }
                country = c
            } else if let key = out[k].officeKey(head: toks[out[k].from].lastStem, headTitle: TokenInfo.headTitle(toks, at: out[k].from, lexicon)),
                let c = articleBareOffices[key]
            {
                // «معالي وزير الخارجية الأستاذ عادل الجبير» … «وزير الخارجية بدولة قطر» … «وكان معالي
                // وزير الخارجية قد وصل إلى الدوحة»: the press names its own state's holder by the bare
                // title and another state's with the state; a bare title is the first bare holder's.
                country = c
            } else if role == "LEG", let c = articleOffices[ActorStage.legislatureKey], !ActorCode.isIGO(c) {
                // «مجلس الأمة الكويتي» … «كما دان النائب عبدالله العدواني»: a member or officer of
                // a legislature, in an article about one state's, is of that one.
                country = c
            } else if ActorRoles.stateAgents.contains(role) {
                // An actor, not a place where something happened.
                country =
                    out[..<k].last(where: { $0.country != nil && !ActorCode.isIGO($0.code) && !$0.placeOnly && !($0.placeLike && $0.prep != nil) })?.country
                fromSentence = country != nil
            }
            // «أن مجلس الوزراء نوه …»: with no state named before it, the home press's own (a place
            // named near it is not its owner).
            if country == nil, !out[k].homeLast, let home = out[k].home { country = home }
            if country == nil, ActorRoles.locatedByPlace.contains(role) {
                country = placeCountry(near: k, out, toks)
                fromSentence = country != nil
            }
            // «رفع أمير منطقة القصيم التعازي … لأسر الشهداء»: in a sentence that names one state
            // only, a role noun is of that state (its citizens, courts, companies, press).
            if country == nil, role != "UAF", !counterpart, let only {
                country = only
                fromSentence = true
            }
            // «وعبر سمو ولي العهد عن أبلغ التهاني … ولحكومة وشعب سلطنة عُمان»: a bare title after
            // the honorific the home press gives its own (cue home-honorifics), whom only the sentence
            // would give a state, is the home press's (``TitleEntry/home``): another state's holder is
            // written with the state.
            if fromSentence, out[k].person == nil, out[k].from > 0, toks[out[k].from - 1].matches(cues[.homeHonorifics]),
                let id = out[k].title?.id, let home = lexicon.titleByID[id].map({ lexicon.titles[$0] })?.home
            {
                country = home
            }
            // «ورفع السفير آل الشيخ التعازي … إلى مقام عاهل مملكة البحرين»: an ambassador with no
            // state of his own named, whom only the sentence would give one, is posted in it; he is
            // the home press's (``TitleEntry/home`` of a title with no `states:`).
            if fromSentence, let id = out[k].title?.id, id == "ambassador", let t = lexicon.titleByID[id].map({ lexicon.titles[$0] }),
                t.states.isEmpty, let home = t.home
            {
                country = home
            }
            // «وزير الخارجية المصري … لقاءه بسمو ولي العهد»: an office only some states have takes
            // no other state's country; with none of them named, the home press's (``TitleEntry/home``).
            if let id = out[k].title?.id, let t = lexicon.titleByID[id].map({ lexicon.titles[$0] }), !t.states.isEmpty,
                country.map({ !t.states.contains($0) }) ?? true
            {
                // (Not when the sentence names one of those states anywhere: «ولي العهد يصل إلى
                // الأردن» may be Jordan's.)
                country = out.contains(where: { $0.title == nil && $0.country.map(t.states.contains) == true }) ? nil : t.home
            }
            // «وزير التعليم يعزي ذوي …»، «وزير الخارجية يلتقي نظيره الروسي»: a bare minister's title
            // that neither the sentence nor the article gives a state is the home press's
            // (``TitleEntry/home``), unless a name the lexicon does not know is written with it:
            // «وزير الثقافة فلاديمير ميدينسكي»، «وزير حقوق الإنسان عز الدين الاصبحي» are other
            // states' ministers, whom the press names. (A bare ambassador has his own rule above.)
            if country == nil, out[k].person == nil, !out[k].former, let id = out[k].title?.id, id != "ambassador",
                let t = lexicon.titleByID[id].map({ lexicon.titles[$0] }), t.states.isEmpty, let home = t.home,
                !writtenWithUnknownName(out[k], toks, raws)
            {
                country = home
            }
            // «نفذت وزارة الداخلية حكم القتل»، «أشاد … بالضربات التي نفذتها وزارة الداخلية»: a bare
            // ministry nothing gives a state is the home press's, as its bare minister is.
            if country == nil, out[k].homeLast, let home = out[k].home { country = home }
            if let country {
                out[k].country = country
                out[k].code = country + role
                out[k].countryInferred = true
            }
        }
    }

    /// «شن طيران النظام ثلاث غارات»، «قصفت طائرات الحكومة»: forces or aircraft in construct (no
    /// article) with a government's bare name after them are that government's state's forces, one
    /// mention — not the forces and, after them, the government as whom they struck.
    func mergeForcesOfAGovernment(_ out: inout [FoundActor], _ toks: [TokenInfo]) {
        var k = 0
        while k + 1 < out.count {
            let m = out[k]
            let g = out[k + 1]
            if m.role == "MIL", m.title == nil, m.person == nil, !toks[m.from].token.norm.startsWithArticle, m.to - m.from == 1,
                g.from == m.to, g.prep == nil, g.role == "GOV", g.title == nil, g.person == nil, g.to - g.from == 1, !g.placeLike,
                !m.coordinated, !g.coordinated
            {
                out[k].to = g.to
                if let c = g.country {
                    out[k].country = c
                    out[k].code = c + "MIL"
                    out[k].countryInferred = g.countryInferred
                }
                out[k].entries += g.entries
                out.remove(at: k + 1)
            }
            k += 1
        }
    }

    /// The one state that the sentence names, if it names exactly one: named by an actor of its
    /// own (a state, its government, its people), not only by a place, where anything may happen,
    /// by the press, which reports from anywhere, or by an army (an IGO or a group names none).
    func onlyState(_ out: [FoundActor], _ toks: [TokenInfo]) -> String? {
        var only: String?
        var byActor = false
        for a in out where !ActorCode.isIGO(a.code) && !a.reference && !a.nationality {
            guard let c = a.country else { continue }
            // «يستقبل نظيره البنغلاديشي»: a counterpart is of another state than the one he meets.
            if toks[a.from].matches(cues[.counterpartWords]) { return nil }
            if only == nil { only = c } else if only != c { return nil }
            // (Nor by its armed forces, which fight abroad: «متهمين الجنود الأميركيين» names no
            // protester's state. Police, rebels and the rest act at home.)
            if !a.placeLike && !a.placeOnly && !["MED", "MIL"].contains(a.role ?? "") { byActor = true }
        }
        return byActor ? only : nil
    }

    /// «لحكومة وشعب جمهورية تونس»: a role noun in the construct state (no article) coordinated
    /// with another construct noun shares its genitive, the state named right after them (a
    /// state's name, not a nisba: «جنوده وإصابة تسعة عراقيين» is no such phrase).
    func sharedGenitive(_ k: Int, _ out: [FoundActor], _ toks: [TokenInfo]) -> String? {
        let m = out[k]
        guard m.to - m.from == 1, m.to + 1 < toks.count, !toks[m.from].token.norm.startsWithArticle,
            !toks[m.from].analyses.contains(where: \.hasArticle),
            toks[m.to].isWord, toks[m.to].analyses.contains(where: { $0.hasConjunction && !$0.hasArticle }),
            let next = out[(k + 1)...].first, next.from >= m.to, next.from <= m.to + 2, let c = next.country, !ActorCode.isIGO(next.code)
        else { return nil }
        // «لحكومة وشعب جمهورية تونس»: the second construct noun may be an agent of its own, which
        // took the genitive (وشعب جمهورية تونس → TUNCVL); the state named bare otherwise.
        if next.from == m.to { return next.role != nil && !next.countryInferred ? c : nil }
        guard next.prep == nil, next.placeLike, (m.to + 1..<next.from).allSatisfy({ toks[$0].isWord }) else { return nil }
        return c
    }

    /// The country of the place named nearest mention `k` that locates people: a city or region
    /// (placeOnly) wherever it stands (قرب جامعة الموصل); a country name or capital only after a
    /// preposition (elsewhere it may be an actor). (إلى is where one goes; لـ in a quotation is
    /// whom a slogan is for: «الموت لأميركا» locates no one, where «الضاحية الشمالية لأثينا» does.)
    func placeCountry(near k: Int, _ out: [FoundActor], _ toks: [TokenInfo]) -> String? {
        func inQuotation(_ from: Int) -> Bool { toks[..<from].filter { $0.token.norm == "\"" }.count % 2 == 1 }
        let places = out.indices.filter {
            out[$0].placeLike && (out[$0].prep != nil || out[$0].placeOnly) && out[$0].prep != Particle.ila && out[$0].country != nil
                && !(out[$0].prep == Particle.li && inQuotation(out[$0].from))
                && !out[$0].reference
        }
        return places.min(by: { abs($0 - k) < abs($1 - k) }).map { out[$0].country! }
    }

    /// A nisba standing as a noun for people of the country: a masculine plural or dual
    /// (عراقيين، صوماليون، أميركيان) or, after a count, the singular (13 عراقياً). After a count
    /// they are civilians of the country (IRQCVL); otherwise the nationality stands for the country
    /// (الفلسطينيون → PSE). Feminine and singular forms are adjectives of things and stay out, but
    /// for a nationality (سوري الجنسية → SYRCVL).
    func peopleNisba(_ r: Raw, _ toks: [TokenInfo]) -> FoundActor? {
        guard case .nisba(let c) = r.ref, r.analysis.suffix.isEmpty else { return nil }
        let stem = r.analysis.stem
        func isCount(_ k: Int) -> Bool { k >= 0 && toks[k].isCount }
        // 13 عراقياً، عشرات من العراقيين، 150 مدنياً أفغانياً (a count, its noun, the nisba)
        let afterCount = isCount(r.from - 1) || r.from > 1 && (toks[r.from - 1].normWord == Words.min || toks[r.from - 1].isWord) && isCount(r.from - 2)
        let plural = Particle.nisbaPluralEndings.contains { stem.hasSuffix($0) }
        // After a count word in construct the singular is genitive (مليوني لبناني، ألفي فلسطيني).
        let afterCountWord =
            r.from > 0 && toks[r.from - 1].token.kind != .number && toks[r.from - 1].matches(cues[.quantityWords])
            && !toks[r.from - 1].spelled(cues[.approximateCounts])
        // «في المدعو قاسم محمد الهلال (سوري الجنسية)»، «جانيين إثيوبيي الجنسية»: a nisba with no article
        // before «الجنسية» (cue nationality-words) is a person of the state, singular too.
        let nationality = !r.analysis.hasArticle && r.to < toks.count && toks[r.to].matches(cues[.nationalityWords])
        guard
            plural || nationality || afterCount && stem.hasSuffix(Particle.nisbaAccusativeEnding)
                || afterCountWord && stem.hasSuffix(Particle.nisbaEnding) && !r.analysis.hasArticle
        else { return nil }
        let e = lexicon.countries[c]
        let role: String? = afterCount || nationality ? "CVL" : nil
        var m = FoundActor(
            from: r.from, to: nationality ? r.to + 1 : r.to, code: e.code + (role ?? ""), country: e.code, role: role, prep: nil, group: 0,
            coordinated: false,
            placeLike: false, entries: [e.location], title: nil, person: nil, personRoleReason: nil, former: false)
        m.nationality = nationality
        return m
    }

    /// Looks right of `end` (skipping up to `skip` unmatched words) for a nisba or a country / org
    /// in the genitive: the country that an agent or title belongs to.
    func countryModifier(
        _ toks: [TokenInfo], _ raws: [Raw?], from end: Int, skip: Int, throughAgents: Bool = false, throughAdjacentAgent: Bool = false,
        inState: Bool = false, onlyNisba: Bool = false
    )
        -> (country: String?, org: String?, to: Int, entry: String)?
    {
        var j = end
        var skipped = 0
        while j < toks.count {
            // A portfolio may hold an agent's word (وزير الأمن القومي الإسرائيلي): with
            // `throughAgents` it is skipped like any other word of the portfolio; with
            // `throughAdjacentAgent` only an agent in construct right after (مخابرات الجيش اللبناني).
            if throughAgents || throughAdjacentAgent && j == end, let r = raws[j], case .agent = r.ref, r.analysis.attachedPreposition == nil,
                !r.analysis.hasConjunction, skipped + (r.to - r.from) <= skip
            {
                skipped += r.to - r.from
                j = r.to
                continue
            }
            if let r = raws[j] {
                // "مسلحون مقراً للحشد الشعبي": after a skipped noun, لـ belongs to that noun (only
                // «التابعة لـ» passes it on).
                if skipped > 0, r.analysis.attachedPreposition != nil, !toks[j - 1].matches(cues[.belongingWords]) { return nil }
                switch r.ref {
                // «الأمير تركي»، «الأمير الدكتور تركي»: a nisba without the article right after a
                // definite word is no adjective of it (one would agree: «الأمير التركي»), but a name.
                case .nisba
                where j > 0 && !r.analysis.hasArticle && r.analysis.prefix.isEmpty
                    && toks[j - 1].token.norm.startsWithArticle:
                    return nil
                case .nisba(let c): return (lexicon.countries[c].code, nil, r.to, lexicon.countries[c].location)
                // (A definite head takes no genitive, but a state «in» which it is: بمملكة البحرين.)
                case _ where onlyNisba && j == end && !(inState && r.analysis.prefix == Particle.bi): return nil
                case .countryName(let c) where r.analysis.isBareOrLam || inState && r.analysis.prefix == Particle.bi:
                    return (lexicon.countries[c].code, nil, r.to, lexicon.countries[c].location)
                // "أمير منطقة الرياض"، "محافظ البصرة": an office of a city or region is its state's.
                case .capital(let c) where r.analysis.prefix.isEmpty, .place(let c) where r.analysis.prefix.isEmpty:
                    return (lexicon.countries[c].code, nil, r.to, lexicon.countries[c].location)
                case .organisation(let o) where r.analysis.isBareOrLamOrLil:
                    let org = lexicon.organisations[o]
                    return (org.country, org.code, r.to, org.location)
                default: return nil
                }
            }
            // (A trigger verb is never skipped: "مجهولين خطفوا مصوراً فرنسياً" is not French.)
            // (Nor a word that opens a clause: «مصادر بالقوات إن قوات البيشمركة» are two phrases.)
            guard toks[j].isWord, skipped < skip, !toks[j].spelled(cues[.prepositions]),
                !hasVerbReading(toks[j]), !toks[j].matches(cues[.clauseWords]),
                !toks[j].matches(cues[.quantityWords]),
                !(toks[j].analyses.last ?? toks[j].analyses[0]).hasConjunction || toks[j].analyses.count == 1
            else { return nil }
            skipped += 1
            j += 1
        }
        return nil
    }

    /// The one person who holds `office` (of `country`, when the mention names it) on `date` and
    /// one of whose names ends with `surname`; nil when none or several do, or with no date.
    func officeHolder(_ office: String, country: String?, surname: Word, date: CalendarDay?) -> Int? {
        guard let date, let people = lexicon.peopleByOffice[office] else { return nil }
        var found: Int?
        for p in people {
            let person = lexicon.people[p]
            guard person.roles.contains(where: { $0.office == office && $0.holds(on: date) && (country == nil || $0.country == country) }),
                person.names.contains(where: { ArabicNormalizer.normalize($0).split(separator: " ").last.map { Word(String($0)) == surname } ?? false })
            else { continue }
            if found != nil && found != p { return nil }
            found = p
        }
        return found
    }

    func personActor(_ p: Int, from: Int, to: Int, date: CalendarDay?) -> FoundActor? {
        let person = lexicon.people[p]
        guard let (role, reason) = person.role(on: date) else { return nil }
        return FoundActor(
            from: from, to: to, code: role.code, country: role.country, role: ActorCode.role(of: role.code), prep: nil, group: 0,
            coordinated: false, placeLike: false, entries: [person.location, role.location], title: nil, person: p,
            personRoleReason: reason, former: false)
    }

    func build(_ r: Raw, _ toks: [TokenInfo], _ raws: [Raw?], date: CalendarDay?) -> FoundActor? {
        func base(_ code: String, _ country: String?, _ role: String?, _ to: Int, _ entry: String, placeLike: Bool = false) -> FoundActor {
            FoundActor(
                from: r.from, to: to, code: code, country: country, role: role, prep: nil, group: 0, coordinated: false,
                placeLike: placeLike, entries: [entry], title: nil, person: nil, personRoleReason: nil, former: false)
        }
        switch r.ref {
        case .countryName(let c):
            let e = lexicon.countries[c]
            var m = base(e.code, e.code, nil, r.to, e.location, placeLike: true)
            m.placeKey = (r.keyText, .country, c)
            return m
        case .capital(let c):
            let e = lexicon.countries[c]
            var m = base(e.code, e.code, nil, r.to, e.location, placeLike: true)
            m.placeKey = (r.keyText, .capital, c)
            return m
        case .place(let c):
            let e = lexicon.countries[c]
            var m = base(e.code, e.code, nil, r.to, e.location, placeLike: true)
            m.placeOnly = true
            m.placeKey = (r.keyText, .place, c)
            return m
        case .seat(let c):
            let e = lexicon.countries[c]
            return base(e.code + "GOV", e.code, "GOV", r.to, e.location)
        case .nisba:
            return nil
        case .organisation(let o):
            let e = lexicon.organisations[o]
            let m = base(e.code, e.country ?? ActorCode.country(of: e.code), ActorCode.role(of: e.code), r.to, e.location)
            // "الأمين العام للأمم المتحدة بان كي مون": a name may follow an office of an organisation.
            let officeHead = toks[r.from].readings.actorHits.contains { if case .title = $0.phrase.ref { return true } else { return false } }
            return attachPerson(m, toks, raws, date: date, nameScan: officeHead)
        case .person(let p), .personShort(let p):
            // "أحمد المرزوقي" is not المنصف المرزوقي: a first name written before the name must be
            // one of the person's.
            if r.from > 0, !firstNameAgrees(p, toks, raws, before: r.from) { return nil }
            let q = datedPerson(p, r, toks, date: date)
            // «فهد بن عبدالعزيز بن معمر محافظ الطائف»: a further patronymic after a name the lexicon
            // knows makes it another man's name, when the man it knows held no office that day
            // (King Fahd died in 2005). (One in office keeps it: his lexicon names may stop short of
            // his grandfather's.)
            if let date, Self.furtherPatronymic(toks, at: r.to), !lexicon.people[q].roles.contains(where: { $0.holds(on: date) }) {
                return nil
            }
            return personActor(q, from: r.from, to: r.to, date: date)
        case .agent(let a):
            let e = lexicon.agents[a]
            var m = base(e.role, nil, e.role, r.to, e.location)
            m.instrument = e.instrument
            m.home = e.home
            m.homeLast = e.homeLast
            // (An agent in construct with another and its nisba is that state's: مخابرات الجيش اللبناني → LBNSPY.)
            // (Only a head that can stand in construct: not definite, not a sound plural with its ن:
            // «مخابرات الجيش»، not «مسلحون القنصل».)
            let head = toks[r.to - 1].token.norm
            let construct = !head.startsWithArticle && !Particle.soundPluralEndings.contains(where: head.hasSuffix)
            // A definite head takes no genitive right after it, only an adjective: «مجلس الوزراء
            // جمهورية مصر» is the cabinet and its object, «الحكومة المصرية» Egypt's government.
            // («مجلس الوزراء بمملكة البحرين»: an institution the press names bare for its own state
            // is another's «in» that state, as an office is.)
            if let mod = countryModifier(
                toks, raws, from: r.to, skip: 2, throughAdjacentAgent: construct, inState: e.home != nil, onlyNisba: head.startsWithArticle)
            {
                if let org = mod.org {
                    m.code = org
                    m.country = mod.country
                    m.role = ActorCode.role(of: org)
                } else if let c = mod.country {
                    m.code = c + e.role
                    m.country = c
                }
                m.to = mod.to
                m.entries.append(mod.entry)
            } else if r.to + 1 < toks.count, toks[r.to].normWord == Words.min, let r2 = raws[r.to + 1],
                let inner = build(r2, toks, raws, date: date),
                ["GOV", "CVL"].contains(e.role) || (inner.country != nil && inner.role != nil)
                    // «مقاتلين من تنظيم داعش»: fighters of an armed group are the group's.
                    || ["REB", "UAF"].contains(e.role) && inner.code.hasPrefix("IMG")
            {
                // وفد من الكونغرس الأميركي → the body the delegation comes from.
                var m2 = inner
                m2.from = r.from
                m2.entries = m.entries + inner.entries
                // «محادثات مع مسؤولين من الولايات المتحدة»، «اعتقلت مواطنين من مخيم عايدة»: people
                // from a state named bare are its agents of their kind (USAGOV), not the state;
                // civilians from a town its state's civilians. (Not a delegation from a town, «وفد من
                // عنيزة», no government's.)
                if inner.role == nil, inner.person == nil, inner.title == nil, let c = inner.country, inner.code == c,
                    e.role == "CVL" || !inner.placeOnly
                {
                    m2.code = c + e.role
                    m2.role = e.role
                    m2.placeLike = false
                    m2.placeOnly = false
                }
                return m2
            }
            return attachPerson(m, toks, raws, date: date)
        case .title(let t):
            let e = lexicon.titles[t]
            // "رئيس النادي"، "رئيس التيار الوطني الحر"، "زعيم شبكة حقاني": a title governed by an
            // organisation the lexicon does not know is that organisation's office, no state's.
            // (Past its board: «رئيس مجلس إدارة الشركة».)
            let head = r.to + 1 < toks.count && raws[r.to] == nil && toks[r.to].normWord == Word("مجلس") ? r.to + 1 : r.to
            if head < toks.count, raws[head] == nil, toks[head].matches(cues[.organisationHeads]) { return nil }
            var m = base(e.role, nil, e.role, r.to, e.location)
            // "مساعد وزير الخارجية الإيراني"، "النائب الثاني لرئيس مجلس الوزراء": a deputy holds
            // another office than the title names: the state's, not that one.
            let deputy = r.from > 0 && (toks[r.from - 1].matches(cues[.deputyWords]) || r.from > 1 && toks[r.from - 2].matches(cues[.deputyWords]))
            var officeCountry: String?
            var headOfOrganisation = false
            // The bare «وزير» is followed by its portfolio, up to three words (وزير التعليم العالي
            // العراقي، وزير الأمن القومي الإسرائيلي); a named office by one at most.
            let portfolio = e.id == "minister"
            // «وزير الداخلية بمملكة البحرين»: an office «in» a state is that state's, but for an
            // envoy, who serves in another's (سفير … بدولة الكويت).
            let inState = !Self.envoyTitles.contains(e.id)
            if let mod = countryModifier(toks, raws, from: r.to, skip: portfolio ? 3 : 1, throughAgents: portfolio, inState: inState) {
                if let org = mod.org {
                    m.code = org
                    m.country = mod.country
                    m.role = ActorCode.role(of: org)
                    headOfOrganisation = true
                } else if let c = mod.country {
                    m.code = c + e.role
                    m.country = c
                    officeCountry = c
                }
                m.to = mod.to
                m.entries.append(mod.entry)
            } else if !Self.envoyTitles.contains(e.id), !deputy, r.to < toks.count, let r2 = raws[r.to], case .agent = r2.ref,
                r2.analysis.attachedPreposition == Particle.li, !r2.analysis.hasConjunction, var inner = build(r2, toks, raws, date: date)
            {
                // «الأمين العام لمجلس الشورى»، «القائد العام للقوات المسلحة»: a head's title that
                // governs a body by لـ is that body's office (SAULEG), not the state's with the body
                // for a partner (it was SAUGOV, and the council the target of his condemnation).
                inner.from = r.from
                inner.entries = m.entries + inner.entries
                return attachPerson(inner, toks, raws, date: date)
            }
            // («رئيس الائتلاف الوطني السوري» heads the coalition: no office of the state.)
            m.title = deputy ? nil : (e.id, headOfOrganisation ? nil : officeCountry ?? m.country)
            if m.to < toks.count, toks[m.to].spelled(cues[.formerWords]) {
                m.former = true
                m.to += 1
                if let c = m.country {
                    m.code = c + "ELI"
                    m.role = "ELI"
                }
            }
            var out = attachPerson(m, toks, raws, date: date)
            if out.country == nil, out.person == nil, !deputy, !out.former, let c = e.country {
                // «ولي ولي العهد»: an office only one state has is that state's without its nisba.
                out.code = c + (out.role ?? e.role)
                out.country = c
                out.title = (e.id, c)
                out.entries.append(e.location)
            }
            return out
        }
    }

    /// Words after a title that look like a name not in the lexicon (محمد السادس، بيدرو سانشيز).
    /// Whether a chain of names continues at `k`: a link (بن، آل) before a name, or a name after one.
    func chainGoesOn(_ toks: [TokenInfo], _ raws: [Raw?], at k: Int) -> Bool {
        guard k < toks.count, k - 1 >= 0 else { return false }
        if toks[k].matches(cues[.patronymicWords]) { return nameLike(toks, raws, k + 1) }
        return toks[k - 1].matches(cues[.patronymicWords])
    }

    func nameLike(_ toks: [TokenInfo], _ raws: [Raw?], _ j: Int) -> Bool {
        guard j < toks.count, toks[j].isWord, raws[j] == nil else { return false }
        let n = toks[j].token.norm
        if toks[j].spelled(cues[.notName]) || toks[j].spelled(cues[.prepositions]) { return false }
        if blocked.contains(j) { return false }
        let r = toks[j].readings
        if !r.verbHits.isEmpty || !r.nounHits.isEmpty { return false }
        if toks[j].analyses.contains(where: \.hasConjunction) && n.startsWithConjoinedArticle { return false }
        // "وصاحب السمو …"، "لصاحب السمو …"، "وسمو ولي العهد": a conjunction or a preposition on an
        // honorific, a function word or an actor's word starts another phrase, not a name.
        if toks[j].analyses.contains(where: { a in
            (a.hasConjunction || a.attachedPreposition != nil) && !a.prefix.isEmpty && startsAnotherPhrase(Word(a.stem))
        }) {
            return false
        }
        // A noun with a possessive pronoun (استعداده، بلاده) is not a name; names in الله are.
        if !n.hasSuffix(Particle.allah), toks[j].analyses.contains(where: { Particle.thirdPersonSuffixes.contains($0.suffix) && $0.stem.count >= 4 }) {
            return false
        }
        return true
    }

    /// Whether the word right before a person's name, when it looks like a first name (an unknown
    /// word, not an honorific), is one of the words of the person's names.
    /// Asked only in a name's slot: the candidate first name itself follows a title, an honorific,
    /// a former-holder word or an organisation's noun («رئيس النادي فلورنتينو بيريز»، «الأمير محمد
    /// نايف بن عبدالعزيز»).
    func firstNameAgrees(_ p: Int, _ toks: [TokenInfo], _ raws: [Raw?], before i: Int) -> Bool {
        let j = i - 1
        guard j >= 1, nameLike(toks, raws, j), honorificLength(toks, at: j) == nil, honorificEnding(toks, at: j) == nil,
            !toks[j].matches(cues[.formerWords])
        else { return true }
        let k = j - 1
        var slot = honorificEnding(toks, at: k) != nil || toks[k].matches(cues[.formerWords]) || toks[k].matches(cues[.organisationHeads])
        if let r = raws.prefix(k + 1).last(where: { $0 != nil }) ?? nil, r.to == k + 1, case .title = r.ref { slot = true }
        guard slot else { return true }
        let words = Set(
            lexicon.people[p].names.flatMap { Lexicon.nameSpellings(ArabicNormalizer.normalize($0)) }.flatMap { $0.split(separator: " ") }.map {
                Word(String($0))
            })
        return words.contains(toks[j].normWord)
    }

    /// Whether a patronymic («بن»، «ابن»، «بنت» and a name) starts at token `k`.
    static func furtherPatronymic(_ toks: [TokenInfo], at k: Int) -> Bool {
        guard k + 1 < toks.count, toks[k + 1].isWord else { return false }
        return ["بن", "ابن", "بنت"].contains(toks[k].normWord.text)
    }

    /// Whether a word begins an honorific, a function word's phrase or an actor's name.
    func startsAnotherPhrase(_ w: Word) -> Bool {
        let h = cues[.honorifics]
        return h.contains(w) || h.phrases.contains { $0.first == w } || cues[.notName].contains(w) || !lexicon.actorIndex.phrases(startingWith: w).isEmpty
    }

    /// Whether a word is an honorific of one word (فخامه، سمو، معالي).
    func honorific(_ w: Word) -> Bool { cues[.honorifics].contains(w) }

    /// Whether a word is an honorific or opens one (صاحب of «صاحب السمو الملكي»).
    func opensHonorific(_ w: Word) -> Bool { honorific(w) || cues[.honorifics].phrases.contains { $0.first == w } }

    /// The length of an honorific ending at token `j` (with a preposition attached to its first
    /// word: لفخامة، لسمو), or nil.
    func honorificEnding(_ toks: [TokenInfo], at j: Int) -> Int? {
        let h = cues[.honorifics]
        func word(_ t: TokenInfo) -> Bool { h.contains(t.normWord) || t.analyses.contains { $0.attachedPreposition != nil && h.contains(Word($0.stem)) } }
        var best = word(toks[j]) ? 1 : nil
        for p in h.phrases where p.count <= j + 1 && p.count > (best ?? 0) {
            let s = j - p.count + 1
            if (1..<p.count).allSatisfy({ toks[s + $0].normWord == p[$0] }) && (toks[s].normWord == p[0] || toks[s].analyses.contains { Word($0.stem) == p[0] })
            {
                best = p.count
            }
        }
        return best
    }

    /// The length of an honorific at token `j` (الأمير، الشيخ، معالي، صاحب السمو الملكي), or nil.
    func honorificLength(_ toks: [TokenInfo], at j: Int) -> Int? {
        let h = cues[.honorifics]
        var best = h.contains(toks[j].normWord) ? 1 : nil
        for p in h.phrases where j + p.count <= toks.count && p.count > (best ?? 0) {
            if p.indices.allSatisfy({ toks[j + $0].normWord == p[$0] }) { best = p.count }
        }
        return best
    }

    func attachPerson(_ m: FoundActor, _ toks: [TokenInfo], _ raws: [Raw?], date: CalendarDay?, nameScan: Bool = false) -> FoundActor {
        var m = m
        var j = m.to
        var hops = 0
        var scannedName = false
        // (Where the mention ended before an honorific skipped after it: «ملك البحرين الأمير …».)
        var beforeHonorific: Int?
        while j < toks.count, hops < 3 {
            if let r = raws[j] {
                switch r.ref {
                case .person(let p), .personShort(let p):
                    // ("رئيس النادي فلورنتينو بيريز": a first name not the person's is someone else.)
                    guard r.analysis.prefix.isEmpty, !scannedName || firstNameAgrees(p, toks, raws, before: r.from),
                        var pm = personActor(datedPerson(p, r, toks, date: date), from: m.from, to: r.to, date: date)
                    else { return m }
                    // «وزير الدولة للشؤون الخارجية الإسباني إجناثيو إبنياس روبيو»: a title whose state
                    // the mention names keeps it; a person of the lexicon of another state whose name
                    // ends the same is a namesake (not an IGO's title: «الأمين العام للأمم المتحدة بان
                    // كي مون» is a Korean's).
                    if m.title != nil, let own = m.country, !ActorCode.isIGO(m.code), let pc = pm.country, pc != own {
                        if scannedName || r.from > m.to {
                            m.to = r.to
                            return m
                        }
                        // «ونعى ملك البحرين الأمير سعود الفيصل»، «استقبل الرئيس المصري عادل الجبير»: a
                        // person of the lexicon named whole right after a title of another state is
                        // another actor, the object after the subject (not a namesake: no unknown
                        // name stands between them).
                        if case .person = r.ref, !m.countryInferred, ActorRoles.stateAgents.contains(m.role ?? "") {
                            if let b = beforeHonorific { m.to = b }
                            return m
                        }
                    }
                    pm.title = m.title
                    pm.former = m.former
                    pm.entries = m.entries + pm.entries
                    if m.former, let c = pm.country {
                        pm.code = c + "ELI"
                        pm.role = "ELI"
                    }
                    if ActorCode.isIGO(m.code) && !ActorCode.isIGO(pm.code) { return m }
                    // «قوات الأسد»، «طائرات الأسد»: the forces of a head of state or government are
                    // his state's military, not the man (a rebel leader's stay his group's).
                    if m.title == nil, m.person == nil, m.role == "MIL", let c = pm.country, ["GOV", "ELI", "MIL"].contains(pm.role ?? "") {
                        pm.code = c + "MIL"
                        pm.role = "MIL"
                        pm.person = nil
                    }
                    return pm
                case .title where r.analysis.prefix.isEmpty:
                    // An appositive title (العاهل المغربي الملك …) belongs to the same mention, but
                    // a title of another country is another actor: the guest after the host
                    // (استقبل العاهل الأردني وزير الخارجية الفرنسي).
                    let other = countryModifier(toks, raws, from: r.to, skip: 1)
                    if let own = m.country, let oc = other?.country, oc != own { return m }
                    // "الرئيس إدريس ديبي إتنو رئيس جمهورية تشاد": after a name, a title of a country
                    // gives the whole chain its country. (With no name between, "الرئيس وزير الخارجية
                    // الفرنسي" is two actors.)
                    if m.country == nil, let other, let oc = other.country, other.org == nil {
                        guard scannedName || m.person != nil else { return m }
                        m.country = oc
                        m.code = oc + (m.role ?? "")
                        m.title = m.title.map { ($0.id, oc) }
                        m.entries.append(other.entry)
                        j = other.to
                        m.to = j
                        hops += 1
                        continue
                    }
                    j = r.to
                    m.to = j
                    hops += 1
                    continue
                default:
                    return m
                }
            }
            // Skip an honorific (الأمير، الشيخ، الملك when not a title in the lexicon), nothing else.
            if let n = honorificLength(toks, at: j) {
                if beforeHonorific == nil { beforeHonorific = m.to }
                j += n
                m.to = j
                hops += 1
                continue
            }
            // A name the lexicon does not know, written after a title: up to four words.
            if (m.title != nil || nameScan) && !scannedName {
                var k = j
                // (Past four words only while the chain goes on by links: «فيصل بن مشعل بن سعود بن
                // عبدالعزيز».)
                while k < toks.count, k - j < 4 || chainGoesOn(toks, raws, at: k), nameLike(toks, raws, k) { k += 1 }
                if k > j {
                    // «الرئيس روحاني»، «الرئيس هادي»: a surname too common to be a short form alone
                    // names the one holder of the title's office on the day whose name ends so.
                    if m.person == nil, let t = m.title, let p = officeHolder(t.id, country: m.country, surname: toks[k - 1].normWord, date: date),
                        var pm = personActor(p, from: m.from, to: k, date: date)
                    {
                        pm.title = m.title
                        pm.entries = m.entries + pm.entries
                        pm.personRoleReason = "the holder of \(t.id) on the day named «\(toks[k - 1].token.text)»; " + (pm.personRoleReason ?? "")
                        return pm
                    }
                    m.to = k
                    j = k
                    scannedName = true
                    continue
                }
            }
            return m
        }
        return m
    }
}
