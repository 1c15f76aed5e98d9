import ArabicText
import Lexicon

/// A pattern that names where its source stands (`source: من` for «تلقى … اتصالاً من X», `source: ل`
/// for «زيارة لوزير الدفاع الأميركي», `object` for «وكان في استقباله … X»): the actor there is the
/// source, and the grammatical subject the frame took for it (the one who received the call, the
/// one received) is then the target.
struct SourceSlot: ArgumentRule {
    let name = "source-slot"

    func apply(_ a: inout Arguments, _ c: TriggerContext) {
        var found: [FoundActor]?
        switch c.pat.sourceSlot {
        case .preposition(let p): found = c.withPrep(p, c.after)
        // «وكان في استقباله لدى وصوله … الأمير فيصل»: the first bare mention after it that names
        // someone (not the airport's town).
        case .object: found = c.after.first { $0.prep == nil && !$0.placeLike && !$0.placeOnly }.map { c.group($0.group) }
        default: found = nil
        }
        if found == nil, let g = genitiveOfObject(c) ?? pastUnknownWords(c) {
            // (The frame read the genitive as the verb's object: it called, the subject received.)
            if a.target.contains(where: { $0.group == g.first!.group }) { a.target = [] }
            if a.source.contains(where: { $0.group == g.first!.group }) { return }
            found = g
        }
        // «الرئيس الإيراني يتلقى دعوة رسمية لزيارة إيطاليا»: with no one named where the source
        // stands, the verb's subject is still the one who received; who sent is not told, and
        // what follows is not its object.
        if found == nil, case .preposition = c.pat.sourceSlot, c.trig.isVerb, !a.source.isEmpty {
            a.target = a.source
            a.source = []
            return
        }
        guard let s = found, !s.contains(where: { x in a.target.contains { $0.group == x.group } }) else { return }
        // A noun whose target is the subject (`target: subject`: «تقدمت المقاومة بدعم من التحالف»،
        // «قوات هادي المدعومة من التحالف») has for it the last bare mention before it in its clause.
        let subject = a.source.isEmpty && !c.trig.isVerb && c.pat.subjectIsTarget ? (c.lastBare(c.before) ?? []) : a.source
        a.source = s
        a.sourceFromContext = false
        if a.target.isEmpty, !subject.isEmpty, !subject.contains(where: { x in s.contains { $0.group == x.group } }) { a.target = subject }
    }

    /// «يتلقى التعازي من ملكي الأردن والبحرين»، «اتصالاً من ضابط الشرطة»: the word من and, up to
    /// three words the lexicon does not know after it (a dual title, an office; nine past an
    /// honorific), the first mention: the one the call or message came from.
    private func pastUnknownWords(_ c: TriggerContext) -> [FoundActor]? {
        guard case .preposition(let p) = c.pat.sourceSlot, c.trig.isVerb else { return nil }
        // (Twelve words, the receiver's mention not counted: «تلقى نائب خادم الحرمين الشريفين صاحب
        // السمو الملكي الأمير محمد بن نايف بن عبدالعزيز اتصالاً هاتفياً اليوم من …».)
        var end = c.trig.to
        var counted = 0
        while end < c.toks.count, counted < 12 {
            if !c.actorTokens.contains(end) { counted += 1 }
            end += 1
        }
        guard let k = (c.trig.to..<end).first(where: { c.toks[$0].isWord && c.toks[$0].normWord.text == p && !c.actorTokens.contains($0) }) else {
            return nil
        }
        // (Past honorifics, a name the lexicon does not know before the office: «من صاحب السمو
        // الشيخ محمد الخالد الحمد الصباح نائب رئيس مجلس الوزراء».)
        let honorific =
            k + 1 < c.toks.count && c.toks[k + 1].isWord
            && (c.toks[k + 1].spelled(c.cues[.honorifics]) || c.cues[.honorifics].phrases.contains { $0.first == c.toks[k + 1].normWord })
        var j = k + 1
        while j < min(c.toks.count, k + (honorific ? 10 : 4)), !c.actorTokens.contains(j), c.toks[j].isWord,
            !c.toks[j].spelled(c.cues[.prepositions])
        {
            j += 1
        }
        guard j > k + 1 else { return nil }
        return c.after.first { $0.from == j && $0.prep == nil && !$0.placeOnly }.map { c.group($0.group) }
    }

    /// «تلقى اتصال نائب خادم الحرمين»: with no actor after من, a bare mention right after the
    /// verb's object noun in construct (no article, not the indefinite accusative اتصالاً) is its
    /// genitive, who the call came from.
    private func genitiveOfObject(_ c: TriggerContext) -> [FoundActor]? {
        guard case .preposition(let p) = c.pat.sourceSlot, p == Particle.min, c.trig.isVerb else { return nil }
        // (The object noun after the subject: «تلقى الأمير اتصال الرئيس».)
        guard let k = (c.trig.to..<min(c.toks.count - 1, c.trig.to + 8)).first(where: { !c.actorTokens.contains($0) }), c.toks[k].isWord
        else { return nil }
        let w = c.toks[k].token.norm
        guard !w.hasPrefix("ال"), !w.hasSuffix("ا") else { return nil }
        // (Past one more construct noun the lexicon does not know: «يتلقى تعازي ملكي البحرين والأردن».)
        let next = c.toks[k + 1]
        let construct = next.isWord && !next.token.norm.hasPrefix("ال") && !next.token.norm.hasSuffix("ا") && !c.actorTokens.contains(k + 1)
        return c.after.first { ($0.from == k + 1 || construct && $0.from == k + 2) && $0.prep == nil }.map { c.group($0.group) }
    }
}
