import ArabicText
import Lexicon

extension EventCoder {
    /// What the coder sees in one sentence, from the same pipeline run that codes it: tokens with
    /// their clitic analyses, the dates, the actors and triggers found, what became of each
    /// trigger (dropped, and why, or its events with the rules that set their roles) — for people
    /// fixing rules (`tawthiq trace`). A text of several sentences is traced sentence by sentence,
    /// as `code` codes it.
    public func trace(sentence text: String, date: CalendarDay?) -> [String] {
        let doc = Document(id: "", text: text, date: date)
        let spans = EventCoder.sentences(text)
        var out: [String] = []
        var article = articlePlaces(doc)
        if let d = article.dateline { out.append("dateline «\(d.mention.name)» \(d.mention.country): \(d.reason)") }
        for (k, span) in spans.enumerated() {
            if spans.count > 1 { out.append("sentence \(k) «\(span.text)»") }
            out += trace(span, index: k, doc: doc, article: &article)
        }
        return out
    }

    func trace(_ span: SentenceSpan, index: Int, doc: Document, article: inout ArticlePlaces) -> [String] {
        var s = SentenceState(span, index: index, part: .text, doc: doc, article: article)
        defer { article = s.article }
        var outcomes: [String] = []
        pipeline.run(&s, context) { t in
            let p = t.pattern
            for step in t.arguments.steps {
                let v = step.value.map { "\($0.code)@\($0.from)" }.joined(separator: "+")
                outcomes.append("rule tokens \(t.trigger.from)..<\(t.trigger.to) \(step.rule) \(step.source ? "source" : "target")=\(v.isEmpty ? "-" : v)")
            }
            if let why = t.dropped {
                outcomes.append("dropped tokens \(t.trigger.from)..<\(t.trigger.to) \(p.code) (\(p.gloss)): \(why)")
            } else {
                if t.background {
                    outcomes.append(
                        "background tokens \(t.trigger.from)..<\(t.trigger.to) \(t.code): told as background\(context.keepBackground ? "" : " (left out)")")
                }
                if t.unplaced {
                    outcomes.append("unplaced tokens \(t.trigger.from)..<\(t.trigger.to) \(t.code): no actor names a country, an IGO or a known group")
                }
                let src = t.arguments.source.map(\.code).joined(separator: "+")
                let tgt = t.arguments.target.map(\.code).joined(separator: "+")
                outcomes.append(
                    "coded tokens \(t.trigger.from)..<\(t.trigger.to) \(t.code) source=\(src.isEmpty ? "-" : src) (\(t.arguments.sourceRule ?? "-")) "
                        + "target=\(tgt.isEmpty ? "-" : tgt) (\(t.arguments.targetRule ?? "-"))")
            }
        }
        var out: [String] = []
        for (i, t) in s.tokens.enumerated() {
            let a = t.analyses.map { "\($0.prefix)+\($0.stem)+\($0.suffix)" }.joined(separator: " ")
            out.append("token \(i) \(t.token.text) [\(t.token.norm)] \(a)")
        }
        for d in s.dates { out.append("date \(d.kind) «\(d.text)» \(d.day?.iso ?? "unresolved")") }
        for a in s.actors {
            out.append(
                "actor tokens \(a.from)..<\(a.to) \(a.code) prep=\(a.prep ?? "-") group=\(a.group) \(a.title.map { "title=\($0.id)" } ?? "") \(a.personRoleReason ?? "")"
            )
        }
        for p in s.places {
            out.append("place tokens \(p.from)..<\(p.to) \(p.mention.country) slot=\(p.slot.rawValue) \(p.reason)")
        }
        for tr in s.triggers {
            let p = lexicon.events[tr.pattern]
            out.append("trigger tokens \(tr.from)..<\(tr.to) \(p.provenance) verb=\(tr.isVerb) passive=\(tr.passive) future=\(tr.future)")
        }
        out += outcomes
        for e in s.events { out.append("event " + EventJSON.line(e, explain: true)) }
        return out
    }

    /// The actors, triggers and events of one sentence of a text as `code` sees them (for tests
    /// that hold `trace` to `code`): the same pipeline run.
    func sentenceView(_ span: SentenceSpan, index: Int, doc: Document, article: inout ArticlePlaces) -> (
        actors: [FoundActor], triggers: [FoundTrigger], events: [Event]
    ) {
        var s = SentenceState(span, index: index, part: .text, doc: doc, article: article)
        pipeline.run(&s, context)
        article = s.article
        return (s.actors, s.triggers, s.events)
    }
}
