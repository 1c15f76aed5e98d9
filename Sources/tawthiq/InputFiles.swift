import ArabicText
import EventCoding
import Foundation

enum InputFiles {
    /// Reads a file or stdin ('-'), with an error naming the file.
    static func read(_ name: String) throws -> Data {
        if name == "-" { return FileHandle.standardInput.readDataToEndOfFile() }
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: name, isDirectory: &isDir) else {
            throw InputError(input: name, place: "", message: "no such file")
        }
        if isDir.boolValue { throw InputError(input: name, place: "", message: "is a directory") }
        // FileHandle reads pipes and devices too (/dev/stdin, <(…)), which `contents(atPath:)` does not.
        guard let handle = FileHandle(forReadingAtPath: name) else {
            throw InputError(input: name, place: "", message: "cannot open the file (permission denied?)")
        }
        defer { try? handle.close() }
        do {
            return try handle.readToEnd() ?? Data()
        } catch {
            throw InputError(input: name, place: "", message: "cannot read the file: \(error.localizedDescription)")
        }
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

    static func read(_ name: String, format: Format, date: CalendarDay?, maxLineBytes: Int) throws -> [Result<Document, InputError>] {
        let data = try InputFiles.read(name)
        let display = name == "-" ? "<stdin>" : name
        switch format {
        case .text:
            let id = name == "-" ? "stdin" : URL(fileURLWithPath: name).deletingPathExtension().lastPathComponent
            return [Result { try DocumentReader.plainText(data, name: display, id: id, date: date, maxLineBytes: maxLineBytes) }.mapError { $0 as! InputError }]
        case .jsonl:
            return DocumentReader.jsonl(data, name: display, maxLineBytes: maxLineBytes)
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
