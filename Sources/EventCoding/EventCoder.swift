import ArabicText
import Lexicon

/// Codes documents into events: sentences → tokens → actors and triggers → events.
///
/// Rules only: every event names the lexicon entries that produced it (`evidence.entries`).
/// The coder is a value with no mutable state, safe to share across threads.
public struct EventCoder: Sendable {
    public let lexicon: Lexicon
    public let ontology: Ontology

    /// Learned sentence gates by PLOVER type (see `SentenceGate`); empty = rules only.
    public let gates: [String: SentenceGate]

    public init(lexicon: Lexicon, ontology: Ontology = .shared, gates: [String: SentenceGate] = SentenceGate.bundled) {
        self.lexicon = lexicon
        self.ontology = ontology
        self.gates = gates
    }

    func entryPlover(_ code: String) -> String { ontology.entry(code)?.plover ?? "" }

    /// The gate features of every sentence of a text that has a candidate trigger of PLOVER type
    /// `plover` (for training the gate); nil for sentences with no such candidate.
    public func gateFeatures(text: String, plover: String) -> [Set<Word>?] {
        EventCoder.sentences(text).map { s in
            let toks = Tokenizer.tokenize(NormalizedText(s.text)).map(TokenInfo.init)
            let actors = ActorMentionFinder(lexicon: lexicon).find(toks, date: nil)
            var actorTokens = Set<Int>()
            for a in actors { for t in a.from..<a.to { actorTokens.insert(t) } }
            let triggers = TriggerFinder(lexicon: lexicon, actorTokens: actorTokens, tokens: toks).find(toks)
            guard triggers.contains(where: { entryPlover(lexicon.events[$0.pattern].code) == plover }) else { return nil }
            let hasDate = !DateExpressions.find(in: s.text, publication: nil).isEmpty
            return GateFeatures.extract(toks, triggers: triggers, actors: actors, lexicon: lexicon, hasDate: hasDate)
        }
    }

    /// Codes a whole article: the headline (part `title`) and the body (part `text`), kept apart.
    public func code(_ doc: Document) -> [Event] {
        guard doc.title.map({ !$0.isEmpty }) ?? false else { return code(part: doc.text, kind: .text, doc: doc) }
        var analysis = analyse(doc)
        headlineNamesTheHolder(&analysis, date: doc.date)
        return analysis.events
    }

    /// When the headline names the person who holds an office on the story's date and the body
    /// gives that office, by title, to someone else ("الرئيس السوري بشار الأسد" under a headline
    /// naming al-Sharaa), the body's title is right and its name is the error: its events are coded
    /// by the office (SYRGOV), flagged `headline-body-conflict`.
    func headlineNamesTheHolder(_ analysis: inout DocumentAnalysis, date: CalendarDay?) {
        guard let date else { return }
        var holders: [String: String] = [:]  // "office country" → person id named in the headline
        for m in analysis.mentions where m.part == .title && !m.former {
            guard let id = m.person, let p = lexicon.personByID[id].map({ lexicon.people[$0] }) else { continue }
            for r in p.roles where r.holds(on: date) {
                if let o = r.office, let c = r.country { holders[o + " " + c] = id }
            }
        }
        guard !holders.isEmpty else { return }
        for (k, m) in analysis.mentions.enumerated() where m.part == .text && !m.former && !m.historical {
            guard let id = m.person, let office = m.office, let country = m.officeCountry,
                let holder = holders[office + " " + country], holder != id,
                let t = lexicon.titleByID[office].map({ lexicon.titles[$0] })
            else { continue }
            let code = country + t.role
            // The mention itself is coded by the office too, so that what verification says of
            // it matches its events.
            analysis.mentions[k].code = code
            for i in analysis.events.indices where analysis.events[i].part == .text && analysis.events[i].sentence == m.sentence {
                var e = analysis.events[i]
                var touched = false
                if var a = e.source, a.start < m.end, m.start < a.end { a.code = code; a.role = t.role; e.source = a; touched = true }
                if var a = e.target, a.start < m.end, m.start < a.end { a.code = code; a.role = t.role; e.target = a; touched = true }
                if touched {
                    if !e.flags.contains("headline-body-conflict") { e.flags.append("headline-body-conflict") }
                    analysis.events[i] = e
                }
            }
        }
    }

    /// Codes an article and keeps what verification needs: every office or person mention and
    /// every relative date, with their places in the text.
    public func analyse(_ doc: Document) -> DocumentAnalysis {
        var out = DocumentAnalysis(events: [], mentions: [], dates: [])
        for (kind, text) in [(DocumentPart.title, doc.title ?? ""), (.text, doc.text)] where !text.isEmpty {
            for (k, s) in EventCoder.sentences(text).enumerated() {
                out.sentences.append((kind, s))
                let a = analyseSentence(s, index: k, part: kind, doc: doc, forVerification: true)
                out.events += a.events
                out.mentions += a.mentions
                out.dates += a.dates
            }
        }
        return out
    }

    /// Codes one piece of text as the body of a document with the given publication date.
    public func code(text: String, date: CalendarDay?, doc: String = "") -> [Event] {
        code(part: text, kind: .text, doc: Document(id: doc, text: text, date: date))
    }

    func code(part: String, kind: DocumentPart, doc: Document) -> [Event] {
        var out: [Event] = []
        for (k, s) in EventCoder.sentences(part).enumerated() {
            out += analyseSentence(s, index: k, part: kind, doc: doc).events
        }
        return out
    }

    /// The longest stretch coded as one sentence, in Unicode scalars. Longer "sentences" (text
    /// with no stops) are cut at spaces: coding stays linear in the text's length.
    static let maxSentenceScalars = 2_000

    /// The sentences of a part, overlong ones cut at spaces; offsets stay in the part.
    public static func sentences(_ part: String) -> [SentenceSpan] {
        var out: [SentenceSpan] = []
        for s in SentenceSplitter.split(part) {
            // A span's offsets count its scalars.
            guard s.end - s.start > maxSentenceScalars else {
                out.append(s)
                continue
            }
            let scalars = Array(s.text.unicodeScalars)
            var from = 0
            while from < scalars.count {
                var to = min(scalars.count, from + maxSentenceScalars)
                if to < scalars.count, let space = scalars[(from + maxSentenceScalars / 2)..<to].lastIndex(where: { $0 == " " }) { to = space }
                var v = String.UnicodeScalarView()
                v.append(contentsOf: scalars[from..<to])
                out.append(SentenceSpan(text: String(v), start: s.start + from, end: s.start + to))
                from = to
            }
        }
        return out
    }

