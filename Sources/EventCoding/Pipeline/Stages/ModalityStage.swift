import ArabicText
import Lexicon

/// Whether the trigger reports an act: not after a denial, a negation or a hedge (قد + imperfect,
/// يتوقع، إذا); not a verbal noun that is a cause or a topic (ردّاً على، بسبب) or the object of an
/// earlier trigger of its clause. A scheduled meeting (من المقرر أن يلتقي) is an intent to meet.
struct ModalityStage: TriggerStage {
    let name = "modality"
    let reads: Set<PipelineSlot> = [.tokens, .dates, .actors, .triggers, .clauses, .discourse]
    let writes: Set<PipelineSlot> = [.modality, .discourse]

    func run(_ t: inout TriggerState, _ s: inout SentenceState, _ c: CodingContext) {
        guard let clauses = s.clauses else { return }
        let toks = s.tokens
        let trig = t.trigger
        let cs = clauses.start(trig.from)
        if let d = clauses.denialAt, d < trig.from {
            t.dropped = "denied"
            return
        }
        // A sentence about sport (cue sport-words: مباراة، المنتخب، البطولة، لاعب …) tells of teams,
        // matches and clubs: «يلتقي الأردن والإمارات» is a match, not talks. (Not violence or
        // coercion: an attack on a stadium, a player arrested, stay acts.)
        if !c.isViolent(t.pattern.code), !t.pattern.code.hasPrefix("17") {
            let sport = c.cues[.sportWords]
            // (Its phrases too, the first word with its clitics: «لكرة القدم»; the phrases are tried
            // only at a word that opens one.)
            let aboutSport = s.aboutSport ?? Self.aboutSport(toks, sport)
            s.aboutSport = aboutSport
            if aboutSport {
                t.dropped = "sport"
                return
            }
        }
        // «ألقت شرطة محافظة الطائف القبض على مواطن … لفض مشاجرة»: an arrest or a seizure in a
        // sentence about ordinary crime (cue crime-words: drugs, theft, a brawl) is policing, not
        // political coercion; unless the sentence names an armed group.
        if t.pattern.code.hasPrefix("17"), toks.contains(where: { $0.matchesAnyReading(c.cues[.crimeWords]) }),
            !s.actors.contains(where: { $0.code.hasPrefix("IMG") || ["REB", "INS"].contains($0.role ?? "") })
        {
            t.dropped = "ordinary crime"
            return
        }
        // «ألقت الشرطة التركية القبض على 251 شخصًا في إطار سلسلة مداهمات … استهدفت عناصر تنظيم
        // داعش»، «في اطار حملة استهدفت افرادا يشتبه …»: a violent verb right after a noun of a
        // campaign or raids (cue raid-nouns), in a sentence that tells of arrests before it, tells
        // whom the arrests aimed at; the arrests are the act.
        if c.isViolent(t.pattern.code), trig.isVerb, (max(0, trig.from - 5)..<trig.from).contains(where: { toks[$0].matches(c.cues[.raidNouns]) }),
            s.triggers.contains(where: { $0.to <= trig.from && c.lexicon.events[$0.pattern].code.hasPrefix("17") })
        {
            t.dropped = "the aim of arrests (a campaign or raids that targeted …)"
            return
        }
        if negated(trig, toks, cs, c) {
            t.dropped = "negated"
            return
        }
        switch hedge(trig, t.pattern, toks, cs, c) {
        case .hedged:
            t.dropped = "hedged"
            return
        case .scheduled: t.future = true
        case .none: break
        }
        // «الهجوم الذي جاء قبل بدء جولة جديدة من محادثات السلام»: a round still to come named as a
        // point in time (cue next-round-words after «قبل»، «عشية»، «مع اقتراب»: time-reference-words)
        // is no one's announced intent, only when something else happened.
        if !trig.isVerb, t.root == "04", nextRoundAsTime(trig, toks, c) {
            t.dropped = "a round still to come, named as a point in time"
            return
        }
        t.future = t.future || trig.future || planned(trig, toks, cs, clauses, s, c)
        if t.root == "14", inRelativeClause(trig, toks, cs, c) {
            t.dropped = "a protest told in a relative clause (who the people are, not the news)"
            return
        }
        // «كوريا الجنوبية تنتقد رفض رئيس وزراء اليابان الاعتذار»: a verb form right after a verb of
        // an act, with no conjunction and no subject between, is that verb's object, a verbal noun.
        // So is one right after that verb's subject and its date: «أدانت منظمة هيومن رايتس ووتش
        // الخميس، قصف المتمردين» (VSO: what follows the subject is the object); not after a
        // meeting's verb, whose subjects are followed by what they did in it («عقد … اجتماعاً بحثا»),
        // nor after an announcement, whose object is the act announced («أعلنت قوات الجيش رفع حالة
        // الاستنفار»).
        if trig.isVerb, trig.from > cs, !trig.analysis.hasConjunction,
            s.triggers.contains(where: { v in
                v.isVerb && v.from >= cs && v.to <= trig.from && !c.lexicon.events[v.pattern].isReport
                    && (v.to == trig.from
                        || !["01", "04"].contains(String(c.lexicon.events[v.pattern].code.prefix(2)))
                            && Self.onlySubjectBetween(v.to, trig.from, toks, s))
            })
        {
            t.dropped = "the object of an earlier trigger (a verbal noun)"
            return
        }
        if trig.isVerb, describesIndefinite(trig, toks, cs, s, c) {
            t.dropped = "a relative clause on an indefinite noun (what the noun is, not the news)"
            return
        }
        // «قُتل جراء قصف القوات»: a verb form right after a word of cause is the verbal noun, a
        // cause like any other.
        if trig.isVerb, trig.from > 0, toks[trig.from - 1].matches(c.cues[.causeWords]) {
            t.dropped = "a cause or topic"
            return
        }
        // «لوقف تقدم رجال المقاومة»: a verb form right after a word of purpose or prevention (cue
        // purpose-heads, a noun in construct) is the verbal noun, a goal.
        if trig.isVerb, !t.future, trig.from > 0, toks[trig.from - 1].matches(c.cues[.purposeHeads]) {
            t.dropped = "a purpose (a word of purpose before the noun), not an act"
            return
        }
        if trig.isVerb, isPurpose(trig, toks, cs, c) {
            t.dropped = "a purpose (لـ + verbal noun), not an act"
            // (What it would be done to is no act either: «لشن هجمات».)
            s.discourse.covered.append((trig.from, t.root))
            return
        }
        if !trig.isVerb {
            // («ضحايا هجوم انتحاري بسيارة ملغومة»: a noun that goes on the phrase of a cause or topic
            // is one too.)
            let phraseBefore = s.triggers.last { $0.to == trig.from && !$0.isVerb }
            if isCause(trig, toks, c) || phraseBefore.map({ isCause($0, toks, c) }) == true {
                t.dropped = "a cause or topic"
                return
            }
            // «تأجيل زيارة وزير خارجية إيران لتركيا»، «إتمام زيارة الرئيس الصيني»: a meeting or
            // visit named in construct after a noun of its plan or cancellation (cue outcome-heads)
            // was not held.
            if ["03", "04"].contains(t.root), trig.from > 0, toks[trig.from - 1].matchesAnyReading(c.cues[.outcomeHeads]) {
                t.dropped = "a meeting planned or called off, not held"
                return
            }
            if isObjectOfEarlierTrigger(trig, t.pattern, toks, cs, s.discourse, c) {
                t.dropped = "the object of an earlier trigger"
                return
            }
            if isPurpose(trig, toks, cs, c) {
                t.dropped = "a purpose (لـ + verbal noun), not an act"
                return
            }
            // «بغرض قصف مدينة تعز»، «تصلح كقاعدة لإطلاق المفاوضات»: a noun right after a word of
            // purpose (cue purpose-heads) is a goal; a plan announced in the future stays one
            // («سيسافر إلى طهران الأسبوع المقبل لإجراء محادثات»: 036).
            if !t.future, trig.from > 0, toks[trig.from - 1].matches(c.cues[.purposeHeads]) {
                t.dropped = "a purpose (a word of purpose before the noun), not an act"
                return
            }
            // «دعا الحكومة وحزب العمال إلى وقف العنف وبدء مفاوضات»، «طالب بقمة عملانية»: the act
            // appealed for, after a verb of appeal in its clause, is what is asked, not done.
            if (max(cs, trig.from - 8)..<trig.from).contains(where: { toks[$0].matches(c.cues[.appealWords]) }) {
                t.dropped = "the content of an appeal"
                return
            }
        }
        if t.future {
            // Only a meeting announced is an event (an intent to meet); other announced acts are not.
            if t.root == "04" {
                t.code = "036"
            }
        }
    }

