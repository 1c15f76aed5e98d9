import ArabicText
import Lexicon

/// The verb's frame. Passive: the first bare mention after it (else the last before it) is the
/// target, an agent phrase (على يد، من قبل) the source. Active: the subject before it (SVO) with
/// the mention after it as the object; else the mention after it is the subject (VSO) and the next
/// bare mention the object. A verb whose ending carries its subject (حملوا، يطالبون) takes no
/// subject after it: its subject is a topic (أما X، فـ…) or the last one before it. A feminine
/// verb (طالبت) does not take a man after it as its subject.
struct VerbFrame: ArgumentRule {
    let name = "verb-frame"

    func apply(_ a: inout Arguments, _ c: TriggerContext) {
        guard c.trig.isVerb else { return }
        if c.trig.passive {
            a.target = c.firstBare(c.after) ?? c.lastBare(c.before) ?? []
            a.source = c.agentAfter() ?? []
            return
        }
        guard !a.framed else { return }
        if let noun = a.relativeNoun {
            // The noun's agent, if the last violence named one for it (or for the light verb that
            // carries it: «نفذت المقاومة هجوماً استهدف»).
            if let t = c.discourse.lastViolence, (t.trigger.from..<t.trigger.to).overlaps(noun) || (t.trigger.after?.overlaps(noun) ?? false) {
                a.source = t.source
            }
            if let post = VerbCandidates.object(a, c) { a.target = post }
        } else if Self.isParticipleOfState(c) {
            // «…، مشيداً بمواقف دول التحالف»، «مقدماً أحر التعازي للقيادة»: a participle of state
            // (الحال) describes the subject of the clause it follows; no mention after it is its
            // subject, nor one inside a phrase before it («ولا تقبل أي مساس بأمن البحرين …
            // مشيداً»). Only a mention right before it is (the one it describes: «رجال الأعمال
            // مقدمين تهنئتهم»); else the subject carries over (ProDrop). What follows it is its
            // object.
            if let pre = a.subjectBefore, let last = pre.last, last.to == c.trig.from {
                a.source = pre
            } else if let report = c.discourse.lastReport, report.at < c.trig.from, let subj = c.discourse.lastSubject.first, subj.from > report.at,
                !report.subject.contains(where: { $0.group == subj.group })
            {
                // «وقال إن السفير السعودي زار الطفلة …، معبراً عن شكره»: after a reported clause, it
                // describes the reporter, not the clause's subject.
                a.source = report.subject
                a.sourceFromContext = true
                a.noCarryOver = report.subject.isEmpty
            }
            if let post = a.mentionAfter, let first = post.first, !Self.tooFarOrGoverned(first, c) { a.target = post }
        } else if let pre = a.subjectBefore, !pre.isEmpty {
            a.source = pre
            if let post = a.mentionAfter { a.target = post }
        } else if c.trig.ownSubject {
            // The subject is in the ending: the topic of «أما X، فـ…» if the verb is in its
            // comment, else the last subject before it (ProDrop); what follows is the object.
            if let k = (0..<c.trig.from).last(where: { c.toks[$0].normWord == Word(Particle.amma) }) {
                a.source = c.firstBare(c.actors.filter { $0.from > k && $0.to <= c.trig.from && !$0.placeOnly }) ?? []
            }
            // (Its object stands right after it: «قتلوا … جراء ألغام زرعها الحوثيون» has none.)
            if let post = a.mentionAfter, let first = post.first, first.from <= c.trig.to + 2 { a.target = post }
        } else if let post = a.mentionAfter, let first = post.first, c.trig.feminine, Self.isMan(first, c) || Self.menAfter(first, c) {
            // «إن القيادة الفلسطينية طالبت الأمين العام …»: a feminine verb does not agree with a
            // man after it; he is its object, and its subject came before (ProDrop).
            a.target = post
            // «وحققت قوات هادي … سلسلة انجازات …، وطردت الاثنين الحوثيين»: joined by «و» to the
            // feminine verb the sentence opens with, it shares that verb's subject (the mention
            // right after it), though that verb was no event.
            if c.trig.analysis.hasConjunction, c.trig.from > 2, c.toks[0].isWord, !c.toks[0].token.norm.startsWithArticle,
                c.toks[0].token.text.hasSuffix("ت"), c.toks[0].token.text.unicodeScalars.count >= 4,
                let subject = c.actors.first(where: { $0.from == 1 }), subject.prep == nil, !subject.placeLike, !subject.placeOnly,
                subject.namesSomeone, !post.contains(where: { $0.group == subject.group })
            {
                a.source = c.group(subject.group)
            }
        } else if let post = a.mentionAfter, let first = post.first, first.from == c.trig.to, Self.isMasculine(c), Self.isFeminineBody(first, c) {
            // «وطالب الحكومة الاتحادية بالإسراع»: a masculine verb does not agree with a feminine
            // body right after it (الحكومة، السلطات، قوات); it is the object, and the subject came
            // before (ProDrop).
            a.target = post
        } else if let post = a.mentionAfter, let first = post.first, Self.ownsTheObject(first, c) {
            // «وقصفت مواقع الحوثيين»: a mention in construct after a place of its own (cue
            // seat-nouns) right after the verb owns the verb's object; it is no subject.
            a.target = post
        } else if let post = a.mentionAfter, let first = post.first, Self.tooFarOrGoverned(first, c) {
            // «ونوه بيقظة رجال الأمن»: a mention in construct after a noun with its preposition is
            // that phrase's, not the verb's subject; nor is one far past the verb («معرباً عن شكره
            // للشعب السعودي … لنصرة أشقائه السوريين»): the subject was dropped (ProDrop).
            return
        } else if let post = a.mentionAfter, let first = post.first, !c.violent, Self.nounIsTheObject(before: first, c) {
            // «العالم يدين تفجير مسجد قوات الطوارئ»: a violent verbal noun right after a verb of
            // words is its object; a mention after it is in that noun's phrase (its victims, its
            // place), not the verb's subject, which came before (ProDrop) or is unknown.
            return
        } else if let post = a.mentionAfter, let first = post.first, c.violent, Self.nounIsTheSubject(before: first, c) {
            // «استهدفت إحدى الغارات دبابة تابعه للحوثيين»: a violent verbal noun right after the
            // verb is its subject (the raid); the mention after it is the object, not the attacker.
            a.target = post
        } else if let post = a.mentionAfter, Self.meetsWhomAfterHaythu(post, c) {
            // «وصل دي ميستورا الى دمشق حيث التقى وزير الخارجية وليد المعلم»: a meeting or a visit
            // right after «حيث», with one mention after it, tells more of the visit before it; the
            // mention is whom the visitor met, and the subject carries over (ProDrop).
            a.target = post
        } else if let post = a.mentionAfter {
            a.source = post
            var rest = c.after.filter { $0.from >= (post.last?.to ?? 0) && $0.group != post.first?.group }
            // «اتهمت الحكومة اليمنية المقيمة وقوات التحالف، الحوثيين»، «استنكر نائب رئيس مجلس الأمة …
            // ورئيس لجنة الصداقة»: a mention joined by «و» to the subject, right after it (past one
            // word of it at most), is a second subject, not the object.
            if let end = post.last?.to, let m = rest.first, m.coordinated || m.conjoined, m.from <= end + 1,
                (end..<m.from).allSatisfy({ k in c.toks[k].isWord && !c.toks[k].matches(c.cues[.prepositions]) && !c.triggers.contains { $0.from == k } })
            {
                rest.removeAll { $0.group == m.group }
            }
            // (Not past another trigger: «أدانت مصر وألمانيا … الجريمة البشعة وأكدوا وقوفهم إلى
            // جانب المملكة» has its object in no mention.)
            if let obj = c.firstBare(rest), let o = obj.first, o.from < c.nextVerb {
                a.target = obj
            }
        }
    }