    static let pronounPrepositions: Set<Word> = [
        "عليه", "عليها", "عليهم", "عليهما", "به", "بها", "بهم", "معه", "معها", "معهم", "بينهما", "بينهم", "له", "لها", "لهم",
        "منه", "منها", "اليه", "اليها", "اليهم", "ضده", "ضدها", "ضدهم",
    ]
    static let parentheticalOpeners: Set<Word> = ["في", "خلال", "لدي", "علي", "بحسب", "حسب", "وفق", "وفقا", "عقب", "اثناء", "قبل", "بعد"]
    static let clauseWords: Set<Word> = ["ان", "بان", "لان", "انه", "انها", "انهم", "بانه", "بانها", "بانهم", "انها", "الذي", "التي", "الذين", "حيث", "بينما", "فيما", "عندما", "بعدما", "لكن", "كما", "اذ"]
    static let sourceFreeRoots: Set<String> = ["14", "15", "17", "18", "19", "20"]

    func analyseSentence(_ s: SentenceSpan, index: Int, part: DocumentPart, doc: Document, forVerification: Bool = false) -> SentenceAnalysis {
        let view = NormalizedText(s.text)
        let tokens = Tokenizer.tokenize(view)
        let toks = tokens.map(TokenInfo.init)
        guard !toks.isEmpty else { return SentenceAnalysis() }
        let dates = DateExpressions.find(in: view, tokens: tokens, publication: doc.date)
        // Words inside a date expression (فجر اليوم، مساء أمس) are never triggers nor names.
        var dateTokens = Set<Int>()
        for d in dates { for (i, t) in toks.enumerated() where t.token.start >= d.start && t.token.end <= d.end { dateTokens.insert(i) } }
        let actors = ActorMentionFinder(lexicon: lexicon, blocked: dateTokens).find(toks, date: doc.date)
        var analysis = SentenceAnalysis()
        let text = SentenceText(s, toks)
        if forVerification {
            analysis.mentions = officeMentions(actors, toks, text, index: index, part: part)
            analysis.dates = dates.filter { $0.isRelative && $0.kind != .vague }.map {
                DateReference(part: part, sentence: index, text: $0.text, start: s.start + $0.start, end: s.start + $0.end, day: $0.day)
            }
        }
        if toks.contains(where: { $0.token.norm == "?" }) { return analysis }
        var blocked = dateTokens
        for a in actors { for t in a.from..<a.to { blocked.insert(t) } }
        let triggers = TriggerFinder(lexicon: lexicon, actorTokens: blocked, tokens: toks).find(toks)
        guard !triggers.isEmpty else { return analysis }
        analysis.events = codeSentence(
            s, text: text, index: index, part: part, doc: doc, toks: toks, dates: dates, dateTokens: dateTokens, actors: actors, blocked: blocked,
            triggers: triggers)
        return analysis
    }

    /// Mentions that name a person or an office, for the verification checks.
    func officeMentions(_ actors: [FoundActor], _ toks: [TokenInfo], _ st: SentenceText, index: Int, part: DocumentPart) -> [OfficeMention] {
        // "عندما كان رئيساً"، "آنذاك": a title in a historical aside is no claim about the story's date.
        actors.compactMap { a in
            guard a.person != nil || a.title != nil else { return nil }
            let (text, start, end) = st.text(toks, a.from, a.to)
            return OfficeMention(
                part: part, sentence: index, text: text, start: start, end: end, code: a.code,
                person: a.person.map { lexicon.people[$0].id }, office: a.title?.id, officeCountry: a.title?.country,
                former: a.former, historical: st.historical, entries: a.entries)
        }
    }

    /// A nisba adjective within two words after position `i` (skipping one adjective such as الجوية).
    func nisbaAfter(_ i: Int, _ toks: [TokenInfo], outside actorTokens: Set<Int> = []) -> (String, Int)? {
        for j in i..<min(toks.count, i + 2) where !actorTokens.contains(j) {
            for (form, a) in toks[j].forms where a.prefix.isEmpty || a.prefix == "ال" {
                for ph in lexicon.actorIndex.phrases(startingWith: form) where ph.words.count == 1 {
                    if case .nisba(let c) = ph.ref { return (lexicon.countries[c].code, j) }
                }
            }
        }
        return nil
    }

    /// The first nisba found by `nisbaAfter` from one of `starts`, in their order.
    func nisbaStarting<S: Sequence<Int>>(in starts: S, _ toks: [TokenInfo], outside actorTokens: Set<Int>) -> (String, Int)? {
        for i in starts { if let hit = nisbaAfter(i, toks, outside: actorTokens) { return hit } }
        return nil
    }

    /// The actor a nisba names on its own (at token `j`): the country, or its agent with `role`
    /// (group -1 for an inferred source, -2 for an inferred target).
    func nisbaActor(_ country: String, at j: Int, role: String? = nil, group: Int) -> FoundActor {
        FoundActor(
            from: j, to: j + 1, code: country + (role ?? ""), country: country, role: role, prep: nil, group: group, coordinated: false,
            placeLike: false, entries: [lexicon.countries[lexicon.countryByCode[country]!].location], title: nil, person: nil,
            personRoleReason: nil, former: false)
    }

    static let protestAddressCues: Set<Word> = [
        "مطالبين", "مطالبا", "مطالبه", "تطالب", "يطالبون", "طالبوا", "يطالب", "ضد", "مناوئه", "مناوئ", "مناهضه", "مناهض",
        "يسقط", "تسقط", "الموت", "رحيل", "استقاله", "اسقاط",
    ]
    /// Words after which a named actor is the addressee of a protest (its demands, slogans, condemnation).
    static let protestAddresseeCues: Set<Word> = protestAddressCues.union([
        "مضاده", "مضاد", "تندد", "يندد", "منددين", "منددا", "تنديد", "تنديدا", "احتجاجا",
        // slogans chanted (هاتفين «بوش غير مرحب به»، رددوا هتافات ضد …)
        "هاتفين", "هاتفا", "هاتفه", "هتفوا", "يهتفون", "مرددين", "مرددا", "رددوا", "يرددون",
        // whom protesters turn on, in word or deed (وراحوا يهاجمون رئيس الوزراء)
        "يهاجمون", "هاجموا", "مهاجمين",
    ])
    /// A vehicle "carrying" people (حافلة تقل جنوداً، سيارة كانت تقل، على متنها).
    static let carryingWords: Set<Word> = ["تقل", "يقل", "تقلان", "تنقل", "ينقل", "متنها", "متنه", "تستقلها", "يستقلها", "يستقلونها", "تقلهم", "تقله"]
    /// "Was subjected to" (تعرض لـ): its subject suffers the violence named by the noun after لـ.
    static let sufferVerbs: Set<Word> = ["تعرض", "تعرضت", "تعرضوا", "تعرضا", "تعرضتا", "يتعرض", "تتعرض", "يتعرضون", "تعرضن"]
    /// Verbs that carry a verbal noun (شنّ غارة، نفّذ هجوماً، قام بقصف، وجّه ضربات).
    static let lightVerbs: Set<Word> = [
        "قام", "قامت", "قاموا", "وجه", "وجهت", "وجهوا", "شن", "شنت", "شنوا", "نفذ", "نفذت", "نفذوا", "يشن", "تشن", "ينفذ", "تنفذ",
    ]
    /// Words that name who carried an attack out, the actor right after them being the agent:
    /// a verb of carrying out with the attack as its object pronoun (عمليات نفذها قراصنة، غارة
    /// شنتها طائرة), and "attributed to" (نُسب إلى). "على يد/أيدي" and "من قبل/جانب" are in ``agentCueAt``.
    static let agentVerbs: Set<Word> = [
        "نفذها", "نفذه", "نفذتها", "نفذته", "نفذوها", "نفذوه", "شنها", "شنه", "شنتها", "شنته", "شنوها", "شنوه",
        "نسب", "نسبت", "ينسب", "تنسب",
    ]
    /// Complementisers with the subject pronoun attached (أنه قتل، بأنها شنت).
    static let pronounComplementisers: Set<Word> = ["انه", "انها", "انهم", "بانه", "بانها", "بانهم", "لانه", "لانها", "لانهم"]
    /// Verbs of result: what follows is what an attack caused (أسفر عن، أدى إلى، أودى بـ).
    static let resultWords: Set<Word> = ["اسفر", "اسفرت", "ادي", "ادت", "اودي", "اودت", "يسفر", "تسفر", "مسفره", "مسفرا", "موقعه", "موقعا"]
    /// Words after which the people just counted are broken down (15 شخصاً بينهم جندي عراقي).
    static let amongWords: Set<Word> = ["بينهم", "منهم", "بينها", "منها", "بينهن", "منهن"]
    static let scheduleCues: Set<Word> = ["المقرر", "يعتزم", "تعتزم", "ينوي", "تنوي", "المرتقب", "المزمع"]
    static let historicalCues: Set<Word> = ["عندما", "حين", "حينما", "انذاك", "وقتها", "حينها", "انذك", "انئذ", "ابان", "ايام", "عهد"]

