import ArabicText
import EventCoding
import Foundation
import Testing

/// The output contract of `tawthiq code` (README): key order, nulls, valid JSON, and offsets that
/// count Unicode scalars in the original text of the part.
@Suite struct OutputContractTests {
    static let contractKeys = [
        "doc", "part", "sentence", "date", "cameo", "root", "plover", "mode", "goldstein", "quad", "source", "target",
        "place", "trigger", "flags",
    ]
    static let actorKeys = ["code", "country", "role", "text", "start", "end"]
    static let placeKeys = ["name", "country", "admin1", "lat", "lon", "geonameid", "start", "end", "type", "from", "english"]

    /// The keys of the object at `path` (nested object keys, "" = top level), in written order.
    /// A minimal scanner: JSONSerialization forgets the order, and the order is the contract.
    static func keys(_ json: String, in path: String = "") -> [String] {
        var out: [String] = []
        var stack: [String] = []  // the path of each open container
        var lastString: String?
        var key: String?
        let s = Array(json.unicodeScalars)
        var i = 0
        while i < s.count {
            switch s[i] {
            case "\"":
                var str = String.UnicodeScalarView()
                i += 1
                while s[i] != "\"" {
                    if s[i] == "\\" { i += 1 }
                    str.append(s[i])
                    i += 1
                }
                lastString = String(str)
            case ":":
                key = lastString
                if stack.last == path, let k = lastString { out.append(k) }
            case "{", "[":
                let name = s[i] == "[" ? (key ?? "") + "[]" : (key ?? "[]")
                if let parent = stack.last {
                    stack.append(parent.isEmpty ? name : parent + "." + name)
                } else {
                    stack.append("")
                }
                key = nil
            case "}", "]":
                stack.removeLast()
            case ",":
                key = nil
            default: break
            }
            i += 1
        }
        return out
    }

    static func object(_ line: String) throws -> [String: Any] {
        let obj = try JSONSerialization.jsonObject(with: Data(line.utf8))
        return try #require(obj as? [String: Any])
    }

    static let sample = Event(
        doc: "d\"1", part: .title, sentence: 0, date: nil, cameo: "010", root: "01", plover: nil, mode: nil, goldstein: 0,
        quad: 1, source: ActorMention(code: "IGOUNO", country: nil, role: nil, text: "الأمم المتحدة", start: 3, end: 16),
        target: nil, trigger: Span(text: "قال\t\"x\"\\\n\u{2028}\u{1}", start: 0, end: 3), flags: [],
        evidence: Evidence(sentence: "s", start: 0, end: 1, entries: ["a.lex:1 x"]))

    static let full = Event(
        doc: "demo", part: .text, sentence: 2, date: day("2024-03-10"), cameo: "042", root: "04", plover: "CONSULT",
        mode: "visit", goldstein: 1.9, quad: 1,
        source: ActorMention(code: "EGYGOV", country: "EGY", role: "GOV", text: "الرئيس المصري", start: 10, end: 23),
        target: ActorMention(code: "JOR", country: "JOR", role: nil, text: "عمّان", start: 30, end: 35),
        trigger: Span(text: "زار", start: 0, end: 3), flags: [.inferredVisit, .roleOutsideTerm],
        evidence: Evidence(sentence: "زار …", start: 100, end: 140, entries: ["events.lex:143 event 042 (visit)"]))

    @Test func keyOrderIsTheContract() {
        for e in [Self.sample, Self.full] {
            let line = EventJSON.line(e)
            #expect(Self.keys(line) == Self.contractKeys, "\(line)")
            #expect(Self.keys(line, in: "trigger") == ["text", "start", "end"])
        }
        #expect(Self.keys(EventJSON.line(Self.full), in: "source") == Self.actorKeys)
        #expect(Self.keys(EventJSON.line(Self.full), in: "target") == Self.actorKeys)
        #expect(Self.keys(EventJSON.line(Self.sample), in: "source") == Self.actorKeys)
    }

