import ArabicText
import ArgumentParser
import EventCoding
import Feeds
import Foundation
import Store

extension Tawthiq {
    struct Ingest: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Code articles and store them (SQLite by default; PostgreSQL with --db postgres://…).",
            discussion: """
                Inputs are files or directories (read recursively): plain text (.txt and anything else), JSONL (.jsonl), \
                RSS 2.0 (.rss), Atom (.atom), and PETRARCH/UniversalPetrarch XML; .xml files are sniffed. \
                The same article again is skipped (content hash); a corrected version (same URL, or source and id) \
                replaces its events in one transaction. Exit status: 0 all stored, 1 some input was bad (the rest \
                was stored), 2 nothing could be stored.
                """)

        @Argument(help: "Files or directories to ingest ('-' for stdin).") var inputs: [String] = []
        @Option(help: "Input format, else by extension: \(InputKind.allCases.map(\.rawValue).joined(separator: ", ")).") var input: InputKind?
        @Option(help: "Publication date (YYYY-MM-DD) for articles that carry none.") var date: String?
        @Option(help: "Articles per transaction.") var batch = 256
        @Option(help: "The longest line to read, in bytes.") var maxLineBytes = DocumentReader.defaultMaxLineBytes
        @Flag(help: "Draw the progress bar even when stderr is not a terminal.") var progress = false
        @Flag(help: "With a PostgreSQL store: only queue the articles, for `tawthiq worker` to code.") var queueOnly = false
        @Flag(help: "Also store acts told as background or history (flagged 'background'); relations and exports then count them.") var background = false
        @OptionGroup var store: StoreOptions
        @OptionGroup var lexiconOptions: LexiconOptions

        func validate() throws {
            if let date, CalendarDay(iso: date) == nil { throw ValidationError("--date must be YYYY-MM-DD, got '\(date)'") }
            if batch < 1 { throw ValidationError("--batch must be at least 1") }
        }

        func run() async throws {
            let (docs, bad) = InputSources.documents(inputs.isEmpty ? ["-"] : inputs, kind: input, date: date.flatMap(CalendarDay.init(iso:)), maxLineBytes: maxLineBytes)
            let coder = DocumentCoder(coder: EventCoder(lexicon: try lexiconOptions.load(), gates: SentenceGate.bundled, background: background), defaultDate: date.flatMap(CalendarDay.init(iso:)))
            let db = try await store.open()
            let bar = ProgressBar(label: "articles", force: progress)
            let summary: WriteSummary
            do {
                if let queued = try await StoreOptions.ingestIfPostgres(db, docs, coder: coder, batch: batch, queueOnly: queueOnly) {
                    summary = queued
                } else {
                    summary = try await Ingestor(store: db, coder: coder, batchSize: batch, workers: ProcessInfo.processInfo.activeProcessorCount)
                        .ingest(docs) { p in bar.update(done: p.done, total: p.total, final: p.done == p.total) }
                }
            } catch {
                Console.error("\(error)")
                try? await db.close()
                throw ExitCode(2)
            }
            let counts = try? await db.counts()
            try? await db.close()
            var line = "\(db.name): \(summary.inserted) new, \(summary.replaced) replaced, \(summary.unchanged) unchanged articles; \(summary.events) events, \(summary.flags) flags written"
            if let counts { line += "; the store holds \(counts.documents) articles, \(counts.events) event reports, \(counts.groups) events" }
            Console.error(line)
            if docs.isEmpty { throw ExitCode(2) }
            if bad > 0 { throw ExitCode(1) }
        }
    }
}

/// How an input file is read.
enum InputKind: String, ExpressibleByArgument, CaseIterable {
    case text, jsonl, rss, atom, petrarch
    /// A feed whose kind is read from its root element (.xml files).
    case feed

    init(path: String) {
        switch URL(fileURLWithPath: path).pathExtension.lowercased() {
        case "jsonl", "ndjson": self = .jsonl
        case "rss": self = .rss
        case "atom": self = .atom
        case "xml": self = .feed
        default: self = .text
        }
    }

    var feedFormat: FeedFormat? {
        switch self {
        case .rss: return .rss
        case .atom: return .atom
        case .petrarch: return .petrarch
        default: return nil
        }
    }
}

/// Files and directories to documents; each bad input is reported on stderr by name and place.
enum InputSources {
    static let extensions: Set<String> = ["txt", "text", "jsonl", "ndjson", "rss", "atom", "xml"]

    /// The files under the inputs: a directory's files with a known extension, sorted by path.
    static func files(_ inputs: [String]) -> [String] {
        var out: [String] = []
        for p in inputs {
            var isDir: ObjCBool = false
            if p != "-", FileManager.default.fileExists(atPath: p, isDirectory: &isDir), isDir.boolValue {
                let e = FileManager.default.enumerator(atPath: p)
                var found: [String] = []
                while let f = e?.nextObject() as? String {
                    if extensions.contains(URL(fileURLWithPath: f).pathExtension.lowercased()) { found.append((p as NSString).appendingPathComponent(f)) }
                }
                out += found.sorted()
            } else {
                out.append(p)
            }
        }
        return out
    }

    static func documents(_ inputs: [String], kind: InputKind?, date: CalendarDay?, maxLineBytes: Int) -> ([Document], Int) {
        var docs: [Document] = []
        var bad = 0
        for f in files(inputs) {
            let k = kind ?? InputKind(path: f)
            let results: [Result<Document, InputError>]
            do {
                switch k {
                case .text, .jsonl:
                    results = try InputDocuments.read(f, format: k == .jsonl ? .jsonl : .text, date: date, maxLineBytes: maxLineBytes)
                case .rss, .atom, .petrarch, .feed:
                    results = FeedReader.read(try InputFiles.read(f), name: f == "-" ? "<stdin>" : f, format: k.feedFormat)
                }
            } catch {
                Console.error("\(error)")
                bad += 1
                continue
            }
            for r in results {
                switch r {
                case .success(var d):
                    // A text file is known by its path, so two files of one name in two folders stay two articles.
                    if k == .text && f != "-" { d.id = (f as NSString).deletingPathExtension }
                    docs.append(d)
                case .failure(let e): Console.error("\(e)"); bad += 1
                }
            }
        }
        return (docs, bad)
    }
}