    func codeSentence(
        _ s: SentenceSpan, text: SentenceText, index: Int, part: DocumentPart, doc: Document, toks: [TokenInfo], dates: [DateMention], dateTokens: Set<Int>,
        actors found: [FoundActor], blocked: Set<Int>, triggers: [FoundTrigger]
    ) -> [Event] {
        // "بحسب المسؤولين الباكستانيين": whom a report is attributed to takes no part in its events.
        let actors = found.filter { !["بحسب", "حسب", "وفق"].contains($0.prep ?? "") }
        var actorTokens = Set<Int>()  // a nisba inside a mention is that mention's, not a free adjective
        for a in found { for t in a.from..<a.to { actorTokens.insert(t) } }

        // Clause boundaries: punctuation and complementisers.
        var boundary = [Bool](repeating: false, count: toks.count)
        for (i, t) in toks.enumerated() where !blocked.contains(i) || dateTokens.contains(i) {
            if t.token.kind == .punctuation && ![".", "\"", "-"].contains(t.normWord) { boundary[i] = true }
            if EventCoder.clauseWords.contains(t.normWord) { boundary[i] = true }
        }
        // A parenthetical between commas that opens with a preposition (، في كلمة ألقتها في الدوحة،)
        // does not end the clause around it; its own actors stay out of that clause's arguments.
        var inParen = [Bool](repeating: false, count: toks.count)
        var outer = boundary
        for (i, t) in toks.enumerated() where t.token.norm == "," && i + 1 < toks.count {
            let next = toks[i + 1].token.norm
            guard EventCoder.parentheticalOpeners.contains(Word(next)) else { continue }
            guard let close = (i + 2..<min(toks.count, i + 16)).first(where: { toks[$0].token.norm == "," }) else { continue }
            guard !(i + 1..<close).contains(where: { toks[$0].token.kind == .punctuation }) else { continue }
            outer[i] = false
            outer[close] = false
            for k in i + 1..<close { inParen[k] = true; outer[k] = false }
        }
        func clauseStart(_ i: Int) -> Int {
            let b = i < toks.count && inParen[i] ? boundary : outer
            var j = i - 1
            while j >= 0 && !b[j] { j -= 1 }
            return j + 1
        }
        func clauseEnd(_ i: Int) -> Int {
            guard i < toks.count else { return toks.count }
            let b = inParen[i] ? boundary : outer
            var j = i
            while j < toks.count && !b[j] { j += 1 }
            return j
        }
        let denialAt = toks.firstIndex { $0.matches(TriggerFinder.denials) }

        var events: [Event] = []
        var lastSubject: [FoundActor] = []
        var lastSubjectReports = false  // the last subject is the subject of a reporting verb (قال، أفادت)
        var lastTarget: [FoundActor] = []
        var gateFeatures: Set<Word>?  // computed once per sentence, when a gated event needs it
        var coveredBy: [(position: Int, root: String)] = []  // triggers already coded, by position
        var lastAttacker: [FoundActor] = []  // the agent named for the last violence trigger, coded or not
        func agentCueAt(_ k: Int) -> Bool {
            let w = toks[k].normWord
            if EventCoder.agentVerbs.contains(w) { return true }
            if w == "يد" || w == "ايدي" { return k > 0 && toks[k - 1].normWord == "علي" }
            if w == "جانب" || w == "قبل" { return k > 0 && toks[k - 1].normWord == "من" }
            return false
        }
        // "قال مسؤول في الشرطة إن عبوة ناسفة انفجرت": who reports violence or a protest in another
        // clause is not its agent; the last subject carries over to such a trigger only when it did
        // something itself (a pronoun on the complementiser, أنه قتل, is handled apart).
        func reporterOnly(_ trig: FoundTrigger, _ cs: Int) -> Bool {
            guard lastSubjectReports, let subj = lastSubject.first, subj.to <= cs else { return false }
            return ["14", "18", "19", "20"].contains(String(lexicon.events[trig.pattern].code.prefix(2)))
        }
        for trig in triggers {
            let pat = lexicon.events[trig.pattern]
            let cs = clauseStart(trig.from)
            let ce = clauseEnd(trig.to)
            // Negation, denial, hedges, cause frames.
            if let d = denialAt, d < trig.from { continue }
            var neg = false
            for back in 1...3 where trig.from - back >= cs {
                let w = toks[trig.from - back].token.norm
                if toks[trig.from - back].matches(TriggerFinder.negators) { neg = true }
                if w != "قد" && back == 1 && !trig.isVerb { break }
            }
            if neg { continue }
            var hedged = false
            var scheduled = false
            for j in max(0, cs - 2)..<trig.from {
                let w = toks[j].token.norm
                let stem = toks[j].analyses.last?.stem ?? w
                if toks[j].matches(TriggerFinder.hedges) {
                    if w == "قد" || stem == "قد" {
                        // قد + perfect is emphatic (it happened); قد + imperfect is "may".
                        if trig.isVerb, lexicon.verbIndex[toks[trig.from].forms.first?.0 ?? ""]?.first?.tense == .past { continue }
                        if j + 1 < toks.count, j + 1 != trig.from { continue }
                    }
                    if w == "انه" || stem == "انه" || w == "حتي" || w == "كي" || w == "لكي" { continue }  // أنه، بأنه: a complementiser
                    // "من المقرر أن يلتقي"، "يعتزم زيارة": a scheduled meeting is an intent to meet (036).
                    if toks[j].matches(EventCoder.scheduleCues) && pat.code.hasPrefix("04") {
                        scheduled = true
                        continue
                    }
                    hedged = true
                }
            }
            if hedged { continue }
            let isFuture = trig.future || scheduled
            if !trig.isVerb {
                var cause = false
                for back in 1...2 where trig.from - back >= 0 {
                    let t = toks[trig.from - back]
                    if TriggerFinder.causeCues.contains(t.normWord) || t.forms.contains(where: { TriggerFinder.causeCues.contains($0.0) }) { cause = true }
                }
                if TriggerFinder.causeCues.contains(Word(trig.analysis.prefix + toks[trig.from].token.norm)) { cause = true }
                if cause { continue }
                // A noun inside the argument of an earlier trigger in its clause is its object, not an event.
                // (Discussing cooperation is itself an intent to cooperate: 03 nouns stay after a 04 verb.)
                // (A protest dispersed or attacked still happened: 14 nouns stay after 17–19 verbs.)
                // (A trigger in a phrase of time — "خلال لقائهما" — takes no argument: what follows is
                // the main clause's.)
                if coveredBy.contains(where: {
                    $0.position >= cs && $0.position < trig.from && !($0.root == "04" && pat.code.hasPrefix("03"))
                        && !(["17", "18", "19"].contains($0.root) && pat.code.hasPrefix("14"))
                        && !($0.position > 0 && toks[$0.position - 1].matchesAnyReading(EventCoder.duringWords))
                }) { continue }
            }

            let inClause = actors.filter { $0.from >= cs && $0.to <= ce && !$0.placeOnly && (inParen[trig.from] || !inParen[$0.from]) }
            let before = inClause.filter { $0.to <= trig.from }
            let after = inClause.filter { $0.from >= trig.to }
            func group(_ g: Int) -> [FoundActor] { actors.filter { $0.group == g } }
            func firstBare(_ xs: [FoundActor]) -> [FoundActor]? { xs.first { $0.prep == nil }.map { group($0.group) } }
            func lastBare(_ xs: [FoundActor]) -> [FoundActor]? { xs.last { $0.prep == nil }.map { group($0.group) } }
            func withPrep(_ p: String, _ xs: [FoundActor]) -> [FoundActor]? {
                xs.first { $0.prep == p || ($0.prep?.hasSuffix(" " + p) ?? false) }.map { group($0.group) }
            }

            let violent = ["18", "19", "20"].contains(String(pat.code.prefix(2)))
            var source: [FoundActor] = []
            var target: [FoundActor] = []
            // The source was carried over from an earlier clause (pro-drop, the reporter), not named for this trigger.
            var sourceFromContext = false
            if trig.isVerb {
                if trig.passive {
                    target = firstBare(after) ?? lastBare(before) ?? []
                    source = withPrep("علي يد", after) ?? withPrep("من قبل", after) ?? []
                } else {
                    let pre = lastBare(before)
                    var post = firstBare(after)
                    // "أضرب العرب احتجاجاً على رفض القضاء الإسرائيلي": who a protest is against, named
                    // after its demand or condemnation, is not its subject (it is found as the addressee below).
                    if pat.code.hasPrefix("14"), let p = post?.first,
                        (trig.to..<p.from).contains(where: { toks[$0].matchesAnyReading(EventCoder.protestAddresseeCues) })
                    {
                        post = nil
                    }
                    // "أكد الحلف أنه قتل 150 متمرداً": after a complementiser carrying the subject
                    // pronoun, the verb's subject is that pronoun's antecedent and the actor after it the object.
                    if pre == nil, trig.from > 0, EventCoder.pronounComplementisers.contains(toks[trig.from - 1].normWord),
                        let subj = lastSubject.first, subj.country != nil || subj.code.hasPrefix("IGO"), subj.role != "CVL",
                        let post, !post.contains(where: { a in lastSubject.contains { $0.group == a.group } })
                    {
                        source = lastSubject
                        target = post
                    } else if let pre, pre.first.map({ !$0.placeLike || true }) ?? false {
                        source = pre
                        if let post { target = post }
                    } else if let post {
                        source = post
                        let rest = after.filter { $0.from >= (post.last?.to ?? 0) && $0.group != post.first?.group }
                        if let obj = firstBare(rest) { target = obj }
                    }
                    // Pro-drop: a verb with no subject of its own continues the last subject
                    // (وسلّمه، متوعداً بالرد).
                    if source.isEmpty, trig.from > cs || TokenInfo.hasConjunction(trig.analysis) || trig.from > 0,
                        !reporterOnly(trig, cs)
                    {
                        source = lastSubject
                        sourceFromContext = !source.isEmpty
                    }
                    // Places are actors only as subjects; a capital as object after a verb of motion stays a place.
                    if target.first?.placeLike ?? false, !pat.targets.contains(.object) { target = [] }
                }
                // The target: the first slot of the pattern, in its order, that finds an actor.
                let objectTarget = target
                target = []
                for slot in pat.targets {
                    switch slot {
                    case .object:
                        target = objectTarget
                        // "استهدفت المنطقة القبلية الباكستانية": a violent verb's object known only by
                        // its nisba is in, and stands for, that country.
                        if target.isEmpty, violent,
                            let (c, j) = nisbaStarting(in: trig.to..<min(toks.count, trig.to + 3), toks, outside: actorTokens),
                            !source.contains(where: { $0.country == c })
                        {
                            target = [nisbaActor(c, at: j, group: -2)]
                        }
                        // "أدانت موسكو الضربات الأمريكية على سوريا"، "ندد الأردن بالانتهاكات الإسرائيلية":
                        // what is condemned is an act, and its nisba names who did it, the target;
                        // the place the act was aimed at, or an actor after the act (… بشأن تايوان), is not.
                        if pat.code == "111",
                            let k = (trig.to..<min(toks.count, trig.to + 8)).first(where: { !actorTokens.contains($0) }),
                            toks[k].isWord,
                            let (c, j) = nisbaStarting(in: k..<min(toks.count, k + 2), toks, outside: actorTokens),
                            target.allSatisfy({ $0.from > j }),
                            !source.contains(where: { $0.country == c })
                        {
                            target = [nisbaActor(c, at: j, group: -2)]
                        }
                    case .preposition(let p): target = withPrep(p, after) ?? []
                    case .any:
                        if let t = actors.first(where: { a in
                            a.from >= trig.to && !a.placeOnly && !a.reference && !source.contains { $0.group == a.group || $0.code == a.code }
                        }) {
                            target = group(t.group)
                        } else if let (c, j) = nisbaStarting(in: trig.to..<min(toks.count, trig.to + 3), toks, outside: actorTokens) {
                            // "أشاد بالدور الأردني": a nisba on the object names the country.
                            target = [nisbaActor(c, at: j, group: -2)]
                        }
                    case .subject: break
                    }
                    if !target.isEmpty { break }
                }
            } else if violent, trig.analysis.prefix.hasSuffix("ل"),
                // (The subject may stand between commas: تعرض قيادي …، هو وكيل …، للخطف.)
                let k = (max(0, trig.from - 16)..<trig.from).reversed().prefix(while: { !boundary[$0] || toks[$0].token.norm == "," })
                    .first(where: { toks[$0].matchesAnyReading(EventCoder.sufferVerbs) })
            {
                // "تعرض قيادي في حماس … للخطف على أيدي مسلحين": whoever suffers the violence is the
                // subject of تعرض; its agent, if named, comes from the agent phrase (below).
                let subject = actors.first(where: { $0.from > k && $0.to <= trig.from && $0.prep == nil && !$0.placeOnly })
                    ?? inClause.last(where: { $0.to <= k && $0.prep == nil })
                target = subject.map { group($0.group) } ?? []
            } else {
                // Verbal noun: a pronoun suffix points at the clause's subject; the genitive after
                // the noun is its object when the pattern takes one, else its subject.
                let gen = after.first.flatMap { $0.prep == nil && $0.from <= trig.to + 2 ? group($0.group) : nil }
                let genIsObject = pat.targets.first == .object && !pat.symmetric
                if !trig.analysis.suffix.isEmpty {
                    // The pronoun's antecedent: the nearest bare mention before it in its clause,
                    // else the first bare mention of the sentence that is not the noun's object.
                    source = lastBare(before) ?? firstBare(actors.filter { !$0.placeOnly && $0.from >= trig.to + (gen.map { $0.last!.to - trig.to } ?? 0) || $0.to <= trig.from }) ?? []
                    if pat.targets.contains(.object), let gen { target = gen }
                } else if let gen {
                    // The genitive is the patient when the pattern's first slot is the object
                    // (اغتيال الحريري), else the agent (زيارة ساركوزي إلى ليبيا).
                    if genIsObject { target = gen } else { source = gen }
                }
                // "الغارات الإسرائيلية"، "القصف الروسي": a nisba on an attack noun names the attacker's military.
                if source.isEmpty, ["18", "19", "20"].contains(String(pat.code.prefix(2))),
                    let (c, j) = nisbaAfter(trig.to, toks)
                {
                    source = [nisbaActor(c, at: j, role: "MIL", group: -1)]
                }
                // "قامت دبابة إسرائيلية بقصف …"، "القوات الأميركية وجهت ضربات": the subject of a light
                // verb before the noun in its clause is the noun's agent.
                if source.isEmpty, (cs..<trig.from).contains(where: { toks[$0].matchesAnyReading(EventCoder.lightVerbs) }),
                    let subj = before.last(where: { $0.prep == nil && !$0.placeLike && $0.country != nil })
                {
                    source = group(subj.group)
                }
                if source.isEmpty, let subj = lastSubject.first, subj.from < trig.from, !reporterOnly(trig, cs) {
                    source = lastSubject
                    sourceFromContext = true
                }
                if target.isEmpty {
                    for slot in pat.targets {
                        if case .preposition(let p) = slot, let t = withPrep(p, after) { target = t; break }
                        if slot == .object, !genIsObject, let t = firstBare(after.filter { !source.map(\.group).contains($0.group) }),
                            t.first!.from <= trig.to + 3
                        {
                            target = t
                            break
                        }
                    }
                }
                if source.isEmpty && pat.symmetric, let between = withPrep("بين", after), between.count >= 2 {
                    source = [between[0]]
                    target = Array(between[1...])
                }
            }
            if pat.symmetric && source.isEmpty, let between = withPrep("بين", after), between.count >= 2 {
                source = [between[0]]
                target = Array(between[1...])
            }
            if pat.symmetric && target.isEmpty && source.count >= 2 {
                target = Array(source[1...])
                source = [source[0]]
            }
            if pat.symmetric, target.isEmpty, let between = withPrep("بين", after) { target = between }
            // "خلال اتصال هاتفي تلقاه من وزير الخارجية العراقي": the caller is who it came from, the
            // subject who received it.
            if pat.symmetric, !trig.isVerb, target.isEmpty, !source.isEmpty, trig.to < toks.count,
                toks[trig.to].matchesAnyReading(EventCoder.receivedWords),
                let caller = actors.first(where: { $0.prep == "من" && $0.from > trig.to && $0.from <= trig.to + 2 }),
                !source.contains(where: { $0.group == caller.group })
            {
                target = source
                source = group(caller.group)
                sourceFromContext = false
            }
            // A pronoun after a preposition right after the trigger (بالرد عليها، جرى بينهما) points
            // back at the last event's target.
            if target.isEmpty, !lastTarget.isEmpty,
                (trig.to..<min(toks.count, trig.to + 4)).contains(where: { EventCoder.pronounPrepositions.contains(toks[$0].normWord) })
            {
                target = lastTarget.filter { t in !source.contains { $0.group == t.group } }
            }
            // "قُتل ثلاثة في غارة إسرائيلية": a violence noun later in the clause whose nisba names
            // the attacker (the same attack, told by its instrument) gives the source; the people the
            // verb or noun names with no state of their own are then its victims.
            if violent, !pat.isReport, sourceFromContext || source.allSatisfy({ $0.country == nil || $0.role == "CVL" }),
                let (c, j) = triggers.lazy.filter({ t in
                    !t.isVerb && t.from >= trig.to && t.from < ce && ["18", "19", "20"].contains(String(self.lexicon.events[t.pattern].code.prefix(2)))
                }).compactMap({ self.nisbaAfter($0.to, toks) }).first
            {
                if target.isEmpty && !sourceFromContext { target = source.filter { $0.country == nil || $0.role == "CVL" } }
                sourceFromContext = false
                source = [nisbaActor(c, at: j, role: "MIL", group: -1)]
            }
            // "قُتل 13 عراقياً"، "60 شخصاً قُتلوا": civilians named with a violence verb and nothing
            // else are its victims (the unvocalised passive), not its agents.
            if violent, trig.isVerb, target.isEmpty, !source.isEmpty, source.allSatisfy({ $0.role == "CVL" }) {
                target = source
                source = []
            }
            // "قتل ثلاثة جنود سوريين في هجوم": a count right after a violence verb is the passive's
            // subject (قُتل), the victims whatever their role; the active verb names its agent first.
            if violent, trig.isVerb, target.isEmpty, let s = source.first, source.allSatisfy({ $0.group == s.group }),
                s.from == trig.to + 1, trig.to < toks.count, toks[trig.to].isCount
            {
                target = source
                source = withPrep("علي يد", after) ?? withPrep("من قبل", after) ?? []
            }
            if trig.isVerb && !source.isEmpty {
                lastSubject = source
                lastSubjectReports = pat.isReport
            }

            if pat.isReport {
                if !source.isEmpty {
                    lastSubject = source
                    lastSubjectReports = true
                }
                continue
            }
            if trig.isVerb && pat.subjectIsTarget {
                let victim = source
                source = withPrep("علي يد", after) ?? withPrep("من قبل", after) ?? []
                target = victim
                sourceFromContext = false
            }
            // "60 شخصاً قُتلوا في هجوم انتحاري": civilians before a violence verb whose only other actor
            // is the attacker inside a later violence noun (the attack told by its instrument) are
            // the victims, and that attacker the agent.
            if violent, trig.isVerb, !pat.subjectIsTarget, !source.isEmpty, source.allSatisfy({ $0.role == "CVL" }),
                let t = target.first, t.country == nil, t.role != "CVL",
                triggers.contains(where: { n in
                    !n.isVerb && n.from >= trig.to && n.from < t.from && t.from <= n.to + 2
                        && ["18", "19", "20"].contains(String(self.lexicon.events[n.pattern].code.prefix(2)))
                })
            {
                (source, target) = (target, source)
            }
            // "في عمليات نفذها قراصنة صوماليون"، "هجوم نُسب إلى المتمردين التاميل"، "على أيدي مسلحين من
            // حماس"، "من جانب عناصر من جيش المهدي"، "في غارة شنتها طائرة تابعة للقوات الأميركية": the
            // actor a state is known for, named by an agent phrase after the trigger in its clause or
            // right after a later violence noun, carried the attack out, when the trigger names no
            // agent with a state of its own.
            if violent, !pat.isReport, sourceFromContext || source.allSatisfy({ $0.country == nil || $0.role == "CVL" }) {
                let nounEnds = triggers.filter { n in
                    !n.isVerb && n.from >= trig.from && ["18", "19", "20"].contains(String(self.lexicon.events[n.pattern].code.prefix(2)))
                }.map(\.to)
                // (A victim taken from the actor after the agent phrase is the agent: تعرضت للهجوم في عملية نفذها قراصنة.)
                let targetGroups = Set(target.filter { t in !(t.from > trig.to && (trig.to..<t.from).contains(where: agentCueAt)) }.map(\.group))
                let agent = (trig.to..<toks.count).lazy.filter { k in
                    agentCueAt(k) && (k < ce || nounEnds.contains { $0 <= k && k - $0 <= 2 })
                }.compactMap { c in
                    actors.first {
                        $0.from > c && $0.from <= c + 3 && $0.country != nil && !$0.placeOnly && !($0.placeLike && $0.prep != nil)
                            && !targetGroups.contains($0.group)
                    }
                }.first
                if let agent {
                    target.removeAll { $0.group == agent.group }
                    if target.isEmpty && !sourceFromContext { target = source.filter { $0.role == "CVL" || $0.country == nil } }
                    source = group(agent.group)
                    sourceFromContext = false
                }
            }
            // "استهدف موكباً لسفارة الولايات المتحدة"، "هاجموا مقراً للشرطة": a violence verb's object that
            // is a thing owned by an actor (لـ right after it) targets its owner. After the subject
            // ("استهدف هجوم انتحاري … موكباً لسفارة …") the object shows by its tanween alif.
            if violent, trig.isVerb, target.isEmpty, !pat.subjectIsTarget,
                let owner = actors.first(where: {
                    $0.prep == "ل" && $0.from > trig.to
                        && ($0.from <= trig.to + 4 || $0.from <= trig.to + 12 && EventCoder.isIndefiniteObject(toks[$0.from - 1], lexicon: self.lexicon))
                        && !$0.placeOnly && !$0.reference && $0.country != nil
                        && !source.map(\.group).contains($0.group)
                        && !(trig.to..<$0.from).contains { k in self.lexicon.verbIndex[toks[k].forms.first?.0 ?? ""] != nil || toks[k].matches(EventCoder.clauseWords) }
                })
            {
                target = group(owner.group)
            }
            // "انفجرت سيارة مفخخة لدى مرور حافلة تقل عناصر من الحرس الثوري"، "صاروخ على سيارة تقل
            // ثلاثة من نشطاء سرايا القدس": the people a vehicle hit was carrying are the victims.
            if violent, !pat.isReport,
                let k = (trig.to..<min(toks.count, trig.to + 10)).prefix(while: { ![",", "."].contains(toks[$0].token.norm) && !toks[$0].matches(EventCoder.clauseWords) })
                    .first(where: { toks[$0].matchesAnyReading(EventCoder.carryingWords) }),
                let carried = actors.first(where: { $0.from > k && $0.from <= k + 6 && !$0.placeOnly && !($0.placeLike && $0.prep != nil) }),
                !(k + 1..<carried.from).contains(where: { [",", "."].contains(toks[$0].token.norm) })
            {
                source.removeAll { $0.group == carried.group }
                if target.allSatisfy({ $0.country == nil }) { target = group(carried.group) }
            }
            // "شُنّت غارة أميركية … أسفرت عن مقتل …": the deaths an attack resulted in have its agent.
            if violent, !pat.isReport, !trig.isVerb, sourceFromContext || source.isEmpty, !lastAttacker.isEmpty,
                (max(cs, trig.from - 3)..<trig.from).contains(where: { toks[$0].matchesAnyReading(EventCoder.resultWords) })
            {
                source = lastAttacker
                sourceFromContext = false
            }
            if violent, !pat.isReport, !sourceFromContext, source.contains(where: { $0.country != nil && $0.role != "CVL" }) {
                lastAttacker = source
            }
            // "قُتل 15 شخصاً بينهم جندي عراقي"، "هاجموا سياسيين بينهم بي نظير بوتو": victims with no state
            // of their own broken down by بينهم/منهم take the state of the ones named among them.
            if violent, !pat.isReport, let last = target.last, target.allSatisfy({ $0.country == nil }),
                let k = (last.to..<min(toks.count, last.to + 2)).first(where: { toks[$0].matches(EventCoder.amongWords) }),
                let among = actors.first(where: { $0.from > k && $0.from <= k + 4 && $0.country != nil && !$0.placeLike && !$0.placeOnly })
            {
                target = group(among.group)
            }
            let root = String(pat.code.prefix(2))
            var code = pat.code
            if isFuture {
                if root == "04" { code = "036" } else { continue }
            }
            let sourceFree = EventCoder.sourceFreeRoots.contains(root)
            // Violence with no named target is coded against the country where it happened
            // (a bombing in Baghdad targets IRQ), flagged so the reader knows it was inferred.
            // A protest that addresses someone it does not name (demands, slogans against: مطالبين
            // برحيل، يسقط، مناوئة لـ) is coded against the country where it happens, else the
            // protesters' own country: its authorities are who the demands go to. A protest about a
            // state of affairs (احتجاجاً على الغلاء) has no target.
            // "مطالبين الحكومة التركية"، "يسقط فلان"، "للتنديد بإعدام الرئيس العراقي": the actor named
            // right after a demand, slogan or condemnation (the one nearest the trigger) is who the
            // protest addresses.
            if root == "14", target.isEmpty {
                let sourceGroups = Set(source.map(\.group))
                for c in toks.indices.filter({ toks[$0].matchesAnyReading(EventCoder.protestAddresseeCues) }).sorted(by: { abs($0 - trig.from) < abs($1 - trig.from) }) {
                    if let a = actors.first(where: {
                        $0.from > c && $0.from <= c + 4 && !$0.placeOnly && !($0.placeLike && $0.prep != nil) && $0.country != nil
                            && $0.role != "CVL" && $0.role != "REF" && !sourceGroups.contains($0.group)
                            && !source.map(\.code).contains($0.code)  // (the protesters' own side is not whom they address)
                    }) {
                        target = group(a.group)
                        break
                    }
                    // (a nisba on the thing demanded or denounced: مطالبين بالاستقلال عن الهيمنة الأميركية)
                    if let (cc, j) = nisbaStarting(in: (c + 1..<min(toks.count, c + 5)).prefix(while: { toks[$0].isWord }), toks, outside: actorTokens),
                        !source.contains(where: { $0.country == cc })
                    {
                        target = [nisbaActor(cc, at: j, group: -2)]
                        break
                    }
                }
            }
            var inferredTarget = false
            let addressed = root == "14" && toks.contains { $0.matches(EventCoder.protestAddressCues) }
            let nearestPlace = actors.filter({ $0.placeLike && ($0.prep != nil || $0.placeOnly) && $0.prep != "الي" && $0.country != nil && !$0.reference })
                .min(by: { abs($0.from - trig.from) < abs($1.from - trig.from) })
            if target.isEmpty, ["18", "19", "20"].contains(root) || addressed,
                let place = nearestPlace ?? (root == "14" ? source.first(where: { $0.country != nil && $0.role != nil && !$0.code.hasPrefix("IGO") }) : nil),
                !source.contains(where: { $0.code == place.country })  // the country acting is not its own target
            {
                var t = place
                t.code = place.country!
                t.role = nil
                t.placeOnly = false
                target = [t]
                inferredTarget = true
            }
            // "أضرب العرب في إسرائيل": protesters the lexicon cannot name are civilians of the country
            // they protest in (as "محتجون في بيروت" are LBNCVL); "تعرض في مصر للتعذيب": torture with no
            // named torturer is done by the state where it happens. Flagged: the source is inferred.
            var inferredSource = false
            if source.isEmpty, root == "14" || code == "1822", let place = nearestPlace, let c = place.country,
                !target.contains(where: { $0.code == c })
            {
                var a = place
                a.role = root == "14" ? "CVL" : nil
                a.code = c + (a.role ?? "")
                a.placeOnly = false
                source = [a]
                inferredSource = true
            }
            if source.isEmpty && !sourceFree { continue }
            // Violence or protest reported with no actor at all, or in the imperfect (habitual,
            // generic), is kept only when the sentence gate says the sentence reports an act.
            var gateEntry: String?
            // Whether the sentence plainly reports the act, so that no gate is asked (only worked
            // out for the gated types).
            func reportsAnAct() -> Bool {
                let pastVerb = trig.isVerb && !isFuture
                    && !(lexicon.verbIndex[toks[trig.from].forms.first { lexicon.verbIndex[$0.0] != nil }?.0 ?? Word("")]?.allSatisfy { $0.tense == .present } ?? true)
                guard pastVerb, pat.context.isEmpty else { return false }
                // A past verb opening its sentence with its subject right after it (VSO: "تظاهر آلاف
                // الطلاب …") is how Arabic news reports an act.
                // (After a fronted phrase — "وفي حادث منفصل، اغتال …" — the first verb still opens the report.)
                let opensSentence = trig.from == 0 || (trig.from == 1 && toks[0].token.kind == .punctuation)
                    || (trig.from == cs && !triggers.contains { $0.from < trig.from && $0.isVerb } && !actors.contains { $0.from < trig.from && $0.prep == nil })
                if opensSentence, let s = source.first, s.from == trig.to, s.prep == nil { return true }
                // (Not after "عندما اغتيل …": a clause of time is background.)
                if cs > 0 && toks[cs - 1].matchesAnyReading(EventCoder.timeClauseWords) || cs < toks.count && toks[cs].matchesAnyReading(EventCoder.timeClauseWords) {
                    return false
                }
                // So does a passive opening its sentence with its victims right after it (اغتيل مسؤول
                // عراقي …، قتل ثلاثة جنود …: a count after unvocalised قتل reads as the passive).
                let countAfter = trig.to < toks.count && toks[trig.to].isCount
                if opensSentence, source.allSatisfy({ $0.prep != nil }), trig.passive || countAfter,
                    let t = target.first, t.prep == nil, t.from == trig.to || t.from == trig.to + 1 && countAfter
                {
                    return true
                }
                // And so does a sentence that opens with a state's actor and its past verb right after
                // it, the verb's object following (SVO: "الجيش الإسرائيلي قتل ثلاثة فلسطينيين …",
                // "وكانت الطائرات الإسرائيلية قد قصفت …").
                // (A verb with an object pronoun after a fronted noun is topic and comment:
                // "عسكريين ماليين خطفهم مقاتلو الطوارق" — the noun is the victim.)
                let objectPronoun = toks[trig.from].forms.first { lexicon.verbIndex[$0.0] != nil }.map { !$0.1.suffix.isEmpty } ?? false
                guard !trig.passive, !objectPronoun, let s = source.first, let t = target.first, t.from >= trig.to else { return false }
                return s.prep == nil && s.country != nil && s.role != "CVL" && source.allSatisfy { $0.group == s.group }
                    && (s.from == cs || s.from == cs + 1 && toks[cs].matchesAnyReading(EventCoder.auxiliaryWords))
                    && (trig.from == s.to || trig.from == s.to + 1 && toks[s.to].normWord == "قد")
            }
            if let gate = gates[entryPlover(code)], !reportsAnAct() {
                if gateFeatures == nil {
                    gateFeatures = GateFeatures.extract(toks, triggers: triggers, actors: actors, lexicon: lexicon, hasDate: !dates.isEmpty)
                }
                let score = gate.score(gateFeatures!)
                if score < gate.threshold { continue }
                gateEntry = "gate \(gate.name) \(String(format: "%.2f", score)) ≥ \(String(format: "%.2f", gate.threshold))"
            }
            if target.isEmpty && !sourceFree && pat.needsTarget { continue }
            if target.isEmpty && !sourceFree && !["01", "14"].contains(root) && !pat.needsTarget && root < "15" { continue }
            coveredBy.append((trig.from, root))
            if !target.isEmpty { lastTarget = target }

            // Date: the date expression nearest the trigger, else the publication date.
            let trigStart = toks[trig.from].token.start
            var when = doc.date
            var dateFlags: [String] = []
            // An intent (03) is dated by its statement, not by the future act it announces.
            let candidates = dates.filter { d in !(code.hasPrefix("03") && (d.day.map { day in doc.date.map { day > $0 } ?? false } ?? false)) }
            if let d = candidates.min(by: { abs($0.start - trigStart) < abs($1.start - trigStart) }), d.kind != .vague {
                if let day = d.day { when = day } else if d.isRelative { when = nil; dateFlags.append("date-unresolvable") }
            }
            if inferredTarget { dateFlags.append("target-from-place") }
            if inferredSource { dateFlags.append("source-from-place") }
            let srcs: [FoundActor?] = source.isEmpty ? [nil] : source
            let tgts: [FoundActor?] = target.isEmpty ? [nil] : target
            for sa in srcs {
                for ta in tgts {
                    // An actor does not act on itself; two role-only mentions (CVL, UAF) are different people.
                    if let sa, let ta, sa.code == ta.code, sa.country != nil || sa.code.hasPrefix("IGO") { continue }
                    if let e = makeEvent(
                        code: code, pattern: pat, trig: trig, toks: toks, sentence: text, index: index, part: part, doc: doc,
                        source: sa, target: ta, date: when, flags: dateFlags)
                    {
                        var e = e
                        if let g = gateEntry { e.evidence.entries.append(g) }
                        events.append(e)
                    }
                }
            }
            if root == "04" && !isFuture, let sa = source.first, let ta = target.first {
                events += visitEvents(consult: pat, trig: trig, toks: toks, actors: actors, source: sa, target: ta, sentence: text, index: index, part: part, doc: doc, date: when, flags: dateFlags)
            }
        }
        return events
    }

