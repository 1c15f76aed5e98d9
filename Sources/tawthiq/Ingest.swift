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
                The same article again is skipped (content hash); a corrected version (the same file path; for JSONL and feeds \
                the same URL, or source and id, or id) \
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
            let day = date.flatMap(CalendarDay.init(iso:))
            let coder = DocumentCoder(
                coder: EventCoder(lexicon: try lexiconOptions.load(), gates: SentenceGate.bundled, background: background), defaultDate: day)
            let source = DocumentSource(inputs.isEmpty ? ["-"] : inputs, kind: input, date: day, maxLineBytes: maxLineBytes)
            let db = try await store.open(create: true)
            let bar = ProgressBar(label: "articles", force: progress)
            let summary: WriteSummary
            let size = batch
            do {
                if let queued = try await StoreOptions.ingestIfPostgres(db, batches: { source.next(size) }, coder: coder, batch: batch, queueOnly: queueOnly) {
                    summary = queued
                } else {
                    summary = try await Ingestor(store: db, coder: coder, batchSize: batch, workers: ProcessInfo.processInfo.activeProcessorCount)
                        .ingest(batches: { source.next(size) }) { p in
                            for key in p.replacedKeys { Console.error("replaced the stored version of \(key)") }
                            bar.update(done: p.done)
                        }
                    bar.finish()
                }
            } catch {
                Console.error("\(error)")
                try? await db.close()
                throw ExitCode(2)
            }
            let counts = try? await db.counts()
            try? await db.close()
            var line =
                "\(db.name): \(summary.inserted) new, \(summary.replaced) replaced, \(summary.unchanged) unchanged articles; \(summary.events) events, \(summary.flags) flags, \(summary.notes) notes written"
            if let counts { line += "; the store holds \(counts.documents) articles, \(counts.events) event reports, \(counts.groups) events" }
            Console.error(line)
            if source.documents == 0 { throw ExitCode(2) }
            if source.bad > 0 { throw ExitCode(1) }
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

    /// The files under the inputs: a directory's regular files with a known extension (symbolic
    /// links followed), sorted by path; and what was skipped in the directories, by name: a FIFO,
    /// socket or device (reading one could wait forever), a symbolic link that loops or leads
    /// nowhere. A file named as an input is read whatever it is (`/dev/stdin`, `<(…)`).
    static func files(_ inputs: [String]) -> (files: [String], skipped: [InputError]) {
        var out: [String] = []
        var skipped: [InputError] = []
        for p in inputs {
            if p != "-", case .directory(let id) = FileKind(path: p, follow: true) {
                var found: [String] = []
                walk(p, relative: "", ancestors: [id], into: &found, skipped: &skipped)
                out += found.sorted().map { (p as NSString).appendingPathComponent($0) }
            } else {
                out.append(p)
            }
        }
        return (out, skipped)
    }

    /// What a path is, by `stat` (following links) or `lstat`.
    enum FileKind: Equatable {
        case regular
        case directory(DirectoryID)
        case link
        case other(String)
        case loop
        case missing

        struct DirectoryID: Hashable { let device: UInt64, inode: UInt64 }

        init(path: String, follow: Bool) {
            var st = stat()
            if (follow ? stat(path, &st) : lstat(path, &st)) != 0 {
                self = errno == ELOOP ? .loop : .missing
                return
            }
            switch st.st_mode & S_IFMT {
            case S_IFREG: self = .regular
            case S_IFDIR: self = .directory(DirectoryID(device: UInt64(st.st_dev), inode: UInt64(st.st_ino)))
            case S_IFLNK: self = .link
            case S_IFIFO: self = .other("a FIFO (named pipe)")
            case S_IFSOCK: self = .other("a socket")
            case S_IFCHR, S_IFBLK: self = .other("a device")
            default: self = .other("not a regular file")
            }
        }
    }

    private static func walk(_ root: String, relative: String, ancestors: Set<FileKind.DirectoryID>, into found: inout [String], skipped: inout [InputError]) {
        let dir = relative.isEmpty ? root : (root as NSString).appendingPathComponent(relative)
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: dir) else {
            skipped.append(InputError(input: dir, place: "", message: "cannot list the directory (permission denied?); skipped"))
            return
        }
        for name in names.sorted() {
            let rel = relative.isEmpty ? name : (relative as NSString).appendingPathComponent(name)
            let path = (root as NSString).appendingPathComponent(rel)
            let known = extensions.contains(URL(fileURLWithPath: name).pathExtension.lowercased())
            let isLink = FileKind(path: path, follow: false) == .link
            switch FileKind(path: path, follow: true) {
            case .regular:
                if known { found.append(rel) }
            case .directory(let id):
                if ancestors.contains(id) {
                    skipped.append(InputError(input: path, place: "", message: "a symbolic link that loops back to a folder above it; skipped"))
                } else {
                    walk(root, relative: rel, ancestors: ancestors.union([id]), into: &found, skipped: &skipped)
                }
            case .loop:
                skipped.append(InputError(input: path, place: "", message: "a symbolic link that loops; skipped"))
            case .missing:
                if isLink && known { skipped.append(InputError(input: path, place: "", message: "a symbolic link to nothing; skipped")) }
            case .other(let what):
                if known { skipped.append(InputError(input: path, place: "", message: "\(what), not a regular file; skipped (reading it could wait forever)")) }
            case .link:
                break
            }
        }
    }
}