    /// Whether the trigger is an active participle in the accusative of state (الحال): a word
    /// opening with م (its conjunction aside) ending in the tanween alif or the plural ين
    /// (مشيداً، مؤكدا، معبرين), read as a verb.
    static func isParticipleOfState(_ c: TriggerContext) -> Bool {
        guard c.trig.isVerb, !c.trig.passive, c.trig.to == c.trig.from + 1 else { return false }
        var text = Substring(c.toks[c.trig.from].token.norm)
        if c.trig.analysis.hasConjunction, text.hasPrefix("و") || text.hasPrefix("ف") { text = text.dropFirst() }
        // (Not a finite verb of a root with م in the plural, مثلوا، مارسوا.)
        guard text.hasPrefix("م"), text.unicodeScalars.count >= 5, !text.hasSuffix("وا") else { return false }
        return text.hasSuffix("ا") || text.hasSuffix("ين") || !VerbCandidates.looksFinite(c.toks[c.trig.from].token.text)
    }

    /// Whether the trigger, a meeting or a visit (root 04) right after «حيث», has the mention `post`
    /// after it and no other bare one, and the clause before it named a subject that `post` is not:
    /// the mention is its object. (Not a dual subject: «حيث التقى الفريقان».)
    static func meetsWhomAfterHaythu(_ post: [FoundActor], _ c: TriggerContext) -> Bool {
        guard c.root == "04", c.trig.from > 0, c.toks[c.trig.from - 1].normWord.text == Particle.haythu, let first = post.first,
            !c.discourse.lastSubject.isEmpty, !c.discourse.lastSubject.contains(where: { s in post.contains { $0.group == s.group } }),
            !(c.toks[first.from].token.norm.startsWithArticle && c.toks[first.from].token.norm.hasSuffix("ان"))
        else { return false }
        let end = post.map(\.to).max() ?? first.to
        return !c.after.contains { m in m.from >= end && m.prep == nil && m.from < c.nextVerb && !m.placeOnly && !post.contains { $0.group == m.group } }
    }