    /// Whether only a subject stands between two tokens: a mention (one at least, bare), its date
    /// words and commas.
    static func onlySubjectBetween(_ a: Int, _ b: Int, _ toks: [TokenInfo], _ s: SentenceState) -> Bool {
        guard a < b, s.actors.contains(where: { $0.from == a && $0.prep == nil && !$0.placeLike }) else { return false }
        return (a..<b).allSatisfy { k in
            s.actors.contains(where: { $0.from <= k && k < $0.to }) || s.dateTokens.contains(k) || (!toks[k].isWord && [",", "،"].contains(toks[k].token.norm))
        }
    }

    /// A meeting's noun right after a round-to-come phrase (cue next-round-words) that follows a
    /// word of time reference (cue time-reference-words) within two words before it.
    func nextRoundAsTime(_ trig: FoundTrigger, _ toks: [TokenInfo], _ c: CodingContext) -> Bool {
        guard
            let k = (max(0, trig.from - 4)..<trig.from).first(where: { k in
                c.cues[.nextRoundWords].phrases.contains { ph in k + ph.count == trig.from && ph.indices.allSatisfy { toks[k + $0].normWord == ph[$0] } }
            })
        else { return false }
        return (max(0, k - 2)..<k).contains { toks[$0].matchesAnyReading(c.cues[.timeReferenceWords]) }
    }

