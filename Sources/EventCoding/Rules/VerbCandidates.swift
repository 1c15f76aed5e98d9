import ArabicText
import Lexicon

/// An active verb's candidates: the last bare mention before it in its clause (its subject in
/// SVO) and the first one after it (its subject in VSO, else its object). A violent verb right
/// after a violent verbal noun (and its adjectives) past that mention qualifies the noun («استشهد
/// شرطي مصري في هجوم إرهابي استهدف سيارة»): the noun is its subject, not the mention.
struct VerbCandidates: ArgumentRule {
    let name = "verb-frame"

    func apply(_ a: inout Arguments, _ c: TriggerContext) {
        guard c.trig.isVerb, !c.trig.passive else { return }
        // (Not a mention in construct after a place or fighters of its own, «هجمات على أوكار تنظيم
        // داعش … فقتلت»: the genitive of the noun before it.)
        a.subjectBefore = c.lastBare(c.before.filter { !Self.isSeatGenitive($0, c) })
        a.mentionAfter = c.firstBare(c.after)
        // «إن المقاومة اقتحمت معقل مليشيات الحوثي … وسيطرت على»: a verb joined by و to an earlier one
        // shares its subject; the mention between them is the earlier verb's object.
        if c.trig.analysis.hasConjunction, let pre = a.subjectBefore, let first = pre.first, let obj = c.discourse.lastObject.first,
            obj.group == first.group, let subj = c.discourse.lastSubject.first, subj.to <= obj.from
        {
            a.subjectBefore = c.discourse.lastSubject
        }
        // (Civilians before it with no object after it stay its victims: «قتل ستة أشخاص في انفجار
        // استهدف».)
        // (With no mention before it too, when the noun is what an earlier violent verb carries:
        // «وشن 4 غارات جوية استهدفت قوات صالح».)
        let pre = a.subjectBefore ?? []
        if c.violent, let end = pre.map(\.to).max() ?? Optional(c.cs), !(Self.object(a, c) == nil && !pre.isEmpty && pre.allSatisfy { $0.role == "CVL" }),
            let noun = c.triggers.last(where: { n in
                c.isViolentNoun(n) && n.from >= end && n.to <= c.trig.from && Self.wordsBetween(n.to, c.trig.from, c) <= 2
                    && (n.to..<c.trig.from).allSatisfy { c.toks[$0].isWord }
            }),
            !pre.isEmpty || Self.carried(noun, c)
        {
            a.subjectBefore = []
            a.relativeNoun = noun.from..<noun.to
        }
        // «وفيما واصلت المقاومة عمليات تطهير … واصلت طائرات التحالف ضرباتها»: a verb with no
        // conjunction and a bare mention right after it is in VSO order when the mention before it
        // stands three words or more away (not counting other mentions), with no relative pronoun, trigger or other bare actor between
        // (it is an earlier clause's subject, not this verb's topic). Not a participle or masdar
        // read as a verb (متهماً، إدانة), nor one right after a word outside mentions and dates
        // («استمرار قصف قوات النظام»، «مواصلة طرد الحوثي»: the masdar in construct).
        // (Not after a complementiser whose pronoun agrees with the verb: «مشيرة إلى أنها تستهدف
        // ناشطين من حزب العمال» — the pronoun is the subject.)
        if a.relativeNoun == nil, !c.trig.analysis.hasConjunction, !Self.agreeingComplementiser(c), let pre = a.subjectBefore,
            let end = pre.map(\.to).max(),
            let post = a.mentionAfter, let first = post.first, first.from == c.trig.to, Self.looksFinite(c.toks[c.trig.from].token.text),
            !Self.afterPlainWord(c),
            (end..<c.trig.from).filter({ c.toks[$0].isWord && !c.dateTokens.contains($0) && !c.actorTokens.contains($0) }).count >= 3,
            !(end..<c.trig.from).contains(where: { c.toks[$0].matches(c.cues[.relativePronouns]) }),
            !c.triggers.contains(where: { $0.from >= end && $0.to <= c.trig.from }),
            !c.actors.contains(where: { $0.from >= end && $0.to <= c.trig.from && !$0.placeOnly && $0.prep == nil && $0.group != pre.first?.group })
        {
            a.subjectBefore = nil
        }
        // «وسط تزايد هجمات حزب العمال الكردستاني ضد الجيش وشن سلاح الجو التركي ضربات جوية»: a verb
        // joined by و with a bare mention right after it, whose candidate before it is the genitive
        // of a violent noun (that noun's agent, in construct), is in VSO order.
        if a.relativeNoun == nil, c.trig.analysis.hasConjunction, let pre = a.subjectBefore, let head = pre.first,
            let post = a.mentionAfter, let first = post.first, first.from == c.trig.to, Self.looksFinite(c.toks[c.trig.from].token.text),
            c.triggers.contains(where: { !$0.isVerb && $0.to == head.from })
        {
            a.subjectBefore = nil
        }
    }

