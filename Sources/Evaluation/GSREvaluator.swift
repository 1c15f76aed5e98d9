import ArabicText
import EventCoding
import Foundation

/// Scores a coder on the Arabic event GSR (sentence-level ASSAULT and PROTEST detection).
///
/// Reads the layout of `arabic_event_gsr_dev/`: `assault.csv` and `protest.csv`
/// (`id,event_type,label,accept,reject,total,text`) and, when present, `assault_spans.json` and
/// `protest_spans.json` (gold actor codes for annotated sentences).
///
/// Scoring, per event type:
/// - A sentence is positive when its label is `yes`, negative when `easy no` or `difficult no`;
///   `ambiguous` sentences are left out (and not coded).
/// - It is predicted positive when the coder returns any event whose `plover` is the type.
/// - Country agreement, on true positives with gold spans: for each role (source, target) the
///   gold countries are the `main` codes of that role over all of the sentence's spans that are
///   country codes (not `None`, not IGO/NGO/IMG/INT or regional or ethnic codes; see
///   ``nonCountryCodes``). When there is at least one, the sentence counts one comparison, and
///   an agreement when any predicted event of the type has that role's `country` among them (a
///   prediction with no country disagrees).
public struct GSREvaluator: Sendable {
    /// The event types scored, each read from `<lowercased>.csv` and `<lowercased>_spans.json`.
    public static let eventTypes = ["ASSAULT", "PROTEST"]

    /// Three-letter codes that stand in the GSR's country (`main`) slot but are not countries:
    /// CAMEO's transnational codes, an ethnic code and regional codes.
    public static let nonCountryCodes: Set<String> = [
        "IGO", "NGO", "IMG", "INT", "MNC", "NGM", "UIS", "KUR",
        "AFR", "ASA", "BLK", "CAS", "CAU", "CRB", "EAF", "EEU", "EIN", "EUR", "LAM", "MDT", "MEA",
        "NAF", "NMR", "PGS", "SAF", "SAM", "SAS", "SCN", "SEA", "SOT", "WAF", "WST",
    ]

    enum Label: String, Sendable {
        case yes
        case easyNo = "easy no"
        case difficultNo = "difficult no"
        case ambiguous
    }

    struct Sentence: Sendable {
        var id: String
        var label: Label
        var text: String
    }

    /// Gold countries of one sentence, from all its spans.
    struct GoldCountries: Sendable, Equatable {
        var source: Set<String> = []
        var target: Set<String> = []
    }

    /// Sentences per event type, in file order.
    let sentences: [String: [Sentence]]
    /// Gold countries per event type and sentence id (sentences with spans only).
    let countries: [String: [String: GoldCountries]]

    /// Reads the GSR folder.
    ///
    /// - Throws: ``EvaluationInputError`` naming the file and line (CSV) or entry (spans JSON).
    public init(directory: URL) throws {
        var sentences: [String: [Sentence]] = [:]
        var countries: [String: [String: GoldCountries]] = [:]
        for type in Self.eventTypes {
            let name = type.lowercased()
            let csv = directory.appendingPathComponent("\(name).csv")
            sentences[type] = try Self.readSentences(csv, eventType: type)
            let spans = directory.appendingPathComponent("\(name)_spans.json")
            if FileManager.default.fileExists(atPath: spans.path) {
                countries[type] = try Self.readCountries(spans)
            }
        }
        self.sentences = sentences
        self.countries = countries
    }

    /// The publication date in a Gigaword document id (`AAW_ARB_20070613.0015-3` → 2007-06-13),
    /// the story's date the sentence is coded on; nil for ids of another form.
    public static func publicationDate(ofID id: String) -> CalendarDay? {
        let parts = id.split(separator: "_")
        guard parts.count >= 3, let stamp = parts[2].split(separator: ".").first, stamp.count == 8,
            stamp.allSatisfy(\.isASCII), let n = Int(stamp)
        else { return nil }
        return CalendarDay(year: n / 10000, month: n / 100 % 100, day: n % 100)
    }

    /// Codes every scored sentence once (in parallel) and scores the predictions.
    ///
    /// - Parameter coder: returns the events of one sentence.
    public func evaluate(coder: @Sendable (String) -> [Event]) -> GSRReport {
        evaluate { text, _ in coder(text) }
    }

