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
        if found == nil, let g = genitiveOfObject(c) {
            // (The frame read the genitive as the verb's object: it called, the subject received.)
            if a.target.contains(where: { $0.group == g.first!.group }) { a.target = [] }
            if a.source.contains(where: { $0.group == g.first!.group }) { return }
            found = g
        }
        guard let s = found, !s.contains(where: { x in a.target.contains { $0.group == x.group } }) else { return }
        // A noun whose target is the subject (`target: subject`: «تقدمت المقاومة بدعم من التحالف»،
        // «قوات هادي المدعومة من التحالف») has for it the last bare mention before it in its clause.
        let subject = a.source.isEmpty && !c.trig.isVerb && c.pat.subjectIsTarget ? (c.lastBare(c.before) ?? []) : a.source
        a.source = s
        a.sourceFromContext = false
        if a.target.isEmpty, !subject.isEmpty, !subject.contains(where: { x in s.contains { $0.group == x.group } }) { a.target = subject }
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
