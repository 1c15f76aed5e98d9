import ArabicText
import EventCoding
import Foundation
import Hummingbird
import HummingbirdTesting
import SQLiteStore
import Store
import Testing

@testable import Web

/// Notes (an office whose holder the lexicon does not know) through HTTP: the API returns them
/// apart from the flags, the dashboard shows them under their own heading in both languages, and
/// neither the flags list nor `flagged=true` counts them.
@Suite struct NotesTests {
    /// Libya has no foreign minister in the lexicon after 2023-08-27.
    static let noted = Document(
        id: "n1", title: "وصل السفير الإيطالي إلى طرابلس", text: "استقبل وزير الخارجية الليبي في طرابلس اليوم السفير الإيطالي.",
        date: CalendarDay(iso: "2024-05-10"), source: "test-n", url: "https://example.org/n1")

    static func app() async throws -> (some ApplicationProtocol, SQLiteStore, Int64) {
        let (app, store) = try await makeApp()
        _ = try await Ingestor(store: store, coder: documentCoder, workers: 1).ingest([noted])
        let id = try #require(try await store.documentID(contentHash: CodedDocument.hash(of: noted)))
        return (app, store, id)
    }

    @Test func theAPIReturnsNotesApartFromFlags() async throws {
        let (app, store, id) = try await Self.app()
        #expect(try await store.counts().notes == 1)
        try await app.test(.router) { client in
            let d = try await client.execute(uri: "/api/documents/\(id)", method: .get).json()
            let notes = try #require(d["notes"] as? [[String: Any]])
            #expect(notes.map { $0["kind"] as? String } == ["unknown-office-holder"])
            #expect((notes.first?["explanation_arabic"] as? String)?.isEmpty == false)
            #expect((d["flags"] as? [Any])?.isEmpty == true, "\(d["flags"] ?? "")")
            #expect((d["document"] as? [String: Any])?["notes"] as? Int == 1)
            #expect((d["document"] as? [String: Any])?["flags"] as? Int == 0)

            let flags = try #require(try await client.execute(uri: "/api/flags?limit=500", method: .get).json()["items"] as? [[String: Any]])
            #expect(!flags.isEmpty, "the test articles hold a contradiction")
            #expect(flags.allSatisfy { (($0["flag"] as? [String: Any])?["kind"] as? String).flatMap(EventFlag.init(rawValue:))?.isContradiction == true })
            #expect(!flags.contains { $0["document_id"] as? Int64 == id || $0["document_id"] as? Int == Int(id) })

            let events = try #require(try await client.execute(uri: "/api/events?flagged=true&limit=1000", method: .get).json()["items"] as? [[String: Any]])
            #expect(!events.isEmpty)
            for item in events {
                let kinds = ((item["event"] as? [String: Any])?["flags"] as? [String] ?? []).compactMap(EventFlag.init(rawValue:))
                #expect(kinds.contains { $0.isContradiction }, "\(item)")
            }
            #expect(!events.contains { ($0["event"] as? [String: Any])?["doc"] as? String == "n1" })

            let body = try jsonBody(["title": Self.noted.title!, "text": Self.noted.text, "date": "2024-05-10"])
            let coded = try await client.execute(uri: "/code", method: .post, headers: [.contentType: "application/json"], body: body).json()
            #expect((coded["notes"] as? [[String: Any]])?.map { $0["kind"] as? String } == ["unknown-office-holder"])
            #expect((coded["flags"] as? [Any])?.isEmpty == true)
        }
        try await store.close()
    }

    @Test func theDashboardShowsNotesApartInBothLanguages() async throws {
        let (app, store, id) = try await Self.app()
        try await app.test(.router) { client in
            let en = try await client.execute(uri: "/documents/\(id)?lang=en", method: .get).text
            let flagsAt = try #require(en.range(of: "<h2>Flags</h2>"))
            let notesAt = try #require(en.range(of: "<h2>Notes on the lexicon</h2>"))
            #expect(flagsAt.upperBound < notesAt.lowerBound)
            #expect(en[flagsAt.upperBound..<notesAt.lowerBound].contains("None."), "no flag on a story with only a note")
            #expect(en[notesAt.upperBound...].contains("unknown-office-holder"))
            #expect(en.contains("class=\"note\""))
            let ar = try await client.execute(uri: "/documents/\(id)?lang=ar", method: .get).text
            #expect(ar.contains("<h2>ملاحظات على المعجم</h2>") && ar.contains("منصب شاغله غير معروف"), "\(ar)")
            let event = try #require(try await store.events(EventFilter(document: id)).first)
            let eventPage = try await client.execute(uri: "/events/\(event.id)?lang=en", method: .get).text
            #expect(eventPage.contains("Notes on the lexicon"))
            // The list of stories that contradict themselves holds no note.
            for lang in ["en", "ar"] {
                let page = try await client.execute(uri: "/flags?lang=\(lang)", method: .get).text
                #expect(!page.contains("unknown-office-holder") && !page.contains("/documents/\(id)\""), "\(lang)")
            }
            // A story without notes shows no notes heading.
            let plain = try await client.execute(uri: "/documents/1?lang=en", method: .get).text
            #expect(!plain.contains("Notes on the lexicon"))
        }
        try await store.close()
    }
}