    /// An act told as planned, not done: a meeting in the imperfect dated today or tomorrow («يقوم
    /// وزير الخارجية اليوم بزيارة لموسكو»: announced for the day, cue day-ahead-words); a verb in
    /// the imperfect after such a verb or a future one in its sentence, with no conjunction («سيزور
    /// موسكو … يجري خلالها مباحثات»: the plan's programme, no reporting verb between); a verbal
    /// noun with a word of schedule after it («زيارة موغيريني المرتقبة»).
    func planned(_ trig: FoundTrigger, _ toks: [TokenInfo], _ cs: Int, _ clauses: Clauses, _ s: SentenceState, _ c: CodingContext) -> Bool {
        // «أعرب عن أمله في أن يقوم بزيارة»، «وتطلعه إلى استقبال الرئيس»: a meeting or visit a
        // speaker hopes for or looks forward to (cue wish-words within five words before it) is
        // not held; «قبل بدء جولة جديدة من محادثات السلام»، «الجولة المقبلة من محادثات» (cue
        // next-round-words, right before the noun) is a round still to come.
        if c.lexicon.events[trig.pattern].code.hasPrefix("04") {
            if (max(0, trig.from - 5)..<trig.from).contains(where: { toks[$0].matchesAnyReading(c.cues[.wishWords]) }) { return true }
            if (max(0, trig.from - 4)..<trig.from).contains(where: { k in
                c.cues[.nextRoundWords].phrases.contains { ph in k + ph.count == trig.from && ph.indices.allSatisfy { toks[k + $0].normWord == ph[$0] } }
            }) {
                return true
            }
        }
        let ahead = c.cues[.dayAheadWords]
        func today(_ v: FoundTrigger) -> Bool {
            guard v.isVerb, v.present, c.lexicon.events[v.pattern].code.hasPrefix("04") else { return false }
            let (a, b) = (clauses.start(v.from), clauses.end(v.to))
            // (Not a name: «جريدة "اليوم"»، «روسيا اليوم».)
            return (a..<b).contains { k in
                toks[k].matches(ahead) && !s.actors.contains { $0.from <= k && k < $0.to }
                    && !(k > 0 && toks[k - 1].token.norm == "\"")
            }
        }
        if trig.isVerb {
            if today(trig) { return true }
            guard trig.present, !trig.analysis.hasConjunction else { return false }
            return s.triggers.contains { v in
                (v.isVerb || v.future) && v.to <= trig.from && trig.from - v.to <= 12 && (v.future || today(v))
                    && !s.triggers.contains { r in r.from >= v.to && r.from < trig.from && c.lexicon.events[r.pattern].isReport }
            }
        }
        let end = clauses.end(trig.to)
        let nextVerb = s.triggers.first { $0.isVerb && $0.from >= trig.to && $0.from < end }?.from ?? end
        if (trig.to..<min(nextVerb, trig.to + 6)).contains(where: { toks[$0].matches(c.cues[.scheduleCues]) }) { return true }
        // «سيسافر إلى طهران الأسبوع المقبل لإجراء محادثات»، «سينقل خلال لقائه مع الرئيس بوتين»: a
        // meeting's noun a few words after a verb in the future (س on the imperfect) in its clause is
        // the plan's, not the news. (No ة, «سيارة» is a car; nor a word that only looks like one,
        // cue future-lookalikes: «سياسيون».)
        guard c.lexicon.events[trig.pattern].code.hasPrefix("04") else { return false }
        func futureVerb(_ k: Int) -> Bool {
            let t = toks[k]
            return t.isWord && !t.token.text.hasSuffix(Particle.taMarbuta) && !s.actors.contains { $0.from <= k && k < $0.to }
                && !t.matches(c.cues[.futureLookalikes])
                && t.analyses.contains { $0.hasFuture && !$0.hasArticle && $0.suffix.isEmpty && $0.stem.unicodeScalars.count >= 4 }
        }
        if (max(cs, trig.from - 6)..<trig.from).contains(where: futureVerb) { return true }
        // «إن اجتماع كيري مع لافروف الذي سيشارك فيه … سيركز على الحرب»: a meeting's noun opening a
        // clause, with a relative clause on it in the future, is still to be held.
        let opensClause = trig.from == cs || trig.from > 0 && toks[trig.from - 1].matches(c.cues[.clauseWords])
        return opensClause
            && (trig.to..<min(toks.count, trig.to + 10)).contains { k in
                k > 0 && toks[k - 1].matches(c.cues[.relativePronouns]) && futureVerb(k)
                    && !s.triggers.contains { $0.from >= trig.to && $0.from < k - 1 }
            }
    }

