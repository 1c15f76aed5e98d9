import Evaluation
import Testing

@Suite struct CSVReaderTests {
    func fields(_ text: String) throws -> [[String]] {
        try CSVReader.records(in: text, file: "t.csv").map(\.fields)
    }

    func error(_ text: String) -> String? {
        do {
            _ = try CSVReader.records(in: text, file: "t.csv")
            return nil
        } catch {
            return "\(error)"
        }
    }

    @Test func plainFieldsAndLineEndings() throws {
        #expect(try fields("a,b,c\n1,2,3\n") == [["a", "b", "c"], ["1", "2", "3"]])
        #expect(try fields("a,b\r\n1,2\r\n") == [["a", "b"], ["1", "2"]])
        #expect(try fields("a,b\r\n1,2") == [["a", "b"], ["1", "2"]], "no final line break")
        #expect(try fields("a,,c,\n") == [["a", "", "c", ""]], "empty fields")
        #expect(try fields("") == [])
        #expect(try fields("a\n\nb\n") == [["a"], ["b"]], "blank lines make no record")
        #expect(try fields("\u{FEFF}id,text\n") == [["id", "text"]], "byte-order mark skipped")
    }

    @Test func quotedFields() throws {
        #expect(try fields(#""a,b",c"#) == [["a,b", "c"]], "comma inside quotes")
        #expect(try fields(#""say ""hi""",x"#) == [[#"say "hi""#, "x"]], "doubled quotes")
        #expect(try fields(#""""","""#) == [[#"""#, ""]], "a lone quote, then an empty quoted field")
        #expect(try fields("\"line one\nline two\",b\nc,d\n") == [["line one\nline two", "b"], ["c", "d"]])
        #expect(try fields("\"crlf\r\ninside\",b\r\n") == [["crlf\r\ninside", "b"]])
        #expect(try fields("x,\"\"\n") == [["x", ""]])
        #expect(try fields("\"a\nb\"\"\"\n") == [["a\nb\""]], "escaped quote just before the closing one")
        #expect(try fields("\"\"\n") == [[""]], "a record of one empty quoted field")
        #expect(try fields("وقال «الشرطة»,\"قال: \"\"نعم\"\"\"\n") == [["وقال «الشرطة»", "قال: \"نعم\""]])
    }

    @Test func recordsKnowTheirStartLine() throws {
        let records = try CSVReader.records(in: "h1,h2\n\"multi\nline\nfield\",x\nlast,y\n", file: "t.csv")
        #expect(records.map(\.line) == [1, 2, 5])
    }

    @Test func malformedInputNamesFileAndLine() {
        #expect(error("a,b\nc,\"open\n") == "t.csv:2: quoted field opened here is never closed")
        #expect(error("a,b\nc,d\"e\n") == "t.csv:2: quote inside an unquoted field")
        #expect(error("a\n\"x\"y,z\n")?.hasPrefix("t.csv:2: text after a closing quote") == true)
        #expect(error("\"a\nb\"x\n")?.hasPrefix("t.csv:2: text after a closing quote") == true)
    }
}
