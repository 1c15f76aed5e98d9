/// Writes events in the output contract's key order.
public enum EventJSON {
    /// One JSON object, keys in contract order; with `explain`, an `evidence` object follows `flags`.
    public static func line(_ e: Event, explain: Bool = false) -> String {
        var w = JSONWriter()
        w.beginObject()
        w.string("doc", e.doc)
        w.string("part", e.part.rawValue)
        w.int("sentence", e.sentence)
        w.string("date", e.date?.iso)
        w.string("cameo", e.cameo)
        w.string("root", e.root)
        w.string("plover", e.plover)
        w.string("mode", e.mode)
        w.double("goldstein", e.goldstein)
        w.int("quad", e.quad)
        actor(&w, "source", e.source)
        actor(&w, "target", e.target)
        w.beginObject("trigger")
        w.string("text", e.trigger.text)
        w.int("start", e.trigger.start)
        w.int("end", e.trigger.end)
        w.endObject()
        w.beginArray("flags")
        for f in e.flags { w.string(nil, f.rawValue) }
        w.endArray()
        if explain {
            w.beginObject("evidence")
            w.string("sentence", e.evidence.sentence)
            w.int("start", e.evidence.start)
            w.int("end", e.evidence.end)
            w.beginArray("entries")
            for x in e.evidence.entries { w.string(nil, x) }
            w.endArray()
            w.beginObject("rules")
            w.string("source", e.evidence.sourceRule)
            w.string("target", e.evidence.targetRule)
            w.endObject()
            w.endObject()
        }
        w.endObject()
        return w.out
    }

    static func actor(_ w: inout JSONWriter, _ key: String, _ a: ActorMention?) {
        guard let a else { w.raw(key, "null"); return }
        w.beginObject(key)
        w.string("code", a.code)
        w.string("country", a.country)
        w.string("role", a.role)
        w.string("text", a.text)
        w.int("start", a.start)
        w.int("end", a.end)
        w.endObject()
    }

    /// The TSV header for `--output tsv`.
    public static let tsvHeader = ["doc", "part", "sentence", "date", "cameo", "plover", "mode", "goldstein", "quad", "source", "target", "trigger", "source_text", "target_text", "flags"].joined(separator: "\t")

    /// One TSV row for people: tabs and newlines inside fields become spaces.
    public static func tsvRow(_ e: Event) -> String {
        func clean(_ s: String) -> String { String(s.map { $0 == "\t" || $0 == "\n" || $0 == "\r" ? " " : $0 }) }
        return [
            e.doc, e.part.rawValue, String(e.sentence), e.date?.iso ?? "", e.cameo, e.plover ?? "", e.mode ?? "",
            String(e.goldstein), String(e.quad), e.source?.code ?? "", e.target?.code ?? "", e.trigger.text,
            e.source?.text ?? "", e.target?.text ?? "", EventFlag.list(e.flags),
        ].map(clean).joined(separator: "\t")
    }
}