    @Test func explainAddsEvidenceAfterFlags() {
        let line = EventJSON.line(Self.full, explain: true)
        #expect(Self.keys(line) == Self.contractKeys + ["evidence"])
        #expect(Self.keys(line, in: "evidence") == ["sentence", "start", "end", "entries", "rules", "place"])
        #expect(Self.keys(line, in: "evidence.rules") == ["source", "target"])
        #expect(!EventJSON.line(Self.full).contains("evidence"))
    }

    @Test func nullsAreWrittenAsNull() throws {
        let line = EventJSON.line(Self.sample)
        for k in ["date", "plover", "mode", "target"] {
            #expect(line.contains("\"\(k)\":null"), "\(k): \(line)")
        }
        let o = try Self.object(line)
        #expect(o["date"] is NSNull)
        #expect(o["plover"] is NSNull)
        #expect(o["mode"] is NSNull)
        #expect(o["target"] is NSNull)
        let src = try #require(o["source"] as? [String: Any])
        #expect(src["country"] is NSNull)
        #expect(src["role"] is NSNull)
        #expect((o["flags"] as? [Any])?.isEmpty ?? false)
    }

    @Test func valuesParseBackWithJSONSerialization() throws {
        let o = try Self.object(EventJSON.line(Self.full))
        #expect(o["doc"] as? String == "demo")
        #expect(o["part"] as? String == "text")
        #expect(o["sentence"] as? Int == 2)
        #expect(o["date"] as? String == "2024-03-10")
        #expect(o["cameo"] as? String == "042")
        #expect(o["root"] as? String == "04")
        #expect(o["plover"] as? String == "CONSULT")
        #expect(o["mode"] as? String == "visit")
        #expect(o["goldstein"] as? Double == 1.9)
        #expect(o["quad"] as? Int == 1)
        #expect(o["flags"] as? [String] == ["inferred-visit", "role-outside-term"])
        let src = try #require(o["source"] as? [String: Any])
        #expect(src["code"] as? String == "EGYGOV")
        #expect(src["country"] as? String == "EGY")
        #expect(src["role"] as? String == "GOV")
        #expect(src["text"] as? String == "الرئيس المصري")
        #expect(src["start"] as? Int == 10)
        #expect(src["end"] as? Int == 23)
        let trig = try #require(o["trigger"] as? [String: Any])
        #expect(trig["text"] as? String == "زار")
    }

    @Test func awkwardStringsRoundTrip() throws {
        let o = try Self.object(EventJSON.line(Self.sample))
        #expect(o["doc"] as? String == "d\"1")
        #expect((o["trigger"] as? [String: Any])?["text"] as? String == Self.sample.trigger.text)
        #expect(!EventJSON.line(Self.sample).contains("\n"))
        #expect(!EventJSON.line(Self.sample).contains("\u{2028}"))
    }

    @Test func wholeGoldsteinScoresAreNumbers() throws {
        var e = Self.full
        e.goldstein = -10
        let o = try Self.object(EventJSON.line(e))
        #expect(o["goldstein"] as? Double == -10)
    }

    @Test func tsvHeaderAndRowsHaveTheSameColumns() {
        let columns = EventJSON.tsvHeader.split(separator: "\t", omittingEmptySubsequences: false).count
        for e in [Self.sample, Self.full] {
            let row = EventJSON.tsvRow(e)
            #expect(!row.contains("\n"))
            #expect(row.split(separator: "\t", omittingEmptySubsequences: false).count == columns, "\(row)")
        }
    }

    // MARK: - offsets on the demo articles

    static func demo(_ name: String) throws -> Data {
        try Data(contentsOf: packageRoot.appendingPathComponent("demo/" + name))
    }

    /// The demo documents as the CLI reads them.
    static func demoDocuments() throws -> [Document] {
        var docs: [Document] = []
        for (file, date) in [("jordan-egypt-talks.txt", "2024-03-11"), ("baghdad-protest.txt", "2024-03-11")] {
            docs.append(try DocumentReader.plainText(try demo(file), name: file, id: file, date: day(date)))
        }
        for r in DocumentReader.jsonl(try demo("articles.jsonl"), name: "articles.jsonl") {
            docs.append(try r.get())
        }
        return docs
    }

