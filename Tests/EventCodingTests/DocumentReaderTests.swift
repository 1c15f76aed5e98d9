import ArabicText
import EventCoding
import Foundation
import Testing

/// Raw input → documents: headline split, UTF-8 checks and JSONL errors that name the place.
@Suite struct DocumentReaderTests {
    @Test func firstNonEmptyLineIsTheHeadline() throws {
        let doc = try DocumentReader.plainText(Data("\n\n  العنوان  \nالسطر الأول\nالسطر الثاني\n".utf8), name: "a.txt", id: "a", date: nil)
        #expect(doc.title == "العنوان")
        #expect(doc.text == "السطر الأول\nالسطر الثاني\n")
    }

    @Test func aSingleLineIsBodyNotHeadline() throws {
        let doc = try DocumentReader.plainText(Data("سطر واحد فقط\n".utf8), name: "a.txt", id: "a", date: nil)
        #expect(doc.title == nil)
        #expect(doc.text == "سطر واحد فقط")
    }

    /// "\r\n" is one Swift Character: splitting on "\n" alone would keep a CRLF article in one piece.
    @Test func crlfArticleSplitsTheHeadline() throws {
        let doc = try DocumentReader.plainText(Data("العنوان\r\nالسطر الأول\r\nالسطر الثاني\r\n".utf8), name: "a.txt", id: "a", date: nil)
        #expect(doc.title == "العنوان")
        #expect(doc.text.hasPrefix("السطر الأول"))
    }

    @Test func emptyAndBlankInputAreErrors() {
        for s in ["", "  \n\t\n"] {
            #expect(throws: InputError.self) { try DocumentReader.plainText(Data(s.utf8), name: "e.txt", id: "e", date: nil) }
        }
    }

    @Test func invalidUTF8NamesLineAndByte() throws {
        let prefix = Data("سطر\nكلمة ".utf8)
        let data = prefix + Data([0xC3, 0x28]) + Data("\n".utf8)
        do {
            _ = try DocumentReader.decodeUTF8(data, name: "b.txt")
            Issue.record("no error")
        } catch let e as InputError {
            #expect(e.input == "b.txt")
            #expect(e.place == "line 2, byte \(prefix.count + 1)")
            #expect(e.description.hasPrefix("b.txt: line 2, byte \(prefix.count + 1): "))
        }
    }

    @Test func jsonlErrorsNameTheirLine() throws {
        let text = """
            {"id": "a", "text": "نص", "date": "2024-06-10", "title": "عنوان"}

            not json
            {"id": "c"}
            {"id": 7, "text": "نص", "date": "10/06/2024"}
            {"text": "نص", "date": "2024-06-10T08:00:00Z"}
            [1, 2]
            """
        let results = DocumentReader.jsonl(Data(text.utf8), name: "in.jsonl")
        #expect(results.count == 6)  // the blank line is skipped
        let a = try results[0].get()
        #expect(a.id == "a" && a.title == "عنوان" && a.date == CalendarDay(iso: "2024-06-10"))
        func place(_ r: Result<Document, InputError>) -> String? {
            if case .failure(let e) = r { return e.place }
            return nil
        }
        #expect(place(results[1]) == "line 3")
        #expect(place(results[2]) == "line 4")
        #expect(place(results[3]) == "line 5")
        let f = try results[4].get()
        #expect(f.id == "in.jsonl:6")
        #expect(f.date == CalendarDay(iso: "2024-06-10"))
        #expect(place(results[5]) == "line 7")
    }

    @Test func emptyJSONLIsAnError() {
        let r = DocumentReader.jsonl(Data("\n \n".utf8), name: "e.jsonl")
        #expect(r.count == 1)
        if case .failure(let e) = r.first { #expect(e.message.contains("empty")) } else { Issue.record("no error") }
    }
}
