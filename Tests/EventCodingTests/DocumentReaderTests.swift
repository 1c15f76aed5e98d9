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

    /// The byte is named, as for plain text: its offset in the input and its value (issue 16).
    @Test func invalidUTF8InAJSONLLineNamesItsByte() throws {
        var data = Data((#"{"id":"a","text":"نص"}"# + "\n" + #"{"id":"b","text":"ن"#).utf8)
        let bad = data.count
        data.append(0xFF)
        data.append(contentsOf: Data(#"ص"}"#.utf8 + [0x0A]))
        let r = DocumentReader.jsonl(data, name: "u.jsonl")
        #expect(r.count == 2)
        guard case .failure(let e) = r.last else {
            Issue.record("no error")
            return
        }
        #expect(e.place == "line 2, byte \(bad + 1)")
        #expect(e.message == "invalid UTF-8 (byte 0xFF)")
    }

    /// Read a chunk at a time, in windows: the same results as all at once, at any chunk size.
    @Test(arguments: [1, 2, 7, 64, 4096])
    func streamingGivesWhatReadingWholeGives(_ chunk: Int) {
        let long = String(repeating: "ب", count: 80)
        let text = "{\"id\":\"a\",\"text\":\"نص\"}\n\n  \nnot json\n{\"id\":\"x\",\"text\":\"\(long)\"}\n{\"text\":\"ج\"}\r\n\n{\"id\":\"z\",\"text\":\"آخر\"}"
        let data = Data(text.utf8)
        let whole = DocumentReader.jsonl(data, name: "s.jsonl", maxLineBytes: 100)
        var at = 0
        let reader = JSONLReader(name: "s.jsonl", maxLineBytes: 100, chunkBytes: chunk) { n in
            defer { at = min(data.count, at + n) }
            return at < data.count ? data[at..<min(data.count, at + n)] : nil
        }
        var streamed: [Result<Document, InputError>] = []
        while true {
            let w = reader.next(2)
            if w.isEmpty { break }
            #expect(w.count <= 2)
            streamed += w
        }
        #expect(streamed == whole)
        #expect(whole.count == 5)
        if case .failure(let e) = whole[2] { #expect(e.place == "line 5" && e.message.contains("100-byte limit")) } else { Issue.record("line 5 is too long") }
    }

    /// A line longer than the limit is skipped without being held: 64 MB through 64 KB reads.
    @Test func anOverlongLineIsSkippedWithoutBeingHeld() {
        let size = 64 << 20
        var given = 0
        var largest = 0
        var held: JSONLReader?
        let reader = JSONLReader(name: "big.jsonl", maxLineBytes: 1 << 20, chunkBytes: 1 << 16) { n in
            largest = max(largest, held?.bufferedBytes ?? 0)
            if given >= size + 2 { return nil }
            defer { given += n }
            if given >= size {
                return Data("\n{\"id\":\"after\",\"text\":\"نص\"}\n".utf8)
            }
            return Data(repeating: 0x61, count: n)
        }
        held = reader
        var out: [Result<Document, InputError>] = []
        while true {
            let w = reader.next(10)
            if w.isEmpty { break }
            out += w
        }
        #expect(out.count == 2)
        if case .failure(let e) = out.first { #expect(e.place == "line 1" && e.message.contains("a line of \(size) bytes")) } else { Issue.record("no error") }
        #expect((try? out.last?.get())?.id == "after")
        #expect(largest <= 2 << 20)
    }
}
