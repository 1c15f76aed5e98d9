import EventCoding
import Foundation
import Testing

/// Notes (what the lexicon could not say) end to end: `verify --output json` lists them apart and
/// exits 0 on notes alone; `ingest` stores them apart; `events --flagged` lists only events with a
/// contradiction flag.
@Suite(.serialized) struct NotesCommandTests {
    typealias CLI = CLITests

    /// Libya has no foreign minister in the lexicon after 2023-08-27: an unknown office holder.
    static let noted = "وصل السفير الإيطالي إلى طرابلس\nاستقبل وزير الخارجية الليبي في طرابلس اليوم السفير الإيطالي.\n"

    static func objects(_ lines: [String]) throws -> [[String: Any]] {
        try lines.filter { !$0.isEmpty }.map { try #require(JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]) }
    }

    @Test func verifyListsNotesApartAndExitsZeroOnNotesAlone() throws {
        let dir = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("noted.txt").path
        try Data(Self.noted.utf8).write(to: URL(fileURLWithPath: path))
        let r = try CLI.run(["verify", "--date", "2024-05-10", "--output", "json", path])
        #expect(r.status == 0, "notes alone are no reason for exit 1: \(r.stdout)\(r.stderr)")
        let report = try #require(try Self.objects(r.lines).first)
        #expect((report["flags"] as? [Any])?.isEmpty == true, "\(report)")
        let notes = try #require(report["notes"] as? [[String: Any]])
        #expect(notes.map { $0["kind"] as? String } == ["unknown-office-holder"])
        let text = try CLI.run(["verify", "--date", "2024-05-10", path])
        #expect(text.status == 0)
        #expect(text.stdout.contains("no flags") && text.stdout.contains("note [unknown-office-holder]"), "\(text.stdout)")
    }

    @Test func ingestKeepsNotesApartAndFlaggedListsOnlyContradictions() throws {
        let dir = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("noted.txt").path
        try Data(Self.noted.utf8).write(to: URL(fileURLWithPath: path))
        let db = dir.appendingPathComponent("s.sqlite").path
        // (The demo dates itself: a --date would take the place of its datelines.)
        let demo = try CLI.run(["ingest", "--db", db, "demo/"])
        #expect(demo.status == 0, "\(demo.stderr)")
        let i = try CLI.run(["ingest", "--db", db, "--date", "2024-05-10", path])
        #expect(i.status == 0, "\(i.stderr)")
        #expect(i.stderr.contains("flags, ") && i.stderr.contains("notes written"), "\(i.stderr)")
        #expect(i.stderr.contains(" 0 flags, 1 notes written"), "\(i.stderr)")

        let all = try Self.objects(try CLI.run(["events", "--db", db]).lines)
        #expect(all.contains { ($0["doc"] as? String)?.contains("noted") == true }, "the noted article has events")
        // Some stored events carry only the coder's inferences or nothing: not "flagged".
        let contradiction = Set(EventFlag.allCases.filter(\.isContradiction).map(\.rawValue))
        func kinds(_ o: [String: Any]) -> [String] { o["flags"] as? [String] ?? [] }
        #expect(all.contains { !kinds($0).isEmpty && Set(kinds($0)).isDisjoint(with: contradiction) }, "the demo has inferred visits")

        let f = try CLI.run(["events", "--db", db, "--flagged"])
        #expect(f.status == 0, "\(f.stderr)")
        let flagged = try Self.objects(f.lines)
        #expect(!flagged.isEmpty, "the demo's self-contradicting story is flagged")
        #expect(flagged.allSatisfy { !Set(kinds($0)).isDisjoint(with: contradiction) }, "\(flagged.map(kinds))")
        #expect(!flagged.contains { ($0["doc"] as? String)?.contains("noted") == true }, "a note is not a flag")
        #expect(flagged.count == all.filter { !Set(kinds($0)).isDisjoint(with: contradiction) }.count)
    }
}
