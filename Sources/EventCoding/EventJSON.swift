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
        place(&w, e.place)
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
            w.string("place", e.evidence.place)
            w.endObject()
        }
        w.endObject()
        return w.out
    }

    static func actor(_ w: inout JSONWriter, _ key: String, _ a: ActorMention?) {
        guard let a else {
            w.raw(key, "null")
            return
        }
        w.beginObject(key)
        w.string("code", a.code)
        w.string("country", a.country)
        w.string("role", a.role)
        w.string("text", a.text)
        w.int("start", a.start)
        w.int("end", a.end)
        w.endObject()
    }

    /// `place`: null, or `{name, country, admin1, lat, lon, geonameid, start, end, type, from, english}`.
    public static func place(_ w: inout JSONWriter, _ p: PlaceMention?) {
        guard let p else {
            w.raw("place", "null")
            return
        }
        w.beginObject("place")
        w.string("name", p.name)
        w.string("country", p.country)
        w.string("admin1", p.admin1)
        w.raw("lat", coordinate(p.lat))
        w.raw("lon", coordinate(p.lon))
        if let g = p.geonameid { w.int("geonameid", g) } else { w.raw("geonameid", "null") }
        w.int("start", p.start)
        w.int("end", p.end)
        w.string("type", p.kind.rawValue)
        w.string("from", p.basis.rawValue)
        w.string("english", p.fullName)
        w.endObject()
    }

    /// A coordinate as a JSON number with at most four decimals (the gazetteer's precision).
    public static func coordinate(_ v: Double) -> String {
        let scaled = (v * 10000).rounded()
        let negative = scaled < 0
        let n = Int(abs(scaled))
        var frac = String(n % 10000)
        frac = String(repeating: "0", count: 4 - frac.count) + frac
        while frac.hasSuffix("0") { frac.removeLast() }
        return (negative && n != 0 ? "-" : "") + String(n / 10000) + (frac.isEmpty ? "" : "." + frac)
    }

    /// The TSV header for `--output tsv`.
    public static let tsvHeader = [
        "doc", "part", "sentence", "date", "cameo", "plover", "mode", "goldstein", "quad", "source", "target", "trigger", "source_text", "target_text", "flags",
        "place", "place_country", "lat", "lon",
    ].joined(separator: "\t")

    /// One TSV row for people: tabs and newlines inside fields become spaces.
    public static func tsvRow(_ e: Event) -> String {
        func clean(_ s: String) -> String { String(s.map { $0 == "\t" || $0 == "\n" || $0 == "\r" ? " " : $0 }) }
        return [
            e.doc, e.part.rawValue, String(e.sentence), e.date?.iso ?? "", e.cameo, e.plover ?? "", e.mode ?? "",
            String(e.goldstein), String(e.quad), e.source?.code ?? "", e.target?.code ?? "", e.trigger.text,
            e.source?.text ?? "", e.target?.text ?? "", EventFlag.list(e.flags), e.place?.name ?? "", e.place?.country ?? "",
            e.place.map { coordinate($0.lat) } ?? "", e.place.map { coordinate($0.lon) } ?? "",
        ].map(clean).joined(separator: "\t")
    }
}