/// The documents under the inputs, read as they are asked for, so an ingest holds a batch in
/// memory and not its input. Each bad input is reported on stderr by name and place, and counted.
final class DocumentSource {
    let kind: InputKind?
    let date: CalendarDay?
    let maxLineBytes: Int
    private let paths: [String]
    private var nextPath = 0
    private var current: (windows: DocumentWindows, kind: InputKind, path: String)?
    /// Bad inputs so far: files that could not be read, lines or items with errors, skipped files.
    private(set) var bad = 0
    /// Documents handed out so far.
    private(set) var documents = 0

    init(_ inputs: [String], kind: InputKind?, date: CalendarDay?, maxLineBytes: Int) {
        self.kind = kind
        self.date = date
        self.maxLineBytes = maxLineBytes
        let (paths, skipped) = InputSources.files(inputs)
        for e in skipped { Console.error("\(e)") }
        bad = skipped.count
        self.paths = paths
    }

    /// Up to `count` documents; nil when every input is read.
    func next(_ count: Int) -> [Document]? {
        var out: [Document] = []
        while out.count < count {
            guard let (windows, k, f) = current ?? openNext() else { break }
            current = (windows, k, f)
            let window = windows.next(count - out.count)
            if window.isEmpty {
                current = nil
                continue
            }
            for r in window {
                switch r {
                case .success(var d):
                    // A text file is known by its absolute path (in a namespace of its own: no JSONL
                    // id or URL can take its place), text from stdin by its content.
                    if k == .text {
                        if f == "-" {
                            d.key = "text:" + CodedDocument.hash(of: d)
                        } else {
                            d.id = (f as NSString).deletingPathExtension
                            d.key = "file:" + URL(fileURLWithPath: f).standardizedFileURL.path
                        }
                    }
                    out.append(d)
                case .failure(let e):
                    Console.error("\(e)")
                    bad += 1
                }
            }
        }
        documents += out.count
        return out.isEmpty ? nil : out
    }

    /// The next input that opens; errors are reported and counted.
    private func openNext() -> (DocumentWindows, InputKind, String)? {
        while nextPath < paths.count {
            let f = paths[nextPath]
            nextPath += 1
            let k = kind ?? InputKind(path: f)
            do {
                switch k {
                case .text, .jsonl:
                    return (try InputDocuments.open(f, format: k == .jsonl ? .jsonl : .text, date: date, maxLineBytes: maxLineBytes), k, f)
                case .rss, .atom, .petrarch, .feed:
                    let results = FeedReader.read(try InputFiles.read(f), name: f == "-" ? "<stdin>" : f, format: k.feedFormat, maxTextBytes: maxLineBytes)
                    return (DocumentWindows(results), k, f)
                }
            } catch {
                Console.error("\(error)")
                bad += 1
            }
        }
        return nil
    }
}
