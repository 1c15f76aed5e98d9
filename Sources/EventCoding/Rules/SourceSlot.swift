import Lexicon

/// A pattern that names where its source stands (`source: من` for «تلقى … اتصالاً من X», `source: ل`
/// for «زيارة لوزير الدفاع الأميركي»): the actor after that preposition is the source, and the
/// grammatical subject the frame took for it (the one who received the call) is then the target.
struct SourceSlot: ArgumentRule {
    let name = "source-slot"

    func apply(_ a: inout Arguments, _ c: TriggerContext) {
        guard case .preposition(let p) = c.pat.sourceSlot,
            let s = c.withPrep(p, c.after), !s.contains(where: { x in a.target.contains { $0.group == x.group } })
        else { return }
        let subject = a.source
        a.source = s
        a.sourceFromContext = false
        if a.target.isEmpty, !subject.isEmpty, !subject.contains(where: { x in s.contains { $0.group == x.group } }) { a.target = subject }
    }
}