    /// Codes every scored sentence once (in parallel), on the publication date its id gives
    /// (``publicationDate(ofID:)``), and scores the predictions.
    ///
    /// - Parameter coder: returns the events of one sentence coded on a publication date.
    public func evaluate(coder: @Sendable (_ text: String, _ publication: CalendarDay?) -> [Event]) -> GSRReport {
        var inputs: [(text: String, date: CalendarDay?)] = []
        var seen: Set<String> = []
        for type in Self.eventTypes {
            for s in sentences[type] ?? [] where s.label != .ambiguous && seen.insert(s.text).inserted {
                inputs.append((s.text, Self.publicationDate(ofID: s.id)))
            }
        }
        let texts = inputs.map(\.text)
        let coded = parallelMap(inputs) { coder($0.text, $0.date) }
        let events = Dictionary(zip(texts, coded), uniquingKeysWith: { a, _ in a })

        var report = GSRReport(results: [], errors: [])
        for type in Self.eventTypes {
            var result = GSRReport.EventTypeResult(eventType: type)
            let gold = countries[type] ?? [:]
            for s in sentences[type] ?? [] {
                if s.label == .ambiguous {
                    result.ambiguous += 1
                    continue
                }
                let all = events[s.text] ?? []
                let ofType = all.filter { $0.plover == type }
                let positive = s.label == .yes
                let predicted = !ofType.isEmpty
                func error(_ kind: GSRReport.ErrorKind, gold: [String] = []) -> GSRReport.ErrorCase {
                    GSRReport.ErrorCase(
                        kind: kind, eventType: type, id: s.id, label: s.label.rawValue, text: s.text,
                        predicted: all.map(\.summary), gold: gold)
                }
                if positive { result.positives += 1 } else { result.negatives += 1 }
                switch (positive, predicted) {
                case (true, true):
                    result.score.truePositives += 1
                    guard let g = gold[s.id] else { break }
                    // Whether a predicted event of the type has the role's country among the gold ones;
                    // nil when the gold names none.
                    func agrees(_ gold: Set<String>, _ role: KeyPath<Event, ActorMention?>, _ kind: GSRReport.ErrorKind)
                        -> Bool?
                    {
                        guard !gold.isEmpty else { return nil }
                        let agrees = ofType.contains { $0[keyPath: role]?.country.map(gold.contains) ?? false }
                        if !agrees { report.errors.append(error(kind, gold: gold.sorted())) }
                        return agrees
                    }
                    if let a = agrees(g.source, \.source, .sourceCountry) { result.sourceCountry.record(a) }
                    if let a = agrees(g.target, \.target, .targetCountry) { result.targetCountry.record(a) }
                case (false, true):
                    result.score.falsePositives += 1
                    report.errors.append(error(.falsePositive))
                case (true, false):
                    result.score.falseNegatives += 1
                    report.errors.append(error(.falseNegative))
                case (false, false):
                    result.trueNegatives += 1
                }
            }
            report.results.append(result)
        }
        return report
    }

    /// Whether a gold `main` value is a country code.
    static func isCountry(_ code: String) -> Bool {
        code.count == 3 && code.unicodeScalars.allSatisfy { ("A"..."Z").contains($0) }
            && !nonCountryCodes.contains(code)
    }

    static func readSentences(_ url: URL, eventType: String) throws -> [Sentence] {
        let file = url.path
        let text = try readText(url)
        let records = try CSVReader.records(in: text, file: file)
        guard let header = records.first else {
            throw EvaluationInputError(file: file, line: 0, message: "empty file")
        }
        func column(_ name: String) throws -> Int {
            guard let i = header.fields.firstIndex(of: name) else {
                throw EvaluationInputError(
                    file: file, line: header.line,
                    message: "no '\(name)' column in header \(header.fields.joined(separator: ","))")
            }
            return i
        }
        let id = try column("id")
        let type = try column("event_type")
        let label = try column("label")
        let textColumn = try column("text")
        var ids: Set<String> = []
        return try records.dropFirst().map { r in
            func fail(_ message: String) -> EvaluationInputError {
                EvaluationInputError(file: file, line: r.line, message: message)
            }
            guard r.fields.count == header.fields.count else {
                throw fail("expected \(header.fields.count) fields, found \(r.fields.count)")
            }
            guard r.fields[type] == eventType else {
                throw fail("event_type '\(r.fields[type])' in the \(eventType) file")
            }
            guard let l = Label(rawValue: r.fields[label]) else {
                throw fail("unknown label '\(r.fields[label])' (yes, easy no, difficult no, ambiguous)")
            }
            guard !r.fields[id].isEmpty, ids.insert(r.fields[id]).inserted else {
                throw fail("empty or repeated id '\(r.fields[id])'")
            }
            return Sentence(id: r.fields[id], label: l, text: r.fields[textColumn])
        }
    }

    static func readCountries(_ url: URL) throws -> [String: GoldCountries] {
        let file = url.path
        let json: Any
        do {
            json = try JSONSerialization.jsonObject(with: Data(contentsOf: url))
        } catch {
            throw EvaluationInputError(file: file, line: 0, message: "not valid JSON: \(error.localizedDescription)")
        }
        guard let entries = json as? [Any] else {
            throw EvaluationInputError(file: file, line: 0, message: "expected a JSON array of sentences")
        }
        var result: [String: GoldCountries] = [:]
        for (n, item) in entries.enumerated() {
            func fail(_ message: String) -> EvaluationInputError {
                EvaluationInputError(file: file, line: 0, message: "entry \(n + 1): \(message)")
            }
            guard let entry = item as? [String: Any], let id = entry["source"] as? String,
                let spans = entry["spans"] as? [Any]
            else { throw fail("expected an object with 'source' (the sentence id) and 'spans'") }
            var gold = result[id] ?? GoldCountries()
            for span in spans {
                guard let span = span as? [String: Any] else { throw fail("sentence \(id): a span is not an object") }
                // A role is {"main": …, "role": …}, {} or a bare string such as "UNKNOWN".
                if let main = (span["source_role"] as? [String: Any])?["main"] as? String, isCountry(main) {
                    gold.source.insert(main)
                }
                if let main = (span["target_role"] as? [String: Any])?["main"] as? String, isCountry(main) {
                    gold.target.insert(main)
                }
            }
            result[id] = gold
        }
        return result
    }
}