    /// Whether a token or a phrase of the sport words is in the sentence.
    static func aboutSport(_ toks: [TokenInfo], _ sport: Cue) -> Bool {
        for i in toks.indices where toks[i].startsAnyReading(sport) {
            let t = toks[i]
            if t.matchesAnyReading(sport) { return true }
            let stems = t.stems
            for p in sport.phrases where i + p.count <= toks.count && (t.normWord == p[0] || stems.contains(p[0])) {
                if (1..<p.count).allSatisfy({ toks[i + $0].normWord == p[$0] }) { return true }
            }
        }
        return false
    }

    /// A verb right after a relative pronoun, or after one and a form of كان («المتظاهرين الذين
    /// تجمعوا»، «الذين كانوا يرددون هتافات»): the clause says who the people before it are. A
    /// protest told so is the background of what the sentence reports of them (they were
    /// dispersed, addressed, arrested), or of them again (وهتف المتظاهرون الذين رفعوا العلم).
    func inRelativeClause(_ trig: FoundTrigger, _ toks: [TokenInfo], _ cs: Int, _ c: CodingContext) -> Bool {
        guard trig.isVerb, trig.from > 0 else { return false }
        var k = trig.from - 1
        if toks[k].matches(c.cues[.auxiliaryWords]), k > 0 { k -= 1 }
        return toks[k].matches(c.cues[.relativePronouns])
    }

