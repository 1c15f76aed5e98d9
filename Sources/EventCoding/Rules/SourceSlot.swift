import Lexicon

/// A pattern that names where its source stands (`source: من` for «تلقى … اتصالاً من X», `source: ل`
/// for «زيارة لوزير الدفاع الأميركي», `object` for «وكان في استقباله … X»): the actor there is the
/// source, and the grammatical subject the frame took for it (the one who received the call, the
/// one received) is then the target.
struct SourceSlot: ArgumentRule {
    let name = "source-slot"

    func apply(_ a: inout Arguments, _ c: TriggerContext) {
        let found: [FoundActor]?
        switch c.pat.sourceSlot {
        case .preposition(let p): found = c.withPrep(p, c.after)
        // «وكان في استقباله لدى وصوله … الأمير فيصل»: the first bare mention after it that names
        // someone (not the airport's town).
        case .object: found = c.after.first { $0.prep == nil && !$0.placeLike && !$0.placeOnly }.map { c.group($0.group) }
        default: found = nil
        }
        guard let s = found, !s.contains(where: { x in a.target.contains { $0.group == x.group } }) else { return }
        // A noun whose target is the subject (`target: subject`: «تقدمت المقاومة بدعم من التحالف»،
        // «قوات هادي المدعومة من التحالف») has for it the last bare mention before it in its clause.
        let subject = a.source.isEmpty && !c.trig.isVerb && c.pat.subjectIsTarget ? (c.lastBare(c.before) ?? []) : a.source
        a.source = s
        a.sourceFromContext = false
        if a.target.isEmpty, !subject.isEmpty, !subject.contains(where: { x in s.contains { $0.group == x.group } }) { a.target = subject }
    }
}
