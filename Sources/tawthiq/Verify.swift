import ArabicText
import ArgumentParser
import EventCoding
import Foundation

extension Tawthiq {
    struct Verify: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Say what a story gets wrong: titles outside their holder's term, headline against body, dates.",
            discussion: """
                Reads the same inputs as 'code'. The publication date comes from the input's 'date', then \
                --date, then a dateline in the first lines; without one, relative dates are flagged, not guessed.
                Notes (what the lexicon could not say: an office whose holder it does not know) are listed apart \
                ("notes" in --output json) and are no reason for exit 1. \
                Exit status: 0 nothing flagged (notes at most), 1 something flagged, 2 error.
                """)

        enum InputFormat: String, ExpressibleByArgument, CaseIterable { case text, jsonl }
        enum OutputFormat: String, ExpressibleByArgument, CaseIterable { case text, json }
        enum Language: String, ExpressibleByArgument, CaseIterable { case en, ar }

        @Argument(help: "Files to verify ('-' for stdin).") var files: [String] = []
        @Option(help: "Input format: text or jsonl.") var input: InputFormat = .text
        @Option(help: "Report format: text (for people) or json (one report object a line).") var output: OutputFormat = .text
        @Option(help: "Language of the explanations in the text report: en or ar.") var lang: Language = .en
        @Option(help: "Publication date (YYYY-MM-DD) when the input has none.") var date: String?
        @OptionGroup var lexiconOptions: LexiconOptions

        func validate() throws {
            if let date, CalendarDay(iso: date) == nil { throw ValidationError("--date must be YYYY-MM-DD, got '\(date)'") }
        }

        func run() async throws {
            let verifier = DocumentVerifier(coder: EventCoder(lexicon: try lexiconOptions.load()))
            let option = date.flatMap(CalendarDay.init(iso:))
            var flagged = false
            var failed = false
            let out = OutputSink()
            let enc = JSONEncoder()
            enc.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            for name in files.isEmpty ? ["-"] : files {
                let docs: [Result<Document, InputError>]
                do {
                    docs = try InputDocuments.read(name, format: input == .text ? .text : .jsonl, date: nil, maxLineBytes: DocumentReader.defaultMaxLineBytes)
                } catch {
                    Console.error("\(error)")
                    failed = true
                    continue
                }
                // Verified on every core, reported in input order.
                try await InputDocuments.inOrder(docs, work: { verifier.verify($0, option: option) }) { d in
                    switch d {
                    case .failure(let e):
                        Console.error("\(e)")
                        failed = true
                    case .success((let doc, let report)):
                        if !report.isClean { flagged = true }
                        switch output {
                        case .json: out.write(String(decoding: try enc.encode(report), as: UTF8.self))
                        case .text: out.write(VerifyReportText.render(report, document: doc, arabic: lang == .ar))
                        }
                    }
                }
            }
            out.flush()
            if failed && !flagged { throw ExitCode(2) }
            if flagged { throw ExitCode(1) }
        }
    }
}

/// The report for people: the publication date and its source, then each flag with the Arabic
/// mention in context (right to left in the terminal) and its explanation.
enum VerifyReportText {
    static func render(_ r: VerificationReport, document: Document, arabic: Bool) -> String {
        var lines: [String] = []
        lines.append("== \(r.doc)")
        switch r.publication.source {
        case .none: lines.append("publication date: none (not in the input, not given with --date, no dateline)")
        case .dateline: lines.append("publication date: \(r.publication.day?.iso ?? "?") (from the dateline «\(r.publication.dateline ?? "")»)")
        case .input: lines.append("publication date: \(r.publication.day?.iso ?? "?") (from the input)")
        case .option: lines.append("publication date: \(r.publication.day?.iso ?? "?") (from --date)")
        }
        lines.append("events: \(r.events.count)")
        if r.flags.isEmpty { lines.append("no flags") }
        for (f, note) in r.flags.map({ ($0, false) }) + r.notes.map({ ($0, true) }) {
            lines.append("")
            lines.append((note ? "note [\(f.kind)] " : "[\(f.kind)] ") + (arabic ? f.explanationArabic : f.explanation))
            for m in f.mentions {
                let text = m.part == .title ? (document.title ?? "") : document.text
                lines.append("  \(m.part.rawValue) sentence \(m.sentence), offsets \(m.start)..<\(m.end): …\(context(text, m.start, m.end))…")
            }
            for fact in f.facts where !fact.isEmpty { lines.append("  fact: \(fact)") }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The mention with a few words either side, the mention between ⟦ ⟧.
    static func context(_ text: String, _ start: Int, _ end: Int) -> String {
        let s = Array(text.unicodeScalars)
        guard start >= 0, end <= s.count, start <= end else { return "" }
        func str(_ r: Range<Int>) -> String {
            var v = String.UnicodeScalarView()
            v.append(contentsOf: s[r])
            return String(v).replacingOccurrences(of: "\n", with: " ")
        }
        return str(max(0, start - 30)..<start) + "⟦" + str(start..<end) + "⟧" + str(end..<min(s.count, end + 30))
    }
}