    /// A meeting held in the capital or a seat of power of one party is a visit by the other:
    /// the visitor's 042 to the host country and the host's 043.
    func visitEvents(
        consult: EventPattern, trig: FoundTrigger, toks: [TokenInfo], actors: [FoundActor], source: FoundActor, target: FoundActor,
        sentence: SentenceText, index: Int, part: DocumentPart, doc: Document, date: CalendarDay?, flags: [String]
    ) -> [Event] {
        guard consult.code == "040" || consult.code == "046" else { return [] }
        guard let place = actors.first(where: { ($0.placeLike || $0.role == "GOV" && $0.entries.count == 1) && ($0.prep == "في" || $0.prep == "ب") }),
            let host = place.country, let sc = source.country, let tc = target.country, sc != tc
        else { return [] }
        let (visitor, hostActor) = host == sc ? (target, source) : host == tc ? (source, target) : (target, source)
        guard host == sc || host == tc else { return [] }
        var hostCountry = place
        hostCountry.code = host
        hostCountry.role = nil
        var out: [Event] = []
        if let e = makeEvent(code: "042", pattern: consult, trig: trig, toks: toks, sentence: sentence, index: index, part: part, doc: doc, source: visitor, target: hostCountry, date: date, flags: ["inferred-visit"] + flags) { out.append(e) }
        if let e = makeEvent(code: "043", pattern: consult, trig: trig, toks: toks, sentence: sentence, index: index, part: part, doc: doc, source: hostActor, target: visitor, date: date, flags: ["inferred-visit"] + flags) { out.append(e) }
        return out
    }