    /// «بث التلفزيون تقريراً يطالب فيه …»، «صور لحوثيين رفضوا القتال»، «مشروع قانون يلغي العقوبات»:
    /// a verb with no conjunction right after an indefinite noun that is a genitive or an object
    /// opens a relative clause on it (جملة الصفة: an indefinite noun takes no relative pronoun). The
    /// noun is no mention, count, date, particle or noun of an act. An
    /// indefinite subject (SVO: «إن مسلحين هاجموا») is a mention or stands after a complementiser,
    /// so it is left alone.
    func describesIndefinite(_ trig: FoundTrigger, _ toks: [TokenInfo], _ cs: Int, _ s: SentenceState, _ c: CodingContext) -> Bool {
        let p = trig.from - 1
        guard p > cs, !trig.analysis.hasConjunction, !trig.future else { return false }
        func plainNoun(_ k: Int) -> Bool {
            let t = toks[k]
            guard t.isWord, !t.isCount, !s.dateTokens.contains(k), !s.actors.contains(where: { $0.from <= k && k < $0.to }),
                !t.analyses.contains(where: { $0.hasArticle || !$0.suffix.isEmpty }), !t.normWord.text.startsWithArticle,
                t.normWord.text.utf8.count >= 8, c.lexicon.verbIndex[t.normWord] == nil
            else { return false }
            let function: [CueKind] = [
                .prepositions, .relativePronouns, .auxiliaryWords, .negators, .hedges, .pronounComplementisers, .clauseWords,
                .timeClauseWords, .futureParticles, .quantityWords, .approximationWords, .pastMarkers, .parentheticalOpeners,
            ]
            return !function.contains { t.matchesAnyReading(c.cues[$0]) }
        }
        // (Not on a noun of an act, near one or part of one: «غارة أميركية استهدفته»، «بعد زيارة عمل
        // التقى خلالها» tell the act itself.)
        guard plainNoun(p), !s.triggers.contains(where: { $0.to > p - 3 && $0.from <= p }) else { return false }
        let w = toks[p].normWord.text
        // (Not a counted noun: «يبلغ من العمر 49 عاماً قتلوا».)
        let accusative = w.bytesEnd(with: "ا") && !w.bytesEnd(with: "يا") && !toks[p - 1].isCount
        let withPreposition = toks[p].analyses.first?.attachedPreposition != nil
        // An imperfect after an indefinite noun is its description («قرار يدين»، «مقترح يطالب»,
        // «مشروع قانون يلغي»), after a preposition, a construct or with the accusative
        // ending; a perfect only after a noun with a preposition on it, which no subject has («من جهته
        // عبر» is not one; nor «إن مسلحين أكراداً قتلوا»: an adjective of a subject).
        if c.lexicon.verbIndex[toks[trig.from].normWord]?.first?.tense == .present {
            return withPreposition || accusative || toks[p - 1].matches(c.cues[.prepositions]) || plainNoun(p - 1)
        }
        return withPreposition
    }

    /// A negator within three words before the trigger in its clause (one for a noun, past قد).
    func negated(_ trig: FoundTrigger, _ toks: [TokenInfo], _ cs: Int, _ c: CodingContext) -> Bool {
        var neg = false
        for back in 1...3 where trig.from - back >= cs {
            let w = toks[trig.from - back].normWord
            // («على ما أعلن»، «بحسب ما ذكرت»: after a preposition ما is "what", not "not".)
            let relative = trig.from - back > 0 && toks[trig.from - back - 1].matches(c.cues[.prepositions])
            if toks[trig.from - back].matches(c.cues[.negators]) && !relative { neg = true }
            if w != Words.qad && back == 1 && !trig.isVerb { break }
        }
        return neg
    }

    enum Hedge { case none, hedged, scheduled }

    /// A hedge from two words before the trigger's clause: قد + imperfect ("may"), but not قد +
    /// perfect (emphatic: it happened); a schedule before a meeting makes it an intent (036).
    func hedge(_ trig: FoundTrigger, _ pat: EventPattern, _ toks: [TokenInfo], _ cs: Int, _ c: CodingContext) -> Hedge {
        var scheduled = false
        for j in max(0, cs - 2)..<trig.from where toks[j].matches(c.cues[.hedges]) {
            let stem = toks[j].stems.last ?? toks[j].normWord
            if toks[j].normWord == Words.qad || stem == Words.qad {
                if trig.isVerb, c.lexicon.verbIndex[toks[trig.from].forms.first?.0 ?? ""]?.first?.tense == .past { continue }
                if j + 1 < toks.count, j + 1 != trig.from { continue }
            }
            // "من المقرر أن يلتقي"، "يعتزم زيارة": a scheduled meeting is an intent to meet (036).
            if toks[j].matches(c.cues[.scheduleCues]) && pat.code.hasPrefix("04") {
                scheduled = true
                continue
            }
            return .hedged
        }
        return scheduled ? .scheduled : .none
    }

