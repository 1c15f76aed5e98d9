import ArabicText
import EventCoding
import Foundation
import GRDB
import Store
import Testing

@testable import SQLiteStore

/// Notes are stored apart from flags; the flagged-only filter counts contradictions only; a store
/// that kept notes as flags is migrated.
@Suite struct NotesStoreTests {
    static func note(_ kind: EventFlag = .unknownOfficeHolder) -> VerificationFlag {
        VerificationFlag(
            kind: kind, mentions: [FlagMention(part: .text, sentence: 0, text: "وزير الخارجية الليبي", start: 6, end: 26)], facts: ["titles.lex:1"],
            explanation: "no holder known", explanationArabic: "لا يعرف شاغله")
    }

    static func event(_ doc: String, _ flags: [EventFlag], index: Int) -> Event {
        Event(
            doc: doc, part: .text, sentence: index, date: CalendarDay(iso: "2024-05-10"), cameo: "042", root: "04", plover: nil, mode: nil,
            goldstein: 1.9, quad: 1, source: ActorMention(code: "LBYGOV", country: "LBY", role: "GOV", text: "x", start: 0, end: 1),
            target: ActorMention(code: "ITAGOV", country: "ITA", role: "GOV", text: "y", start: 2, end: 3), trigger: Span(text: "z", start: 1, end: 2),
            flags: flags, evidence: Evidence(sentence: "s", start: 0, end: 1, entries: []))
    }

    static func coded(_ id: String, text: String, events: [Event], flags: [VerificationFlag], notes: [VerificationFlag]) -> CodedDocument {
        let d = Document(id: id, text: text, date: CalendarDay(iso: "2024-05-10"), source: "w", url: "https://n.example/\(id)")
        return CodedDocument(
            document: d, contentHash: CodedDocument.hash(of: d), key: CodedDocument.key(of: d), dateSource: .input, sentences: [], events: events,
            flags: flags, notes: notes, lexiconVersion: "t")
    }

    @Test func notesAreStoredApartAndReplacedWithTheirDocument() async throws {
        let t = try TempStore()
        let role = VerificationFlag(kind: .roleOutsideTerm, mentions: [], facts: [], explanation: "out of term", explanationArabic: "خارج الولاية")
        let summary = try await t.store.write([
            Self.coded(
                "a", text: "a1", events: [Self.event("a", [], index: 0), Self.event("a", [.noSource], index: 1)], flags: [],
                notes: [Self.note(), Self.note(.otherOffice)]),
            Self.coded("b", text: "b1", events: [Self.event("b", [.roleOutsideTerm], index: 0)], flags: [role], notes: []),
        ])
        #expect(summary.flags == 1 && summary.notes == 2)
        let counts = try await t.store.counts()
        #expect(counts.flags == 1 && counts.notes == 2)
        let flags = try await t.store.flags(after: nil, limit: 10)
        #expect(flags.map(\.flag.kind) == [.roleOutsideTerm])
        let docs = try await t.store.documents(after: nil, limit: 10)
        let a = try #require(try await t.store.document(id: docs[0].id))
        #expect(a.notes == [Self.note(), Self.note(.otherOffice)] && a.flags.isEmpty)
        #expect(a.summary.notes == 2 && a.summary.flags == 0)

        // Only the event with a contradiction flag is "flagged" (not the coder's no-source).
        let flagged = try await t.store.events(EventFilter(flaggedOnly: true))
        #expect(flagged.map(\.event.doc) == ["b"])
        #expect(try await t.store.groups(EventFilter(flaggedOnly: true)).count == 1)

        // A corrected version replaces the notes too.
        _ = try await t.store.write([Self.coded("a", text: "a2", events: [], flags: [], notes: [Self.note()])])
        #expect(try await t.store.counts().notes == 1)
        #expect(try await t.store.document(id: docs[0].id)?.notes == [Self.note()])
        await t.cleanup()
    }

    /// A store from before notes were kept apart (schema v4), holding an unknown-office-holder flag
    /// and events carrying the kind: opened, the flag is a note and the events lose the kind.
    @Test func theMigrationMovesNotesOutOfFlags() async throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("tawthiq-notes-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("old.sqlite").path
        do {
            let queue = try DatabaseQueue(path: path)
            var m = DatabaseMigrator()
            let v4 = SQLiteSchema.migrations.prefix { $0.0 != "v5-notes" }
            #expect(v4.count == 4)
            for (name, sql) in v4 {
                m.registerMigration(name) { db in
                    db.add(function: SQLiteSearchIndex.normalizeFunction)
                    try db.execute(sql: sql)
                    try SQLiteSchema.dataSteps[name]?(db)
                }
            }
            try m.migrate(queue)
            try await queue.write { db in
                try db.execute(
                    sql: """
                        INSERT INTO documents (id, doc_key, content_hash, external_id, date_source, body, lexicon_version, ingested_at)
                        VALUES (1, 'id:a', 'h', 'a', 'input', 'نص', 'v', '2024-01-01 00:00:00');
                        INSERT INTO event_groups (id, group_key, cameo, root, quad, goldstein, added) VALUES (1, 'g', '042', '04', 1, 1.9, 'x');
                        INSERT INTO flags (document_id, kind, mentions, facts, explanation, explanation_ar) VALUES
                          (1, 'role-outside-term', '[]', '[]', 'r', 'ر'), (1, 'unknown-office-holder', '[]', '["titles.lex:3"]', 'u', 'غ');
                        """)
                for (i, flags) in [
                    "unknown-office-holder", "no-source,unknown-office-holder", "unknown-office-holder,role-outside-term,no-source", "other-office",
                    "role-outside-term", "",
                ].enumerated() {
                    try db.execute(
                        sql: """
                            INSERT INTO events (document_id, group_id, doc, part, sentence, cameo, root, goldstein, quad, trigger_text, trigger_start, trigger_end,
                              flags, sentence_text, sentence_start, sentence_end, entries, lexicon_version)
                            VALUES (1, 1, 'a', 'text', ?, '042', '04', 1.9, 1, 't', 0, 1, ?, 's', 0, 1, '[]', 'v')
                            """, arguments: [i, flags])
                }
            }
            try queue.close()
        }
        let store = try SQLiteStore(path: path)
        let doc = try #require(try await store.document(id: 1))
        #expect(doc.flags.map(\.kind) == [.roleOutsideTerm])
        #expect(doc.notes.map(\.kind) == [.unknownOfficeHolder])
        #expect(doc.notes.first?.facts == ["titles.lex:3"])
        let events = try await store.events(EventFilter())
        #expect(events.map { EventFlag.list($0.event.flags) } == ["", "no-source", "role-outside-term,no-source", "", "role-outside-term", ""])
        #expect(try await store.events(EventFilter(flaggedOnly: true)).map(\.event.sentence) == [2, 4])
        try await store.close()
    }
}
