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
}