    func actorMention(_ a: FoundActor, _ toks: [TokenInfo], _ s: SentenceText) -> ActorMention {
        let (t, st, en) = s.text(toks, a.from, a.to)
        return ActorMention(code: a.code, country: a.country, role: a.role, text: t, start: st, end: en)
    }

    func makeEvent(
        code: String, pattern: EventPattern, trig: FoundTrigger, toks: [TokenInfo], sentence st: SentenceText, index: Int,
        part: DocumentPart, doc: Document, source: FoundActor?, target: FoundActor?, date: CalendarDay?, flags: [String]
    ) -> Event? {
        guard let entry = ontology.entry(code) else { return nil }
        let s = st.span
        let (tt, ts, te) = st.text(toks, trig.from, trig.to)
        var flags = flags
        if source == nil { flags.append("no-source") }
        for a in [source, target].compactMap({ $0 }) {
            if let f = RoleCheck.flag(for: a, lexicon: lexicon, date: doc.date, historical: st.historical) {
                flags.append(f)
            }
        }
        var entries = [pattern.provenance]
        for a in [source, target].compactMap({ $0 }) { entries += a.entries }
        return Event(
            doc: doc.id, part: part, sentence: index, date: date, cameo: entry.code, root: entry.root, plover: entry.plover,
            mode: entry.mode, goldstein: entry.goldstein, quad: entry.quad, source: source.map { actorMention($0, toks, st) },
            target: target.map { actorMention($0, toks, st) }, trigger: Span(text: tt, start: ts, end: te), flags: flags,
            evidence: Evidence(sentence: s.text, start: s.start, end: s.end, entries: VerbForms.unique(entries)))
    }
}

