import ArabicText
import Lexicon

/// A token with its clitic analyses and the lookup forms they give.
struct TokenInfo {
    let token: Token
    let analyses: [CliticAnalysis]
    /// (form to look up, analysis) pairs: the stem, and ال+stem when the analysis had an article.
    let forms: [(Word, CliticAnalysis)]
    /// The normalised token as a byte-compared word.
    let normWord: Word
    /// The stem of the most segmented analysis.
    let lastStem: Word
    var isWord: Bool { token.kind == .word }
    /// A number or a count word (ثلاثة، عشرات، مئات).
    var isCount: Bool { token.kind == .number || matches(ActorMentionFinder.quantityWords) }

    init(_ token: Token) {
        self.token = token
        normWord = Word(token.norm)
        if token.kind == .word {
            let r = AnalysisCache.shared.readings(of: normWord)
            analyses = r.analyses
            lastStem = r.lastStem
            forms = r.forms
        } else {
            analyses = []
            lastStem = normWord
            forms = [(normWord, CliticAnalysis(prefix: "", stem: token.norm, suffix: "", hasArticle: false))]
        }
    }

    /// Whether the token, or one of its stems, is in the set.
    func matches(_ set: Set<Word>) -> Bool { set.contains(normWord) || set.contains(lastStem) }
    /// Whether the word or the stem of any of its clitic readings is in `set` (لمطالبة → مطالبه).
    func matchesAnyReading(_ set: Set<Word>) -> Bool { set.contains(normWord) || analyses.contains { set.contains(Word($0.stem)) } }

    /// The preposition attached as a clitic (ب ل ك), normalised, or nil.
    static func attachedPreposition(_ a: CliticAnalysis) -> String? {
        var p = a.prefix
        if p.hasPrefix("و") || p.hasPrefix("ف") { p.removeFirst() }
        if p.hasPrefix("لل") { return "ل" }
        if p.hasPrefix("ب") { return "ب" }
        if p.hasPrefix("ل") { return "ل" }
        if p.hasPrefix("ك") { return "ك" }
        return nil
    }

    static func hasConjunction(_ a: CliticAnalysis) -> Bool { a.prefix.hasPrefix("و") || a.prefix.hasPrefix("ف") }
}

/// One actor found in a sentence, resolved to a CAMEO code.
struct FoundActor {
    var from: Int
    var to: Int
    var code: String
    var country: String?
    var role: String?
    /// The governing preposition (normalised), nil when the mention is a bare noun phrase.
    var prep: String?
    /// Index of the coordination group (X و Y share a group).
    var group: Int
    /// Joined to the previous mention by و.
    var coordinated: Bool
    /// A country name or capital: may be a place rather than an actor.
    var placeLike: Bool
    /// A city or region: only ever a place.
    var placeOnly = false
    /// A place named as a reference point, not where something happens (أفغانستان المجاورة،
    /// المحاذية لأفغانستان): it locates nothing.
    var reference = false
    var entries: [String]
    /// The title written with it and the office's country, for role checks.
    var title: (id: String, country: String?)?
    var person: Int?
    var personRoleReason: String?
    /// A title used as a past office ("الرئيس السابق").
    var former: Bool
}

/// Finds actor mentions: countries, nisba adjectives, capitals and seats, organisations,
/// agents combined with a country, titles bound to people, people by date.
struct ActorMentionFinder {
    let lexicon: Lexicon
    /// Tokens that cannot be part of a name (inside date expressions).
    var blocked: Set<Int> = []