    /// The words between a violent noun and the verb that qualifies it, not counting where it was
    /// («هجوم بسيارة مفخخة في العاصمة صنعاء استهدف منزل قيادي حوثي»): a place mention, and its
    /// preposition and the noun of its kind before it.
    static func wordsBetween(_ from: Int, _ to: Int, _ c: TriggerContext) -> Int {
        let places = c.actors.filter { ($0.placeLike || $0.placeOnly) && $0.prep != nil && $0.from >= from && $0.to <= to }
        return (from..<to).filter { k in !places.contains { m in k >= max(from, m.from - 2) && k < m.to } }.count
    }

    /// Whether the word before the verb is a complementiser with a pronoun agreeing with it (cue
    /// `pronoun-complementisers`): «أنها تستهدف»، «أنه قتل»، «أنهم شنوا» — not «أنه قصفت قوات النظام»,
    /// whose masculine pronoun is of the matter (ضمير الشأن) and the verb's subject follows it.
    static func agreeingComplementiser(_ c: TriggerContext) -> Bool {
        guard c.trig.from > 0 else { return false }
        let w = c.toks[c.trig.from - 1].normWord
        guard c.cues[.pronounComplementisers].contains(w) else { return false }
        let text = w.text
        if text.hasSuffix("هم") { return true }
        if text.hasSuffix("ها") { return c.trig.feminine }
        return !c.trig.feminine
    }

    /// Whether an earlier violent verb of the sentence carries this noun as its object
    /// («شن … غارات»، «نفذت … هجوماً»).
    static func carried(_ noun: FoundTrigger, _ c: TriggerContext) -> Bool {
        c.triggers.contains { t in
            t.isVerb && t.to <= noun.from && c.coding.isViolent(c.lexicon.events[t.pattern].code)
                && ((t.after?.overlaps(noun.from..<noun.to) ?? false) || (t.to..<noun.from).count <= 2)
        }
    }

    /// The mention after the verb, if no other trigger stands before it (its object in a relative
    /// clause: «في سلسلة تفجيرات استهدفت مناطق … في هجمات تبنى بعضها تنظيم داعش» has none).
    static func object(_ a: Arguments, _ c: TriggerContext) -> [FoundActor]? {
        guard let post = a.mentionAfter, let first = post.first, !c.triggers.contains(where: { $0.from >= c.trig.to && $0.from < first.from })
        else { return nil }
        return post
    }

    /// Whether a verb's spelling can be a finite verb: not ending in ة (a masdar: إدانة) or in the
    /// tanween alif of a participle (متهماً، مؤكدا).
    static func looksFinite(_ text: String) -> Bool {
        let last = text.unicodeScalars.suffix(2).map(\.value)
        if text.hasSuffix(Particle.taMarbuta) || last.contains(0x064B) { return false }
        return !(text.hasPrefix("م") && text.hasSuffix(Particle.tanweenAlif))
    }

    /// Whether the word before the trigger is a noun in construct with it: a word with no article
    /// ending in ة (مواصلة), or a masdar of the forms استفعال and افتعال (استمرار، انتشار), or the
    /// auxiliary of a masdar (cue masdar-auxiliaries: تم، يتم).
    static func afterPlainWord(_ c: TriggerContext) -> Bool {
        let k = c.trig.from - 1
        guard k >= 0, c.toks[k].isWord, !c.dateTokens.contains(k), !c.actorTokens.contains(k) else { return false }
        let text = c.toks[k].token.text
        let n = c.toks[k].token.norm
        if n.startsWithArticle || n.startsWithConjoinedArticle { return false }
        if text.hasSuffix(Particle.taMarbuta) || c.toks[k].matches(c.cues[.masdarAuxiliaries]) { return true }
        let letters = Array(n)
        return letters.count >= 5 && letters.first == "ا" && letters[letters.count - 2] == "ا"
    }

    /// Whether a mention stands in construct after a building or position of its own (a word of
    /// cue seat-nouns with no article, right before it; not its fighters, cue fighter-heads).
    static func isSeatGenitive(_ m: FoundActor, _ c: TriggerContext) -> Bool {
        let k = m.from - 1
        guard k >= 0, m.prep == nil, !c.actorTokens.contains(k) else { return false }
        let t = c.toks[k]
        return t.matchesAnyReading(c.cues[.seatNouns]) && !t.matchesAnyReading(c.cues[.fighterHeads]) && !t.analyses.contains(where: \.hasArticle)
            && !t.token.norm.startsWithArticle
    }
}