extension EventCoder {
    /// An indefinite accusative noun (موكباً، مقراً، منزلاً): written with the tanween alif, not
    /// definite, not a verb form.
    static func isIndefiniteObject(_ t: TokenInfo, lexicon: Lexicon) -> Bool {
        let n = t.token.norm
        return t.isWord && n.count >= 4 && n.hasSuffix("ا") && !n.hasPrefix("ال") && !n.hasPrefix("وال")
            && !t.forms.contains { lexicon.verbIndex[$0.0] != nil }
    }

    /// كان and its forms before a fronted subject (وكانت القوات … قد قصفت).
    static let auxiliaryWords: Set<Word> = ["كان", "كانت", "وكان", "وكانت", "كانوا", "وكانوا"]
    /// "during, on the sidelines of": a phrase of time around a trigger (خلال لقائهما).
    static let duringWords: Set<Word> = ["خلال", "اثناء", "لدي", "هامش", "ختام", "مستهل"]
    /// "received" after a call or a message (تلقاه من …).
    static let receivedWords: Set<Word> = ["تلقي", "تلقت", "تلقاه", "تلقته", "تلقاها", "يتلقي", "تلقيا", "تلقاهما"]
    /// Words that open a clause of time (background to the report).
    static let timeClauseWords: Set<Word> = ["عندما", "وعندما", "حين", "حينما", "عند", "لما", "ولما", "منذ", "بعدما", "قبلما", "اثر", "عقب"]
}
