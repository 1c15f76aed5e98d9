import ArabicText
import ArgumentParser
import EventCoding
import Foundation
import Lexicon

extension Tawthiq {
    struct Code: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Code articles into events (JSONL on stdout, one event a line).",
            discussion: """
                Plain-text input: the first non-empty line is the headline. JSONL input: one object a line \
                with id, text, optional title, date (YYYY-MM-DD), source, url. '-' or no file reads stdin.
                Exit status: 0 all coded, 1 some input was bad (the rest was coded), 2 nothing could be coded.
                """)

        enum InputFormat: String, ExpressibleByArgument, CaseIterable { case text, jsonl }
        enum OutputFormat: String, ExpressibleByArgument, CaseIterable { case jsonl, tsv }

        @Argument(help: "Files to code ('-' for stdin).") var files: [String] = []
        @Option(help: "Input format: text or jsonl.") var input: InputFormat = .text
        @Option(help: "Output format: jsonl or tsv.") var output: OutputFormat = .jsonl
        @Option(help: "Publication date (YYYY-MM-DD) for plain-text input.") var date: String?
        @Flag(help: "Stop at the first bad input line.") var strict = false
        @Option(help: "The longest line (paragraph or JSONL record) to code, in bytes; longer lines are bad input.") var maxLineBytes = DocumentReader
            .defaultMaxLineBytes
        @Flag(help: "Add an 'evidence' object (sentence and matched lexicon entries) to each event.") var explain = false
        @Flag(help: "Rules only: do not apply the learned sentence gate to ASSAULT/PROTEST events.") var rulesOnly = false
        @Flag(help: "Also emit acts told as background or history (flagged 'background'); left out by default.") var background = false
        @OptionGroup var lexiconOptions: LexiconOptions

        func validate() throws {
            if let date, CalendarDay(iso: date) == nil { throw ValidationError("--date must be YYYY-MM-DD, got '\(date)'") }
        }

        func run() async throws {
            let coder = EventCoder(lexicon: try lexiconOptions.load(), gates: rulesOnly ? [:] : SentenceGate.bundled, background: background)
            let day = date.flatMap(CalendarDay.init(iso:))
            let out = OutputSink()
            if output == .tsv { out.write(EventJSON.tsvHeader) }
            var bad = 0
            var good = 0
            for name in files.isEmpty ? ["-"] : files {
                let windows: DocumentWindows
                do {
                    windows = try InputDocuments.open(name, format: input == .text ? .text : .jsonl, date: day, maxLineBytes: maxLineBytes)
                } catch {
                    Console.error("\(error)")
                    bad += 1
                    if strict { throw ExitCode(2) }
                    continue
                }
                // Read, coded and written a window at a time: memory does not grow with the input.
                while case let docs = windows.next(256), !docs.isEmpty {
                    // The input's date, else --date, else a dateline in the first lines; with --strict
                    // nothing after the first bad line is coded.
                    try await InputDocuments.inOrder(
                        docs, stopAtFirstFailure: strict,
                        work: { doc in
                            var doc = doc
                            doc.date = PublicationDate.resolve(document: doc, option: day).day
                            return coder.code(doc)
                        }
                    ) { d in
                        switch d {
                        case .failure(let e):
                            Console.error("\(e)")
                            bad += 1
                            if strict {
                                out.flush()
                                throw ExitCode(2)
                            }
                        case .success((_, let events)):
                            good += 1
                            for e in events { out.write(output == .tsv ? EventJSON.tsvRow(e) : EventJSON.line(e, explain: explain)) }
                        }
                    }
                }
            }
            out.flush()
            if good == 0 { throw ExitCode(2) }
            if bad > 0 { throw ExitCode(1) }
        }
    }
}