    /// Whether a violent verbal noun stands right after the verb (or after one word: «إحدى
    /// الغارات») and before the mention `m`.
    static func nounIsTheSubject(before m: FoundActor, _ c: TriggerContext) -> Bool {
        c.triggers.contains { n in c.isViolentNoun(n) && n.from >= c.trig.to && n.from <= c.trig.to + 1 && n.to <= m.from }
    }

    /// Whether a violent verbal noun stands right after the verb, before the mention `m`.
    /// (Or a noun of an attack a condemnation names, cue condemned-act-nouns, which is no trigger of
    /// its own there.)
    static func nounIsTheObject(before m: FoundActor, _ c: TriggerContext) -> Bool {
        guard c.trig.to < m.from else { return false }
        return c.triggers.contains { n in c.isViolentNoun(n) && n.from == c.trig.to && n.to <= m.from }
            || c.pat.code.hasPrefix("11") && c.toks[c.trig.to].spelled(c.cues[.condemnedActNouns])
    }

    /// Whether the mention stands in construct after a building, position or fighters of its own
    /// (مواقع، مقر، مقاتلي) that opens the verb's object.
    static func ownsTheObject(_ m: FoundActor, _ c: TriggerContext) -> Bool {
        let k = m.from - 1
        guard k >= c.trig.to, k <= c.trig.to + 1, m.prep == nil else { return false }
        let t = c.toks[k]
        return t.matchesAnyReading(c.cues[.seatNouns]) && !t.analyses.contains(where: \.hasArticle) && !t.token.norm.startsWithArticle
    }