    static let prepositionWords: Set<Word> = [
        "في", "من", "الي", "علي", "عن", "مع", "ضد", "لدي", "بين", "حول", "عند", "بحق", "تجاه", "نحو", "خلال",
        "منذ", "قرب", "امام", "داخل", "خارج", "عبر", "فوق", "تحت", "بعد", "قبل", "دون", "لصالح", "باتجاه",
        "ازاء", "حيال", "برعايه", "بمشاركه", "بحضور", "وسط", "شمال", "جنوب", "شرق", "غرب", "شمالي", "جنوبي",
        "شرقي", "غربي", "ضمن", "بواسطه", "بقياده", "يد", "ايدي", "قبل", "بحسب", "حسب", "وفق",
    ]
    /// Words that situate a place by its neighbour (المجاورة، المحاذية لـ، المتاخمة لـ، القريبة من).
    static let neighbourWords: Set<Word> = [
        "المجاوره", "المجاور", "المجاورين", "مجاوره", "المحاذيه", "المحاذي", "محاذيه", "المتاخمه", "المتاخم", "متاخمه",
        "القريبه", "القريب", "قريبه", "الحدوديه", "المتاخمتين",
    ]
    /// Adjectives that make a role noun foreign to the place it is in (القوات الأجنبية).
    static let foreignWords: Set<Word> = ["الاجنبيه", "الاجنبي", "الاجانب", "اجنبيه", "اجنبي", "الدوليه", "الدولي", "الدوليين", "المتعدده"]
    /// Words naming a prayer or its call: the country name after them is the hour (صلاة المغرب).
    static let prayerWords: Set<Word> = ["صلاه", "الصلاه", "صلاتي", "اذان", "الاذان", "صلوات"]
    static let placeNouns: Set<Word> = ["مدينه", "محافظه", "ولايه", "بلده", "مخيم", "حي", "قضاء", "منطقه", "قريه", "اقليم", "العاصمه", "ريف"]
    /// Number words and quantities: a count opens a new noun phrase (مسلحون ثلاثة مهندسين), so a
    /// country modifier is never looked for across one.
    static let quantityWords: Set<Word> = [
        "واحد", "اثنان", "اثنين", "ثلاث", "ثلاثه", "اربع", "اربعه", "خمس", "خمسه", "ست", "سته", "سبع", "سبعه", "ثماني", "ثمانيه",
        "تسع", "تسعه", "عشر", "عشره", "عشرون", "عشرين", "ثلاثون", "ثلاثين", "اربعون", "اربعين", "خمسون", "خمسين", "مئه", "مائه",
        "مئات", "الاف", "الف", "الفا", "الفي", "الفين", "عشرات", "نحو", "حوالي", "قرابه", "بضعه", "عدد", "مليون", "مليونا", "مليوني",
        "مليونين", "ملايين",
    ]
    /// Words that head a part of a group before partitive من (عناصر من، أفراد من، اثنين من).
    static let partitiveHeads: Set<Word> = [
        "عناصر", "افراد", "اعضاء", "احد", "احدي", "بعض", "العديد", "عشرات", "مئات", "الاف", "اثنين", "اثنان", "ثلاثه", "اربعه", "خمسه",
    ]
    /// Words of an approximate count (أكثر من، نحو، قرابة).
    static let approximationWords: Set<Word> = ["اكثر", "اقل", "من", "نحو", "حوالي", "قرابه", "زهاء"]
    /// Prepositions that, before a count, govern the people counted (على أكثر من عشرين ألف أسرة).
    static let countGoverningPrepositions: Set<Word> = ["علي", "الي", "مع", "ضد"]
    /// "تابعة لـ": the following state owns the preceding role noun.
    static let belongingWords: Set<Word> = ["تابعه", "التابعه", "تابع", "التابع", "تابعين", "التابعين"]
    static let formerWords: Set<Word> = ["السابق", "السابقه", "الاسبق", "الراحل", "الراحله", "المخلوع", "المعزول", "السابقين"]

    struct Raw {
        let ref: ActorRef
        let from: Int
        let to: Int
        let analysis: CliticAnalysis
    }

    /// Longest actor phrase starting at token i.
    func rawMatch(_ toks: [TokenInfo], at i: Int) -> Raw? {
        var best: Raw?
        // With no noun before it to qualify — after a verb, a preposition, punctuation, or at the
        // start — a word that is both a nisba and a country name is the name (اتفقت السعودية وإيران).
        // (Asked only when two readings of the same length compete.)
        lazy var nothingToQualify = i == 0 || !toks[i - 1].isWord || ActorMentionFinder.prepositionWords.contains(toks[i - 1].normWord)
            || hasVerbReading(toks[i - 1])
        for (form, a) in toks[i].forms {
            for ph in lexicon.actorIndex.phrases(startingWith: form) {
                let n = ph.words.count
                if best.map({ $0.to - $0.from > n }) ?? false { continue }
                guard i + n <= toks.count else { continue }
                if n > 1 && !a.suffix.isEmpty { continue }
                var ok = true
                for k in 1..<max(n, 1) where k < n {
                    if toks[i + k].normWord != ph.words[k] { ok = false; break }
                }
                if ok {
                    // A name never takes the article: «المؤدي» is not «مودي».
                    if a.hasArticle, form == Word(a.stem) {
                        switch ph.ref {
                        case .person, .personShort: continue
                        default: break
                        }
                    }
                    // Nisba and role nouns may take a pronoun suffix only when they are agents (نظيره).
                    if !a.suffix.isEmpty {
                        if case .agent = ph.ref {} else { continue }
                    }
                    let cand = Raw(ref: ph.ref, from: i, to: i + n, analysis: a)
                    if let b = best, b.to - b.from == n {
                        let nameFirst = !TokenInfo.hasConjunction(a) && nothingToQualify
                        if rank(b, nameFirst: nameFirst) >= rank(cand, nameFirst: nameFirst) { continue }
                    }
                    best = cand
                }
            }
        }
        return best
    }