    /// A verbal noun after a word of cause or topic (ردّاً على، بسبب، إدانة): not an act reported.
    func isCause(_ trig: FoundTrigger, _ toks: [TokenInfo], _ c: CodingContext) -> Bool {
        let cues = c.cues[.causeCues]
        for back in 1...2 where trig.from - back >= 0 {
            let t = toks[trig.from - back]
            // «وقال عقب لقائه مع الأمين العام»، «بعد مفاوضات أجرتها مع واشنطن»: a meeting's noun after
            // a word of time that follows it (cue after-words), with its party (a pronoun on the
            // noun, or «مع» / «ب» right after it), was held: it is reported, not a cause.
            if back == 1, c.lexicon.events[trig.pattern].code.hasPrefix("04"), t.matchesAnyReading(c.cues[.afterWords]),
                !trig.analysis.suffix.isEmpty && !toks[trig.from].token.text.hasSuffix("ة")  // (ة is no pronoun: «استضافة»)
                    || (trig.to..<min(toks.count, trig.to + 3)).contains(where: { k in
                        toks[k].token.normIs("مع") || (k == trig.to && toks[k].analyses.contains { $0.attachedPreposition == Particle.bi })
                    })
            {
                continue
            }
            if cues.contains(t.normWord) || t.forms.contains(where: { cues.contains($0.0) }) { return true }
        }
        // The word itself a motive (احتجاجاً، لمكافحة), unless its pattern was written for it in
        // its context (محاكمة after أجلت، استأنفت: the trial is the act).
        return c.lexicon.events[trig.pattern].context.isEmpty && cues.contains(Word(trig.analysis.prefix + toks[trig.from].token.norm))
    }

    /// A noun inside the argument of an earlier trigger in its clause is its object, not an event.
    /// (Discussing cooperation is itself an intent to cooperate: 03 nouns stay after a 04 verb.)
    /// (A protest dispersed or attacked still happened: 14 nouns stay after 17–19 verbs.)
    /// (A trigger in a phrase of time — "خلال لقائهما" — takes no argument: what follows is the
    /// main clause's.)
    func isObjectOfEarlierTrigger(
        _ trig: FoundTrigger, _ pat: EventPattern, _ toks: [TokenInfo], _ cs: Int, _ d: Discourse, _ c: CodingContext
    ) -> Bool {
        // (A noun that names its own source after a preposition — «تقدمت المقاومة بدعم من قوات
        // التحالف» — tells an act of another, not what the earlier act was done to.)
        if !trig.isVerb, case .preposition = pat.sourceSlot, pat.subjectIsTarget { return false }
        return d.covered.contains {
            $0.position >= cs && $0.position < trig.from && !($0.root == "04" && pat.code.hasPrefix("03"))
                // (An attack claimed or denied — «أعلن مسؤوليته عن الهجوم» — is still reported.)
                && !($0.root == "01" && c.isViolent(pat.code))
                && !(["17", "18", "19"].contains($0.root) && pat.code.hasPrefix("14"))
                && !($0.position > 0 && toks[$0.position - 1].matchesAnyReading(c.cues[.duringWords]))
        }
    }

    /// «لنقل المساعدات»، «للتشاور»، «لبحث العلاقات»: a verbal noun with لـ of purpose tells what an
    /// act was for, not an act. (Not after «تعرض» — suffering the act named — nor after a verb of
    /// result: «أدى لمقتل».)
    func isPurpose(_ trig: FoundTrigger, _ toks: [TokenInfo], _ cs: Int, _ c: CodingContext) -> Bool {
        // («باستخدام قاعدة انجرليك لشن غارات»: لـ on a form read only as a past verb is the verbal
        // noun of purpose — لـ takes no past verb.)
        let verbAs = { (a: CliticAnalysis) in c.lexicon.verbIndex[Word(a.stem)] }
        let lamOnPast =
            trig.isVerb && !toks[trig.from].analyses.contains { $0.prefix.isEmpty && verbAs($0) != nil }
            && toks[trig.from].analyses.contains { a in
                a.prefix.hasSuffix(Particle.li) && (verbAs(a).map { !$0.isEmpty && $0.allSatisfy { $0.tense == .past } } ?? false)
            }
        guard trig.isVerb ? lamOnPast : trig.analysis.endsInLam || trig.analysis.attachedPreposition == Particle.li, trig.from > cs else { return false }
        let before = max(cs, trig.from - 16)..<trig.from
        if before.contains(where: { toks[$0].matchesAnyReading(c.cues[.sufferVerbs]) }) { return false }
        if (max(cs, trig.from - 3)..<trig.from).contains(where: { toks[$0].matchesAnyReading(c.cues[.resultWords]) }) { return false }
        return true
    }
}