    /// Whether the first mention after a verb cannot be its subject: it stands in construct right
    /// after a noun with an attached preposition (بيقظة، بجهود، لنصرة: a stem of three letters or
    /// more, no article), or more than six words past the verb (date words not counted).
    static func tooFarOrGoverned(_ m: FoundActor, _ c: TriggerContext) -> Bool {
        if c.words(from: c.trig.to, to: m.from) > 6 { return true }
        let k = m.from - 1
        guard k >= c.trig.to, !c.actorTokens.contains(k), !c.triggers.contains(where: { $0.from <= k && k < $0.to }) else { return false }
        let t = c.toks[k]
        return !t.token.norm.startsWithArticle
            && t.analyses.contains { $0.attachedPreposition != nil && !$0.hasArticle && $0.stem.unicodeScalars.count >= 3 }
            && !t.matches(c.cues[.prepositions])
    }

    /// A man's office: a title whose first word past honorifics (فخامة) is not feminine (وزيرة).
    /// (A name alone says nothing: the lexicon does not know who is a woman.)
    static func isMan(_ m: FoundActor, _ c: TriggerContext) -> Bool {
        guard m.title != nil,
            let head = (m.from..<m.to).first(where: { !c.toks[$0].spelled(c.cues[.honorifics]) })
        else { return false }
        return !c.toks[head].token.text.hasSuffix(Particle.taMarbuta)
    }

    /// Men named by a sound masculine plural (المسلحين، الحوثيين، المتهمين) right after the verb, or
    /// after a count of them («وقتلت ستة من المسلحين»): a feminine verb does not agree with them,
    /// so they are its object («طردت الحوثيين»), not its subject. Not a state's name (البحرين),
    /// nor a mention after another noun, which the verb agrees with («دانت نقابة الصحفيين»).
    static func menAfter(_ m: FoundActor, _ c: TriggerContext) -> Bool {
        guard m.person == nil, m.title == nil, m.role != nil, !m.placeLike, !m.placeOnly, !m.instrument,
            (c.trig.to..<m.from).allSatisfy({ c.toks[$0].isCount || c.toks[$0].normWord == Word(Particle.min) })
        else { return false }
        let head = c.toks[m.from].lastStem.text
        return head.unicodeScalars.count >= 5 && (head.hasSuffix("ين") || head.hasSuffix("ون"))
    }

    /// A verb in the masculine singular: neither feminine nor carrying its subject, and not written
    /// as one (a perfect ending in ت, an imperfect opening with ت). Of a derived form (four
    /// letters or more: طالب، هاجم، استهدف): a verb of the first form is spelled like its masdar
    /// («أكد … قصف الطائرات التركية»: the shelling by the planes), whose genitive is its agent; nor
    /// a masdar or participle spelled otherwise (إدانة، مطالباً). A defective verb of three letters
    /// ending in ا (دعا) is no masdar's spelling (دعوة، دعاء) and counts.
    static func isMasculine(_ c: TriggerContext) -> Bool {
        guard !c.trig.feminine, !c.trig.ownSubject, !c.trig.passive, VerbCandidates.looksFinite(c.toks[c.trig.from].token.text) else { return false }
        let stem = c.trig.analysis.stem
        // (A defective verb of three letters is masculine too: «ودعا الحكومة اليمنية إلى …».)
        let defective = stem.unicodeScalars.count == 3 && stem.hasSuffix("ا")
        return (stem.unicodeScalars.count >= 4 || defective) && !stem.hasSuffix("ت") && !stem.hasPrefix("ت") && !stem.hasPrefix("ن")
    }

    /// A body named by a feminine noun (الحكومة، الجامعة، السلطات، قوات): the mention's first word
    /// ends in ة or the plural ات, and it is no person, title, honorific or count (سماحة المفتي،
    /// أسامة، «طالب المئات»).
    static func isFeminineBody(_ m: FoundActor, _ c: TriggerContext) -> Bool {
        guard m.person == nil, m.title == nil, !c.toks[m.from].matches(c.cues[.honorifics]), !c.toks[m.from].isCount,
            !c.toks[m.from].matchesAnyReading(c.cues[.quantityWords])
        else { return false }
        let text = c.toks[m.from].token.text
        return text.hasSuffix(Particle.taMarbuta) || text.hasSuffix("ات") || c.toks[m.from].matchesAnyReading(c.cues[.femininePluralBodies])
    }
}