    static func slice(_ s: String, _ a: Int, _ b: Int) -> String? {
        let scalars = Array(s.unicodeScalars)
        guard a >= 0, a <= b, b <= scalars.count else { return nil }
        var v = String.UnicodeScalarView()
        v.append(contentsOf: scalars[a..<b])
        return String(v)
    }

    @Test func demoOffsetsPointIntoTheOriginalPart() throws {
        let docs = try Self.demoDocuments()
        #expect(docs.count == 4)
        var total = 0
        var titleEvents = 0
        for doc in docs {
            let events = builtInCoder.code(doc)
            total += events.count
            for e in events {
                let part = try #require(e.part == .title ? doc.title : doc.text, "\(doc.id)")
                if e.part == .title { titleEvents += 1 }
                let where_ = "\(doc.id) \(e.part) sentence \(e.sentence) \(e.cameo)"
                #expect(e.doc == doc.id)
                #expect(Self.slice(part, e.trigger.start, e.trigger.end) == e.trigger.text, "\(where_) trigger")
                for a in [e.source, e.target].compactMap({ $0 }) {
                    #expect(Self.slice(part, a.start, a.end) == a.text, "\(where_) actor \(a.code)")
                }
                #expect(Self.slice(part, e.evidence.start, e.evidence.end) == e.evidence.sentence, "\(where_) sentence")
                // A place read in the sentence points into the event's part; a dateline's into the text.
                if let p = e.place {
                    let within = p.basis == .dateline ? doc.text : part
                    #expect(Self.slice(within, p.start, p.end) == p.name, "\(where_) place")
                    if p.basis == .sentence { #expect(p.start >= e.evidence.start && p.end <= e.evidence.end, "\(where_) place") }
                }
                #expect(e.trigger.start >= e.evidence.start && e.trigger.end <= e.evidence.end, "\(where_)")
                // Each line is valid JSON with the contract's keys.
                let line = EventJSON.line(e)
                #expect(Self.keys(line) == Self.contractKeys)
                #expect((try? JSONSerialization.jsonObject(with: Data(line.utf8))) != nil, "\(line)")
            }
        }
        #expect(total >= 5)
        #expect(titleEvents >= 1, "no event from any demo headline")
    }

    /// A title event's offsets count in the title; a body event's in the body.
    @Test func titleAndBodyAreCountedSeparately() throws {
        let doc = Document(
            id: "t", title: "استقبل الرئيس الجزائري نظيره التونسي",
            text: "وفي الجزائر، استقبل الرئيس الجزائري نظيره التونسي.", date: day("2024-06-10"))
        let events = builtInCoder.code(doc)
        let title = events.filter { $0.part == .title }
        let body = events.filter { $0.part == .text }
        #expect(!title.isEmpty && !body.isEmpty, "\(summary(events))")
        for e in title {
            #expect(e.trigger.start == 0)
            #expect(Self.slice(doc.title!, e.trigger.start, e.trigger.end) == "استقبل")
            #expect(e.sentence == 0)
        }
        for e in body {
            #expect(Self.slice(doc.text, e.trigger.start, e.trigger.end) == "استقبل")
            #expect(e.trigger.start > 0)
        }
    }

    /// Offsets are scalars, not grapheme clusters or UTF-16: tashkeel and emoji before the trigger shift them.
    @Test func offsetsCountScalarsWithMarksAndEmoji() {
        let text = "🇸🇾 اِسْتَقْبَلَ الرَّئِيسُ الجزائريُّ نظيرَه التونسيَّ."
        let events = builtInCoder.code(text: text, date: day("2024-06-10"))
        #expect(!events.isEmpty, "\(summary(events))")
        for e in events {
            #expect(Self.slice(text, e.trigger.start, e.trigger.end) == e.trigger.text)
            #expect(e.trigger.text == "اِسْتَقْبَلَ", "\(e.trigger.text)")
            for a in [e.source, e.target].compactMap({ $0 }) {
                #expect(Self.slice(text, a.start, a.end) == a.text)
            }
        }
    }
}
