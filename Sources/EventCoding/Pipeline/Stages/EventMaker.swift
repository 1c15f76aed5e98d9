import ArabicText
import Lexicon

/// Builds an ``Event`` of one trigger: the ontology's facts for its code, the actors' text and
/// offsets, the flags (no source, a role outside its term) and the evidence.
struct EventMaker {
    let context: CodingContext
    let sentence: SentenceState
    let text: SentenceText

    func event(
        code: String, _ t: TriggerState, source: FoundActor?, target: FoundActor?, flags: [EventFlag], rules: (String?, String?)
    ) -> Event? {
        guard let entry = context.ontology.entry(code) else { return nil }
        let toks = sentence.tokens
        let span = text.span
        let (tt, ts, te) = text.text(toks, t.trigger.from, t.trigger.to)
        var flags = flags
        if source == nil { flags.append(.noSource) }
        for a in [source, target].compactMap({ $0 }) {
            if let f = RoleCheck.flag(for: a, lexicon: context.lexicon, date: sentence.doc.date, historical: text.historical) {
                flags.append(f)
            }
        }
        var entries = [t.pattern.provenance]
        for a in [source, target].compactMap({ $0 }) { entries += a.entries }
        if let p = t.place { entries.append(p.location) }
        return Event(
            doc: sentence.doc.id, part: sentence.part, sentence: sentence.index, date: t.date, cameo: entry.code, root: entry.root,
            plover: entry.plover, mode: entry.mode, goldstein: entry.goldstein, quad: entry.quad, source: source.map(mention),
            target: target.map(mention), place: t.place?.mention, trigger: Span(text: tt, start: ts, end: te), flags: flags,
            evidence: Evidence(
                sentence: span.text, start: span.start, end: span.end, entries: VerbForms.unique(entries),
                sourceRule: source == nil ? nil : rules.0, targetRule: target == nil ? nil : rules.1,
                place: t.place?.reason ?? "no place: none named where the act happened in the sentence, and no dateline"))
    }

    func mention(_ a: FoundActor) -> ActorMention {
        if let c = a.carried { return ActorMention(code: a.code, country: a.country, role: a.role, text: c.text, start: c.start, end: c.end) }
        let (t, st, en) = text.text(sentence.tokens, a.from, a.to)
        return ActorMention(code: a.code, country: a.country, role: a.role, text: t, start: st, end: en)
    }
}
