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