    /// Whether a reading of the token without the article is a trigger verb of the lexicon.
    func hasVerbReading(_ t: TokenInfo) -> Bool { t.forms.contains { !$0.1.hasArticle && lexicon.verbIndex[$0.0] != nil } }

    /// Between two readings of the same words: with the article, a word that is both a nisba and a
    /// country name (السورية) is the adjective; without it, the name (سورية).
    func rank(_ r: Raw, nameFirst: Bool = false) -> Int {
        switch r.ref {
        case .nisba: return r.analysis.hasArticle && !nameFirst ? 3 : 1
        case .countryName: return r.analysis.hasArticle && !nameFirst ? 1 : 2
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
        var raws: [Raw?] = Array(repeating: nil, count: toks.count)
        var i = 0
        while i < toks.count {
            if toks[i].isWord, let r = rawMatch(toks, at: i) {
                raws[i] = r
                i = r.to
            } else {
                i += 1
            }
        }
        var out: [FoundActor] = []
        // Coordinated nisba adjectives share the head: مقاتلات أميركية وبريطانية → USAMIL, GBRMIL.
        func coordinate(_ m: FoundActor, _ i: inout Int) {
            while i < toks.count, let r2 = raws[i], TokenInfo.hasConjunction(r2.analysis), let role = m.role, m.country != nil,
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
        var groupNo = 0
        i = 0
        while i < toks.count {
            guard let r = raws[i] else { i += 1; continue }
            // "الشارع الرئيس"، "السبب الرئيس"، "الحزبين الرئيسين": after a definite noun that names no
            // actor, الرئيس is the adjective "main", not the president (السيد الرئيس keeps its honorific).
            if case .title = r.ref, r.to - r.from == 1, ["الرئيس", "الرئيسه", "الرئيسين", "الرئيسان"].contains(toks[i].token.norm), i > 0, raws[i - 1] == nil,
                toks[i - 1].isWord, toks[i - 1].token.norm.hasPrefix("ال"), !["السيد", "السيده"].contains(toks[i - 1].token.norm),
                !(i > 1 && raws[i - 2] != nil && raws[i - 2]!.to == i - 1)
            {
                i = r.to
                continue
            }
            // "صلاة المغرب"، "أذان المغرب": the prayer's hour, not Morocco.
            if case .countryName = r.ref, i > 0, toks[i - 1].matches(ActorMentionFinder.prayerWords) { i = r.to; continue }
            guard var m = build(r, toks, raws, date: date) ?? peopleNisba(r, toks) else { i = r.to; continue }
            // Preposition: attached clitic, or a preposition word just before.
            m.prep = TokenInfo.attachedPreposition(r.analysis)
            // "في مدينة الموصل": a place noun between the preposition and the place is skipped, and
            // with it a nisba of the place's own country (في العاصمة الباكستانية إسلام آباد).
            var before = i - 1
            if m.placeOnly || m.placeLike, before > 1, let n = raws[before], n.to == i, case .nisba(let c) = n.ref,
                lexicon.countries[c].code == m.country, toks[before - 1].matches(ActorMentionFinder.placeNouns)
            {
                before -= 1
            }
            if m.placeOnly || m.placeLike, before > 0, toks[before].matches(ActorMentionFinder.placeNouns) {
                if let p = toks[before].analyses.lazy.compactMap(TokenInfo.attachedPreposition).first { m.prep = p }
                before -= 1
            }
            if m.prep == nil, before >= 0 {
                let i = before + 1
                let prev = toks[i - 1].token.norm
                let prevStem = toks[i - 1].analyses.first { TokenInfo.hasConjunction($0) && $0.prefix.count == 1 }?.stem
                if ActorMentionFinder.prepositionWords.contains(Word(prev)) { m.prep = prev }
                else if let s = prevStem, ActorMentionFinder.prepositionWords.contains(Word(s)) { m.prep = s }
                if prev == "يد" || prev == "ايدي" || prev == "قبل", i > 1 {
                    m.prep = toks[i - 2].token.norm + " " + (prev == "ايدي" ? "يد" : prev)  // على يد، على أيدي، من قبل
                }
                // Partitive من after a count (العشرات من المستوطنين، 23 من الكوريين، ثلاثة من
                // عناصر …): the count and its group are one noun phrase, the group is its head.
                if m.prep == "من", i > 1, !m.placeOnly, !m.placeLike, m.person == nil,
                    toks[i - 2].isCount
                        || toks[i - 2].matches(ActorMentionFinder.partitiveHeads)
                        // a count, its noun, then من (150 متمرداً من طالبان): the group is still the head
                        || i > 2 && toks[i - 2].isWord && toks[i - 3].isCount
                            && !(out.last.map { $0.to == i - 1 && $0.country != nil } ?? false)
                {
                    m.prep = nil
                }
            }
            // "على أكثر من عشرين ألف أسرة"، "لنحو 300 لاجئ": a preposition before a count governs the
            // counted people.
            if m.prep == nil, !m.placeOnly, !m.placeLike, i > 1 {
                var k = i - 1
                while k >= 0, k > i - 7, toks[k].isCount || ActorMentionFinder.approximationWords.contains(toks[k].normWord)
                { k -= 1 }
                if k >= 0, k < i - 1, toks[k + 1].normWord != "من" {
                    if ActorMentionFinder.countGoverningPrepositions.contains(toks[k].normWord) {
                        m.prep = toks[k].token.norm
                    } else if let a = toks[k].analyses.first(where: { TokenInfo.attachedPreposition($0) != nil && ActorMentionFinder.approximationWords.contains(Word($0.stem)) }) {
                        m.prep = TokenInfo.attachedPreposition(a)
                    }
                }
            }
            let conj = TokenInfo.hasConjunction(r.analysis)
            // A quantity and its noun (مئات المحتجين، عشرات المواطنين) are one mention.
            if !conj, m.prep == nil, let last = out.last, last.to == i, let role = m.role, last.role == role, ["CVL", "REF", "GOV", "MIL", "COP", "UAF", "REB"].contains(role),
                last.country == m.country || last.country == nil, !last.code.hasPrefix("IGO"), !m.code.hasPrefix("IGO"),
                last.person == nil, m.person == nil, last.title == nil
            {
                out[out.count - 1].to = m.to
                out[out.count - 1].code = m.code
                out[out.count - 1].country = m.country
                i = max(m.to, i + 1)
                // (رئيسا أركان الجيشين المصري والسعودي: the merged head is coordinated too.)
                coordinate(out[out.count - 1], &i)
                continue
            }
            // "دورية للجيش الأميركي"، "طائرة بدون طيار تابعة للقوات الأميركية"، "موكب لسفارة …": a role
            // noun with no country of its own belongs to the state named right after it by لـ.
            if !conj, m.prep == "ل", m.country != nil, !m.placeOnly, !m.placeLike, let last = out.last, last.country == nil,
                let role = last.role, !last.code.hasPrefix("IGO"), last.person == nil,
                last.to == i || (last.to == i - 1 && toks[i - 1].matches(ActorMentionFinder.belongingWords))
            {
                out[out.count - 1].to = m.to
                out[out.count - 1].country = m.country
                out[out.count - 1].code = m.role == nil ? m.country! + role : m.code  // a patrol of the army is the army's
                out[out.count - 1].entries += m.entries
                i = max(m.to, i + 1)
                continue
            }
            // "نشطاء «سرايا القدس»"، "مسلحي حماس"، "عناصر طالبان": people named by a role noun with no
            // country of their own, in construct with an organisation, are its members.
            if !conj, m.prep == nil, m.person == nil, m.title == nil, case .organisation = r.ref, m.country != nil, let last = out.last,
                last.country == nil, last.person == nil, last.title == nil, let role = last.role, ["CVL", "UAF", "MIL", "REB", "OPP"].contains(role),
                last.to == i || (last.to == i - 1 && toks[i - 1].token.kind == .punctuation && ["«", "\""].contains(toks[i - 1].token.norm))
            {
                out[out.count - 1].to = m.to
                out[out.count - 1].code = m.code
                out[out.count - 1].country = m.country
                out[out.count - 1].role = m.role
                out[out.count - 1].entries += m.entries
                i = max(m.to, i + 1)
                continue
            }
            if conj, let last = out.last, last.to == i {
                m.coordinated = true
                m.group = last.group
                if m.prep == nil || m.prep == TokenInfo.attachedPreposition(r.analysis) && m.prep == nil { m.prep = last.prep }
            } else {
                groupNo += 1
                m.group = groupNo
            }
            out.append(m)
            i = max(m.to, i + 1)
            coordinate(m, &i)
        }
        // "المنطقة القبلية المحاذية لأفغانستان"، "القريبة من الحدود مع …": a neighbour named to situate
        // a place is not where things happen. ("في أفغانستان المجاورة لباكستان" is in Afghanistan.)
        for k in out.indices where out[k].placeLike {
            if out[k].from > 0 && toks[out[k].from - 1].matches(ActorMentionFinder.neighbourWords)
                || out[k].from > 1 && toks[out[k].from - 1].normWord == "من" && toks[out[k].from - 2].matches(ActorMentionFinder.neighbourWords)
            {
                out[k].reference = true
            }
        }
        // "تظاهر الآلاف في عمان … رئيس الوزراء الأردني": a word spelled like another state's capital
        // (عمّان / عُمان) is that capital when the sentence names that state otherwise and not this one.
        for k in out.indices where out[k].to - out[k].from == 1 && out[k].placeLike {
            for ci in toks[out[k].from].forms.compactMap({ lexicon.homographCapitalOf[$0.0.text] }) where lexicon.countries[ci].code != out[k].country {
                let c = lexicon.countries[ci]
                // The same spelling again (a dateline «عمان ـ ا ف ب» and «في عمان») is no evidence
                // either way.
                let others = out.indices.filter { j in
                    j != k && !(out[j].to - out[j].from == 1 && out[j].placeLike && toks[out[j].from].forms.contains { lexicon.homographCapitalOf[$0.0.text] == ci })
                }
                guard others.contains(where: { out[$0].country == c.code }), !others.contains(where: { out[$0].country == out[k].country }) else { continue }
                out[k].country = c.code
                out[k].code = c.code
                out[k].entries = [c.location]
                break
            }
        }
        // "الجيش المالي … في باماكو": a role noun with a nisba that is also an everyday word or another
        // state's adjective (مالي "financial", كونغولي) belongs to the homograph's state when the
        // sentence names that state otherwise and not the one the word was read as.
        for k in out.indices where out[k].role != nil && out[k].person == nil && !out[k].code.hasPrefix("IGO") {
            for j in [out[k].to, out[k].to - 1] where j > out[k].from && j < toks.count {
                guard let ci = toks[j].forms.lazy.compactMap({ self.lexicon.homographNisbaOf[$0.0.text] }).first ?? lexicon.homographNisbaOf[toks[j].token.norm]
                else { continue }
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
        // A state named before it existed is a region of the state it was part of («جنوب السودان»
        // in 2008 is southern Sudan): its names and towns locate, its agents belong to that state.
        for k in out.indices {
            guard let c = out[k].country, let ci = lexicon.countryByCode[c], let former = lexicon.countries[ci].formerState(on: date) else { continue }
            out[k].country = former
            if out[k].code == c + (out[k].role ?? "") { out[k].code = former + (out[k].role ?? "") }  // not an organisation's own code
            if out[k].placeLike { out[k].placeOnly = true }
            out[k].entries.append(lexicon.countries[ci].location)
        }
        // "جنود من التحالف الدولي بقيادة الولايات المتحدة"، "السلطات العسكرية بقيادة الجنرال …": a
        // body with no country of its own, led by a state or a person, is that state's.
        for k in out.indices where out[k].country == nil && out[k].role != nil && !out[k].code.hasPrefix("IGO") {
            guard let j = (out[k].to..<min(toks.count, out[k].to + 4)).prefix(while: { toks[$0].isWord }).first(where: { toks[$0].normWord == "بقياده" }),
                let leader = out.first(where: { $0.from > j && $0.from <= j + 3 && $0.country != nil && !$0.placeOnly && !$0.code.hasPrefix("IGO") })
            else { continue }
            out[k].country = leader.country
            out[k].code = leader.country! + out[k].role!
            out[k].entries += leader.entries
        }
        // Role nouns with no country: state agents (government, forces, police) take the nearest
        // earlier country in the sentence; civilians and refugees take the country of a place named
        // after them (في/من + a country or capital); unidentified gunmen stay without one.
        for k in out.indices where out[k].country == nil && out[k].role != nil && !out[k].code.hasPrefix("IGO") {
            // "القوات الأجنبية"، "القوات الدولية": foreign forces are not the country they are in.
            if out[k].to < toks.count, toks[out[k].to].matches(ActorMentionFinder.foreignWords) { continue }
            let role = out[k].role!
            var country: String?
            if out[k].coordinated, let first = out[..<k].first(where: { $0.group == out[k].group }), let c = first.country, !first.code.hasPrefix("IGO") {
                country = c
            } else if ["GOV", "MIL", "COP", "SPY", "LEG", "JUD", "ELI"].contains(role) {
                // An actor, not a place where something happened.
                country = out[..<k].last(where: { $0.country != nil && !$0.code.hasPrefix("IGO") && !$0.placeOnly && !($0.placeLike && $0.prep != nil) })?.country
            }
            if country == nil, ["CVL", "REF", "OPP", "REB", "COP", "MIL", "GOV", "LEG", "ELI"].contains(role) {
                // Located by a place named in the sentence (في نابلس، ببغداد), nearest first.
                // A city or region (placeOnly) locates the sentence wherever it stands (قرب جامعة الموصل);
                // a country name or capital only after a preposition (elsewhere it may be an actor).
                // (إلى is where one goes; لـ in a quotation is whom a slogan is for: «الموت لأميركا»
                // locates no one, where «الضاحية الشمالية لأثينا» does.)
                func inQuotation(_ from: Int) -> Bool { toks[..<from].filter { $0.token.norm == "\"" }.count % 2 == 1 }
                let places = out.indices.filter {
                    out[$0].placeLike && (out[$0].prep != nil || out[$0].placeOnly) && out[$0].prep != "الي" && out[$0].country != nil
                        && !(out[$0].prep == "ل" && inQuotation(out[$0].from))
                        && !out[$0].reference
                }
                if let p = places.min(by: { abs($0 - k) < abs($1 - k) }) { country = out[p].country }
            }
            if let country {
                out[k].country = country
                out[k].code = country + role
            }
        }
        return out
    }

    /// A nisba standing as a noun for people of the country: a masculine plural or dual
    /// (عراقيين، صوماليون، أميركيان) or, after a count, the singular (13 عراقياً). After a count
    /// they are civilians of the country (IRQCVL); otherwise the nationality stands for the country
    /// (الفلسطينيون → PSE). Feminine and singular forms are adjectives of things and stay out.
    func peopleNisba(_ r: Raw, _ toks: [TokenInfo]) -> FoundActor? {
        guard case .nisba(let c) = r.ref, r.analysis.suffix.isEmpty else { return nil }
        let stem = r.analysis.stem
        func isCount(_ k: Int) -> Bool { k >= 0 && toks[k].isCount }
        // 13 عراقياً، عشرات من العراقيين، 150 مدنياً أفغانياً (a count, its noun, the nisba)
        let afterCount = isCount(r.from - 1) || r.from > 1 && (toks[r.from - 1].normWord == "من" || toks[r.from - 1].isWord) && isCount(r.from - 2)
        let plural = ["يون", "يين", "يان"].contains { stem.hasSuffix($0) }
        // After a count word in construct the singular is genitive (مليوني لبناني، ألفي فلسطيني).
        let afterCountWord = r.from > 0 && toks[r.from - 1].token.kind != .number && toks[r.from - 1].matches(ActorMentionFinder.quantityWords)
            && !["نحو", "حوالي", "قرابه", "عدد"].contains(toks[r.from - 1].normWord)
        guard plural || afterCount && stem.hasSuffix("يا") || afterCountWord && stem.hasSuffix("ي") && !r.analysis.hasArticle else { return nil }
        let e = lexicon.countries[c]
        let role: String? = afterCount ? "CVL" : nil
        return FoundActor(
            from: r.from, to: r.to, code: e.code + (role ?? ""), country: e.code, role: role, prep: nil, group: 0, coordinated: false,
            placeLike: false, entries: [e.location], title: nil, person: nil, personRoleReason: nil, former: false)
    }

    /// Looks right of `end` (skipping up to `skip` unmatched words) for a nisba or a country / org
    /// in the genitive: the country that an agent or title belongs to.
    func countryModifier(_ toks: [TokenInfo], _ raws: [Raw?], from end: Int, skip: Int, throughAgents: Bool = false)
        -> (country: String?, org: String?, to: Int, entry: String)?
    {
        var j = end
        var skipped = 0
        while j < toks.count {
            // A portfolio may hold an agent's word (وزير الأمن القومي الإسرائيلي): with
            // `throughAgents` it is skipped like any other word of the portfolio.
            if throughAgents, let r = raws[j], case .agent = r.ref, TokenInfo.attachedPreposition(r.analysis) == nil, !TokenInfo.hasConjunction(r.analysis),
                skipped + (r.to - r.from) <= skip
            {
                skipped += r.to - r.from
                j = r.to
                continue
            }
            if let r = raws[j] {
                // "مسلحون مقراً للحشد الشعبي": after a skipped noun, لـ belongs to that noun (only
                // «التابعة لـ» passes it on).
                if skipped > 0, TokenInfo.attachedPreposition(r.analysis) != nil, !toks[j - 1].matches(ActorMentionFinder.belongingWords) { return nil }
                switch r.ref {
                case .nisba(let c): return (lexicon.countries[c].code, nil, r.to, lexicon.countries[c].location)
                case .countryName(let c) where r.analysis.prefix.isEmpty || r.analysis.prefix == "ل":
                    return (lexicon.countries[c].code, nil, r.to, lexicon.countries[c].location)
                case .organisation(let o) where r.analysis.prefix.isEmpty || r.analysis.prefix == "ل" || r.analysis.prefix == "لل":
                    let org = lexicon.organisations[o]
                    return (org.country, org.code, r.to, org.location)
                default: return nil
                }
            }
            // (A trigger verb is never skipped: "مجهولين خطفوا مصوراً فرنسياً" is not French.)
            guard toks[j].isWord, skipped < skip, !ActorMentionFinder.prepositionWords.contains(toks[j].normWord),
                !hasVerbReading(toks[j]),
                !toks[j].matches(ActorMentionFinder.quantityWords),
                !TokenInfo.hasConjunction(toks[j].analyses.last ?? toks[j].analyses[0]) || toks[j].analyses.count == 1
            else { return nil }
            skipped += 1
            j += 1
        }
        return nil
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
            return base(e.code, e.code, nil, r.to, e.location, placeLike: true)
        case .capital(let c):
            let e = lexicon.countries[c]
            return base(e.code, e.code, nil, r.to, e.location, placeLike: true)
        case .place(let c):
            let e = lexicon.countries[c]
            var m = base(e.code, e.code, nil, r.to, e.location, placeLike: true)
            m.placeOnly = true
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
            let officeHead = toks[r.from].forms.contains { f in lexicon.actorIndex.phrases(startingWith: f.0).contains { if case .title = $0.ref { return true } else { return false } } }
            return attachPerson(m, toks, raws, date: date, nameScan: officeHead)
        case .person(let p), .personShort(let p):
            return personActor(datedPerson(p, r, toks, date: date), from: r.from, to: r.to, date: date)
        case .agent(let a):
            let e = lexicon.agents[a]
            var m = base(e.role, nil, e.role, r.to, e.location)
            if let mod = countryModifier(toks, raws, from: r.to, skip: 2) {
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
            } else if r.to + 1 < toks.count, toks[r.to].token.norm == "من", let r2 = raws[r.to + 1],
                let inner = build(r2, toks, raws, date: date), ["GOV", "CVL"].contains(e.role) || (inner.country != nil && inner.role != nil)
            {
                // وفد من الكونغرس الأميركي → the body the delegation comes from.
                var m2 = inner
                m2.from = r.from
                m2.entries = m.entries + inner.entries
                return m2
            }
            return attachPerson(m, toks, raws, date: date)
        case .title(let t):
            let e = lexicon.titles[t]
            var m = base(e.role, nil, e.role, r.to, e.location)
            var officeCountry: String?
            // The bare «وزير» is followed by its portfolio, up to three words (وزير التعليم العالي
            // العراقي، وزير الأمن القومي الإسرائيلي); a named office by one at most.
            let portfolio = e.id == "minister"
            if let mod = countryModifier(toks, raws, from: r.to, skip: portfolio ? 3 : 1, throughAgents: portfolio) {
                if let org = mod.org {
                    m.code = org
                    m.country = mod.country
                    m.role = ActorCode.role(of: org)
                } else if let c = mod.country {
                    m.code = c + e.role
                    m.country = c
                    officeCountry = c
                }
                m.to = mod.to
                m.entries.append(mod.entry)
            }
            m.title = (e.id, officeCountry ?? m.country)
            if m.to < toks.count, ActorMentionFinder.formerWords.contains(toks[m.to].normWord) {
                m.former = true
                m.to += 1
                if let c = m.country { m.code = c + "ELI"; m.role = "ELI" }
            }
            return attachPerson(m, toks, raws, date: date)
        }
    }

    /// A title or agent followed by a person's name (possibly after a second title: العاهل المغربي الملك …)
    /// is coded as that person on the date; the title is kept for the role check.
    /// Function words that never belong to a name written after a title.
    static let notName: Set<Word> = [
        "في", "من", "الي", "علي", "عن", "مع", "ان", "انه", "بان", "الذي", "التي", "قد", "لقد", "كما", "اليوم", "امس", "غدا",
        "و", "او", "ثم", "ما", "لا", "لم", "لن", "هذا", "هذه", "ذلك", "تلك", "حيث", "خلال", "بعد", "قبل", "عند", "لدي", "يوم",
        "مساء", "صباح", "فجر", "ليل", "ليله", "اول", "اخر", "امام", "الي", "كان", "كانت", "وكان", "وكانت", "بين", "عبر", "ضد",
        "نحو", "منذ", "حول", "الخميس", "الجمعه", "السبت", "الاحد", "الاثنين", "الثلاثاء", "الاربعاء", "ايضا", "بدوره", "بدورها",
    ]

    /// Words after a title that look like a name not in the lexicon (محمد السادس، بيدرو سانشيز).
    func nameLike(_ toks: [TokenInfo], _ raws: [Raw?], _ j: Int) -> Bool {
        guard j < toks.count, toks[j].isWord, raws[j] == nil else { return false }
        let n = toks[j].token.norm
        if ActorMentionFinder.notName.contains(toks[j].normWord) || ActorMentionFinder.prepositionWords.contains(toks[j].normWord) { return false }
        if blocked.contains(j) { return false }
        if toks[j].forms.contains(where: { lexicon.verbIndex[$0.0] != nil && TriggerFinder.verbPrefixes.contains(Word($0.1.prefix)) && !$0.1.hasArticle }) {
            return false
        }
        if toks[j].forms.contains(where: { !lexicon.nounIndex.phrases(startingWith: $0.0).isEmpty }) { return false }
        if TokenInfo.hasConjunction(toks[j].analyses.first!) && toks[j].analyses.count > 1 && n.hasPrefix("وال") { return false }
        // A noun with a possessive pronoun (استعداده، بلاده) is not a name; names in الله are.
        if !n.hasSuffix("الله"), toks[j].analyses.contains(where: { ["ه", "ها", "هم", "هما"].contains($0.suffix) && $0.stem.count >= 4 }) {
            return false
        }
        return true
    }

    func attachPerson(_ m: FoundActor, _ toks: [TokenInfo], _ raws: [Raw?], date: CalendarDay?, nameScan: Bool = false) -> FoundActor {
        var m = m
        var j = m.to
        var hops = 0
        var scannedName = false
        while j < toks.count, hops < 3 {
            if let r = raws[j] {
                switch r.ref {
                case .person(let p), .personShort(let p):
                    guard r.analysis.prefix.isEmpty, var pm = personActor(datedPerson(p, r, toks, date: date), from: m.from, to: r.to, date: date) else { return m }
                    pm.title = m.title
                    pm.former = m.former
                    pm.entries = m.entries + pm.entries
                    if m.former, let c = pm.country { pm.code = c + "ELI"; pm.role = "ELI" }
                    if m.code.hasPrefix("IGO") && !pm.code.hasPrefix("IGO") { return m }
                    return pm
                case .title where r.analysis.prefix.isEmpty:
                    // An appositive title (العاهل المغربي الملك …) belongs to the same mention, but
                    // a title of another country is another actor: the guest after the host
                    // (استقبل العاهل الأردني وزير الخارجية الفرنسي).
                    if let own = m.country, let other = countryModifier(toks, raws, from: r.to, skip: 1)?.country, other != own { return m }
                    j = r.to
                    m.to = j
                    hops += 1
                    continue
                default:
                    return m
                }
            }
            // Skip an honorific (الأمير، الشيخ، الملك when not a title in the lexicon), nothing else.
            if ["الامير", "الشيخ", "اللواء", "العماد", "الفريق", "المشير", "السيد", "الدكتور", "السيده", "الملك"].contains(toks[j].normWord) {
                j += 1
                m.to = j
                hops += 1
                continue
            }
            // A name the lexicon does not know, written after a title: up to four words.
            if (m.title != nil || nameScan) && !scannedName {
                var k = j
                while k < toks.count, k - j < 4, nameLike(toks, raws, k) { k += 1 }
                if k > j {
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
