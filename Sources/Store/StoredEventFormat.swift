import EventCoding

/// The layouts `tawthiq events` writes, one stored report a row.
public enum StoredEventFormat: String, Sendable, CaseIterable {
    case jsonl, csv, tsv

    public static let columns = [
        "id", "event", "document", "doc", "part", "sentence", "date", "cameo", "root", "plover", "mode", "goldstein",
        "quad", "source", "source_country", "source_text", "target", "target_country", "target_text", "trigger",
        "flags", "outlet", "url", "published", "lexicon", "place", "place_country", "place_lat", "place_lon",
    ]

    public var header: String? {
        switch self {
        case .jsonl: return nil
        case .csv: return StoredEventFormat.columns.joined(separator: ",")
        case .tsv: return StoredEventFormat.columns.joined(separator: "\t")
        }
    }

    public func row(_ s: StoredEvent, explain: Bool = false) -> String {
        let e = s.event
        switch self {
        case .jsonl:
            // The output contract of `tawthiq code`, preceded by where the report is stored.
            var w = JSONWriter()
            w.beginObject()
            w.int("id", Int(s.id))
            w.int("event", Int(s.group))
            w.int("document", Int(s.documentID))
            w.string("outlet", s.outlet)
            w.string("url", s.url)
            w.string("published", s.published?.iso)
            w.string("lexicon", s.lexiconVersion)
            w.endObject()
            let head = w.out.dropLast()
            return head + "," + EventJSON.line(e, explain: explain).dropFirst()
        case .csv, .tsv:
            let fields = [
                String(s.id), String(s.group), String(s.documentID), e.doc, e.part.rawValue, String(e.sentence), e.date?.iso ?? "",
                e.cameo, e.root, e.plover ?? "", e.mode ?? "", String(e.goldstein), String(e.quad), e.source?.code ?? "",
                e.source?.country ?? "", e.source?.text ?? "", e.target?.code ?? "", e.target?.country ?? "",
                e.target?.text ?? "", e.trigger.text, EventFlag.list(e.flags), s.outlet ?? "", s.url ?? "",
                s.published?.iso ?? "", s.lexiconVersion, e.place?.name ?? "", e.place?.country ?? "",
                e.place.map { EventJSON.coordinate($0.lat) } ?? "", e.place.map { EventJSON.coordinate($0.lon) } ?? "",
            ]
            return self == .csv ? fields.map(CSVField.csv).joined(separator: ",") : fields.map(CSVField.tsv).joined(separator: "\t")
        }
    }
}
