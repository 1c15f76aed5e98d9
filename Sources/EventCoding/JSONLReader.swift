import Foundation

/// Reads JSONL documents a window at a time from a byte source (a file, stdin, or memory), so
/// memory holds one window and one read chunk whatever the input's length.
///
/// Lines and errors are what `DocumentReader.jsonl` gives for the same bytes: a document or an
/// error naming its line per non-blank line; a line longer than `maxLineBytes` is an error
/// (skipped without being held in memory); an input without any line is one error.
public final class JSONLReader {
    /// Reads up to the given count of bytes; nil or empty at the end.
    public typealias Source = (Int) throws -> Data?

    public let name: String
    public let maxLineBytes: Int
    private let source: Source
    private let chunkBytes: Int
    private var buffer: [UInt8] = []
    /// Where the unread part of `buffer` starts.
    private var cursor = 0
    /// The input offset of `buffer[0]`.
    private var bufferOffset = 0
    private var ended = false
    private var lineNumber = 0
    private var sawLine = false
    /// Set while skipping the rest of an over-long line: its number and length so far.
    private var skipping: (line: Int, length: Int)?
    private var finished = false

    /// - Parameters:
    ///   - chunkBytes: How much is read at a time.
    public init(name: String, maxLineBytes: Int = DocumentReader.defaultMaxLineBytes, chunkBytes: Int = 1 << 20, source: @escaping Source) {
        self.name = name
        self.maxLineBytes = maxLineBytes
        self.chunkBytes = max(1, chunkBytes)
        self.source = source
    }

    /// A reader of a file handle (a file, a pipe, stdin).
    public convenience init(name: String, handle: FileHandle, maxLineBytes: Int = DocumentReader.defaultMaxLineBytes) {
        self.init(name: name, maxLineBytes: maxLineBytes) { try handle.read(upToCount: $0) }
    }

    /// The bytes held now (read and not yet handed out).
    public var bufferedBytes: Int { buffer.count }

    /// The next results, at most `count` (at least one unless the input is done); empty at the end.
    public func next(_ count: Int) -> [Result<Document, InputError>] {
        var out: [Result<Document, InputError>] = []
        while out.count < max(1, count), !finished {
            if let r = nextResult() { out.append(r) }
        }
        return out
    }

    /// One step: a result, or nil when a step read input without completing a line.
    private func nextResult() -> Result<Document, InputError>? {
        if let nl = buffer[cursor...].firstIndex(of: 0x0A) {
            return take(upTo: nl, newline: true)
        }
        if ended {
            if cursor < buffer.count || skipping != nil { return take(upTo: buffer.count, newline: false) }
            finished = true
            return sawLine ? nil : .failure(InputError(input: name, place: "", message: "empty input: no JSON lines"))
        }
        // No whole line yet: drop what was read, and past the limit stop keeping the line.
        let pending = buffer.count - cursor
        if skipping == nil, pending > maxLineBytes {
            skipping = (lineNumber + 1, 0)
        }
        if var s = skipping {
            s.length += pending
            skipping = s
            bufferOffset += buffer.count
            buffer.removeAll(keepingCapacity: true)
            cursor = 0
        } else if cursor > 0 {
            bufferOffset += cursor
            buffer.removeFirst(cursor)
            cursor = 0
        }
        do {
            if let d = try source(chunkBytes), !d.isEmpty { buffer.append(contentsOf: d) } else { ended = true }
        } catch {
            ended = true
            finished = true
            return .failure(InputError(input: name, place: "line \(lineNumber + 1)", message: "cannot read on: \(error.localizedDescription)"))
        }
        return nil
    }

    /// The line that ends at `end` (a newline when `newline`), as a result; nil for a blank line.
    private func take(upTo end: Int, newline: Bool) -> Result<Document, InputError>? {
        let start = cursor
        cursor = newline ? end + 1 : end
        if let s = skipping {
            skipping = nil
            lineNumber = s.line
            sawLine = true
            let length = s.length + (end - start)
            return .failure(DocumentReader.tooLong(name: name, line: s.line, length: length, limit: maxLineBytes))
        }
        lineNumber += 1
        let line = buffer[start..<end]
        if line.count > maxLineBytes {
            sawLine = true
            return .failure(DocumentReader.tooLong(name: name, line: lineNumber, length: line.count, limit: maxLineBytes))
        }
        if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { return nil }
        sawLine = true
        return DocumentReader.document(fromJSONLine: line, name: name, line: lineNumber, offset: bufferOffset + start)
    }
}
