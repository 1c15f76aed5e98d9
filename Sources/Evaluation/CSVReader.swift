/// An RFC 4180 CSV reader.
///
/// Fields are separated by commas and records by CRLF or LF (a lone CR also ends a record). A
/// field in double quotes may hold commas, line breaks and doubled quotes (`""` is one `"`).
/// A quote inside an unquoted field, text after a closing quote, or a quote left open are
/// errors naming the file and line. A UTF-8 byte-order mark at the start is skipped; an empty
/// last line does not make a record.
public enum CSVReader {
    /// Splits `text` into records.
    ///
    /// - Parameters:
    ///   - text: the whole file.
    ///   - file: the name used in errors.
    /// - Throws: ``EvaluationInputError`` naming `file` and the line.
    /// - Complexity: O(n) in the length of `text`.
    public static func records(in text: String, file: String) throws -> [CSVRecord] {
        var records: [CSVRecord] = []
        var fields: [String] = []
        var field = String.UnicodeScalarView()
        var line = 1
        var recordLine = 1
        // Whether the current field was quoted; whether its closing quote has been read.
        var quoted = false
        var closed = false
        // Whether anything (even an empty quoted field) has been read for the current record.
        var recordStarted = false

        func fail(_ message: String) -> EvaluationInputError {
            EvaluationInputError(file: file, line: line, message: message)
        }
        func endField() {
            fields.append(String(field))
            field = String.UnicodeScalarView()
            quoted = false
            closed = false
        }
        func endRecord() {
            endField()
            records.append(CSVRecord(line: recordLine, fields: fields))
            fields = []
            recordStarted = false
        }

        var scalars = Array(text.unicodeScalars)
        if scalars.first == "\u{FEFF}" { scalars.removeFirst() }
        var i = 0
        while i < scalars.count {
            let c = scalars[i]
            i += 1
            if quoted && !closed {
                if c == "\"" {
                    if i < scalars.count && scalars[i] == "\"" {
                        field.append("\"")
                        i += 1
                    } else {
                        closed = true
                    }
                } else {
                    if c == "\n" || (c == "\r" && !(i < scalars.count && scalars[i] == "\n")) { line += 1 }
                    field.append(c)
                }
                continue
            }
            switch c {
            case ",":
                recordStarted = true
                endField()
            case "\r", "\n":
                if c == "\r" && i < scalars.count && scalars[i] == "\n" { i += 1 }
                if recordStarted || !field.isEmpty || quoted {
                    endRecord()
                } else {
                    // A blank line: RFC 4180 has no empty records, so skip it.
                }
                line += 1
                recordLine = line
            case "\"":
                if closed { throw fail("unexpected quote after a closing quote") }
                guard field.isEmpty else { throw fail("quote inside an unquoted field") }
                quoted = true
                recordStarted = true
            default:
                if closed { throw fail("text after a closing quote: a quote in a quoted field is written \"\"") }
                field.append(c)
                recordStarted = true
            }
        }
        if quoted && !closed {
            throw EvaluationInputError(
                file: file, line: recordLine, message: "quoted field opened here is never closed")
        }
        if recordStarted || !field.isEmpty { endRecord() }
        return records
    }
}
