import ArabicText
import EventCoding
import Foundation

enum InputFiles {
    /// Reads a file or stdin ('-'), with an error naming the file.
    static func read(_ name: String) throws -> Data {
        let handle = try open(name)
        defer { if name != "-" { try? handle.close() } }
        do {
            return try handle.readToEnd() ?? Data()
        } catch {
            throw InputError(input: name, place: "", message: "cannot read the file: \(error.localizedDescription)")
        }
    }

    /// Opens a file or stdin ('-') for reading, with an error naming the file.
    static func open(_ name: String) throws -> FileHandle {
        if name == "-" { return FileHandle.standardInput }
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: name, isDirectory: &isDir) else {
            throw InputError(input: name, place: "", message: "no such file")
        }
        if isDir.boolValue { throw InputError(input: name, place: "", message: "is a directory") }
        // FileHandle reads pipes and devices too (/dev/stdin, <(…)), which `contents(atPath:)` does not.
        guard let handle = FileHandle(forReadingAtPath: name) else {
            throw InputError(input: name, place: "", message: "cannot open the file (permission denied?)")
        }
        return handle
    }
}

/// The documents of one input handed out a window at a time: JSONL is read as it is coded, a
/// plain-text article or a feed is one read.
final class DocumentWindows {
    private var reader: JSONLReader?
    private var handle: FileHandle?
    private var held: [Result<Document, InputError>]
    private var at = 0

    /// A JSONL input read from `handle` (closed at the end unless it is stdin).
    init(jsonl name: String, handle: FileHandle, maxLineBytes: Int, closing: Bool) {
        reader = JSONLReader(name: name, handle: handle, maxLineBytes: maxLineBytes)
        self.handle = closing ? handle : nil
        held = []
    }

    /// Results read already.
    init(_ results: [Result<Document, InputError>]) {
        held = results
    }

    /// Up to `count` results; empty at the end.
    func next(_ count: Int) -> [Result<Document, InputError>] {
        if let reader {
            let window = reader.next(count)
            if window.isEmpty {
                try? handle?.close()
                handle = nil
                self.reader = nil
            }
            return window
        }
        let window = held[at..<min(held.count, at + count)]
        at += window.count
        if at >= held.count {
            held = []
            at = 0
        }
        return Array(window)
    }
}

/// Buffered stdout writer: lines joined and written in large blocks.
final class OutputSink {
    private var buffer = ""
    func write(_ line: String) {
        buffer += line
        buffer += "\n"
        if buffer.utf8.count > 1 << 16 { flush() }
    }
    func flush() {
        FileHandle.standardOutput.write(Data(buffer.utf8))
        buffer = ""
    }
}

/// The documents in one input (a file or '-'), each a document or an error naming its place.
enum InputDocuments {
    enum Format: String { case text, jsonl }

    /// All the documents of a file or stdin ('-') at once.
    static func read(_ name: String, format: Format, date: CalendarDay?, maxLineBytes: Int) throws -> [Result<Document, InputError>] {
        let windows = try open(name, format: format, date: date, maxLineBytes: maxLineBytes)
        var out: [Result<Document, InputError>] = []
        while case let w = windows.next(4096), !w.isEmpty { out += w }
        return out
    }

    /// The documents of a file or stdin ('-'), to be taken a window at a time.
    static func open(_ name: String, format: Format, date: CalendarDay?, maxLineBytes: Int) throws -> DocumentWindows {
        let display = name == "-" ? "<stdin>" : name
        switch format {
        case .text:
            let data = try InputFiles.read(name)
            let id = name == "-" ? "stdin" : URL(fileURLWithPath: name).deletingPathExtension().lastPathComponent
            return DocumentWindows([
                Result { try DocumentReader.plainText(data, name: display, id: id, date: date, maxLineBytes: maxLineBytes) }.mapError { $0 as! InputError }
            ])
        case .jsonl:
            return DocumentWindows(jsonl: display, handle: try InputFiles.open(name), maxLineBytes: maxLineBytes, closing: name != "-")
        }
    }

    /// Works `docs` on every core in windows of 256 articles and hands each input, in order, to
    /// `each`: a document with its result, or the error naming its place. With `stopAtFirstFailure`
    /// nothing after the first bad input of a window is worked (`each` is expected to throw there).
    static func inOrder<R: Sendable>(
        _ docs: [Result<Document, InputError>], stopAtFirstFailure: Bool = false, work: @escaping @Sendable (Document) -> R,
        each: (Result<(Document, R), InputError>) throws -> Void
    ) async rethrows {
        let workers = ProcessInfo.processInfo.activeProcessorCount
        var k = 0
        while k < docs.count {
            let window = docs[k..<min(k + 256, docs.count)]
            k += window.count
            let stop = stopAtFirstFailure ? (window.firstIndex { if case .failure = $0 { true } else { false } } ?? window.endIndex) : window.endIndex
            let toWork = window[..<stop].compactMap { try? $0.get() }
            var results = await OrderedParallel.map(toWork, workers: workers, work).makeIterator()
            for d in window {
                switch d {
                case .failure(let e): try each(.failure(e))
                case .success(let doc):
                    guard let r = results.next() else { return }
                    try each(.success((doc, r)))
                }
            }
        }
    }
}
