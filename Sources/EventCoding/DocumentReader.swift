import ArabicText
import Foundation

/// Turns raw input bytes into documents, reporting bad input by name and place.
public enum DocumentReader {
    /// Checks that bytes are UTF-8; the error names the first bad byte (1-based offset).
    public static func decodeUTF8(_ data: Data, name: String) throws -> String {
        if let s = String(validating: data, as: UTF8.self) { return s }
        // Find the first invalid byte for the message.
        var i = 0
        let bytes = [UInt8](data)
        while i < bytes.count {
            let b = bytes[i]
            let len: Int
            if b < 0x80 {
                len = 1
            } else if b >> 5 == 0b110 {
                len = 2
            } else if b >> 4 == 0b1110 {
                len = 3
            } else if b >> 3 == 0b11110 {
                len = 4
            } else {
                len = 0
            }
            if len == 0 || i + len > bytes.count || bytes[(i + 1)..<(i + len)].contains(where: { $0 >> 6 != 0b10 }) {
                let line = bytes[..<i].filter { $0 == 0x0A }.count + 1
                throw InputError(input: name, place: "line \(line), byte \(i + 1)", message: String(format: "invalid UTF-8 (byte 0x%02X)", b))
            }
            i += len
        }
        throw InputError(input: name, place: "", message: "invalid UTF-8")
    }

    /// A plain-text article: first non-empty line = headline. Empty input is an error.
    public static func plainText(_ data: Data, name: String, id: String, date: CalendarDay?, maxLineBytes: Int = defaultMaxLineBytes) throws -> Document {
        try checkLineLengths(data, name: name, limit: maxLineBytes)
        let s = try decodeUTF8(data, name: name)
        if s.unicodeScalars.allSatisfy({ $0.properties.isWhitespace }) {
            throw InputError(input: name, place: "", message: "empty input: no text to code")
        }
        return Document.plainText(s, id: id, date: date)
    }

    /// JSONL: one object a line with `id`, `text`, optional `title`, `date` (YYYY-MM-DD), `source`,
    /// `url`. Each line gives a document or an error naming its line; blank lines are skipped.
    /// The longest line (paragraph, or JSONL record) coded by default: 1 MB. A longer line is bad
    /// input (no real article has a megabyte paragraph), reported with its line number.
    public static let defaultMaxLineBytes = 1 << 20

    /// Fails on the first line longer than `limit` bytes, naming it.
    static func checkLineLengths(_ data: Data, name: String, limit: Int) throws {
        var line = 1
        var start = data.startIndex
        while start < data.endIndex {
            let nl = data[start...].firstIndex(of: 0x0A) ?? data.endIndex
            if nl - start > limit {
                throw InputError(
                    input: name, place: "line \(line)",
                    message: "a line of \(nl - start) bytes is longer than the \(limit)-byte limit (see --max-line-bytes); nothing coded")
            }
            line += 1
            start = nl < data.endIndex ? data.index(after: nl) : data.endIndex
        }
    }

    /// All of a JSONL input at once: what `JSONLReader` gives for the same bytes.
    public static func jsonl(_ data: Data, name: String, maxLineBytes: Int = defaultMaxLineBytes) -> [Result<Document, InputError>] {
        var given = false
        let reader = JSONLReader(name: name, maxLineBytes: maxLineBytes, chunkBytes: max(1, data.count)) { _ in
            defer { given = true }
            return given ? nil : data
        }
        var out: [Result<Document, InputError>] = []
        while true {
            let window = reader.next(4096)
            if window.isEmpty { return out }
            out += window
        }
    }

    static func tooLong(name: String, line: Int, length: Int, limit: Int) -> InputError {
        InputError(
            input: name, place: "line \(line)", message: "a line of \(length) bytes is longer than the \(limit)-byte limit (see --max-line-bytes); skipped")
    }

    /// The offset and value of the first byte that is not valid UTF-8, if any.
    static func firstInvalidUTF8(_ bytes: some Collection<UInt8>) -> (offset: Int, byte: UInt8)? {
        let b = Array(bytes)
        var i = 0
        while i < b.count {
            let c = b[i]
            let len: Int
            if c < 0x80 {
                len = 1
            } else if c >= 0xC2 && c <= 0xDF {
                len = 2
            } else if c >> 4 == 0b1110 {
                len = 3
            } else if c >= 0xF0 && c <= 0xF4 {
                len = 4
            } else {
                len = 0
            }
            if len == 0 || i + len > b.count || b[(i + 1)..<(i + len)].contains(where: { $0 >> 6 != 0b10 }) { return (i, c) }
            // Overlong three- and four-byte forms, surrogates and code points past U+10FFFF.
            if len == 3, (c == 0xE0 && b[i + 1] < 0xA0) || (c == 0xED && b[i + 1] >= 0xA0) { return (i, c) }
            if len == 4, (c == 0xF0 && b[i + 1] < 0x90) || (c == 0xF4 && b[i + 1] >= 0x90) { return (i, c) }
            i += len
        }
        return nil
    }

    /// One JSONL line (`offset`: where it starts in the input, 0-based) as a document or an
    /// error naming its line (and byte, for invalid UTF-8).
    static func document(fromJSONLine line: some Collection<UInt8>, name: String, line n: Int, offset: Int) -> Result<Document, InputError> {
        func fail(_ m: String) -> Result<Document, InputError> { .failure(InputError(input: name, place: "line \(n)", message: m)) }
        let line = Data(line)
        if String(validating: line, as: UTF8.self) == nil {
            let bad = firstInvalidUTF8(line)
            let place = bad.map { "line \(n), byte \(offset + $0.offset + 1)" } ?? "line \(n)"
            return .failure(
                InputError(input: name, place: place, message: bad.map { String(format: "invalid UTF-8 (byte 0x%02X)", $0.byte) } ?? "invalid UTF-8"))
        }
        guard let obj = try? JSONSerialization.jsonObject(with: line), let dict = obj as? [String: Any] else {
            return fail("not a JSON object")
        }
        guard let text = dict["text"] as? String else { return fail("no \"text\" string") }
        var id = "\(name):\(n)"
        if let v = dict["id"] {
            if let s = v as? String { id = s } else if let i = v as? Int { id = String(i) } else { return fail("\"id\" must be a string or number") }
        }
        var date: CalendarDay?
        if let d = dict["date"], !(d is NSNull) {
            guard let s = d as? String else { return fail("\"date\" must be a YYYY-MM-DD string") }
            let day = CalendarDay(iso: s) ?? (s.count >= 10 ? CalendarDay(iso: String(s.prefix(10))) : nil)
            guard let day else { return fail("\"date\" is not YYYY-MM-DD: \(s)") }
            date = day
        }
        let title = (dict["title"] as? String).flatMap { $0.isEmpty ? nil : $0 }
        return .success(Document(id: id, title: title, text: text, date: date, source: dict["source"] as? String, url: dict["url"] as? String))
    }
}
