import Foundation
import Testing

/// `tawthiq actor` and `tawthiq lexicon import-petrarch`, run as the built binary through
/// CLITests' helpers.
@Suite(.serialized) struct ActorCommandTests {
    // MARK: - actor

    @Test func jsonIsOneObjectWithTheContractKeysInOrder() throws {
        let r = try CLITests.run(["actor", "الرئيس السوري", "--date", "2012-01-01", "--output", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.lines.count == 1, "\(r.stdout)")
        let line = try #require(r.lines.first)
        let o = try #require(CLITests.json(line), "not JSON: \(line)")
        #expect(o["mention"] as? String == "الرئيس السوري")
        #expect(o["date"] as? String == "2012-01-01")
        #expect(o["code"] as? String == "SYRGOV")
        #expect(o["country"] as? String == "SYR")
        #expect(o["role"] as? String == "GOV")
        #expect(o["person"] is NSNull)
        #expect(o["office"] as? String == "president")
        #expect(o["holder"] as? String == "bashar-al-assad")
        #expect((o["reason"] as? String)?.contains("bashar-al-assad") == true)
        // Key order: the seven contract keys first, then office and holder.
        let keys = ["mention", "date", "code", "country", "role", "person", "reason", "office", "holder"]
        let positions = keys.map { line.range(of: "\"\($0)\":")?.lowerBound }
        #expect(positions.allSatisfy { $0 != nil }, "\(line)")
        #expect(positions.compactMap { $0 } == positions.compactMap { $0 }.sorted(), "\(line)")
        #expect(Set(o.keys) == Set(keys))
    }

    @Test func jsonForAPersonNamesThePersonOfTheDate() throws {
        let r = try CLITests.run(["actor", "الشرع", "--date", "2025-06-01", "--output", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        let o = try #require(r.lines.first.flatMap(CLITests.json), "\(r.stdout)")
        #expect(o["code"] as? String == "SYRGOV")
        #expect(o["person"] as? String == "ahmed-al-sharaa")
        let old = try CLITests.run(["actor", "الشرع", "--date", "2005-06-01", "--output", "json"])
        #expect(old.lines.first.flatMap(CLITests.json)?["person"] as? String == "farouk-al-sharaa", "\(old.stdout)")
    }

    @Test func textOutputIsForPeople() throws {
        let r = try CLITests.run(["actor", "بشار", "الأسد", "--date", "2024-12-08"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.lines.contains { $0.hasPrefix("code") && $0.hasSuffix("SYRELI") }, "\(r.stdout)")
        #expect(r.lines.contains { $0.hasPrefix("person") && $0.contains("bashar-al-assad") }, "\(r.stdout)")
        #expect(r.lines.contains { $0.hasPrefix("reason") }, "\(r.stdout)")
        #expect(CLITests.json(r.stdout) == nil)
    }

    @Test func nothingResolvedExitsOneWithAMessage() throws {
        let r = try CLITests.run(["actor", "كلام عادي", "--date", "2020-01-01", "--output", "json"])
        #expect(r.status == 1)
        #expect(r.stdout.isEmpty, "\(r.stdout)")
        #expect(r.stderr.contains("كلام عادي"), "\(r.stderr)")
    }

    @Test func badDateIsRejected() throws {
        let r = try CLITests.run(["actor", "الكرملين", "--date", "2020/01/01"])
        #expect(r.status != 0)
        #expect(r.stderr.contains("--date"), "\(r.stderr)")
    }

    // MARK: - lexicon import-petrarch

    @Test func importedDictionaryLoadsAsAnOverlay() throws {
        let dir = try CLITests.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let dict = dir.appendingPathComponent("actors.txt")
        // Arabic, UniversalPetrarch-style; a name the built-in lexicon does not have.
        try Data("زيد_التجريبي_ [SYRGOV 100101-200101] [SYRELI >200101]\n    +أبو_زيد_التجريبي_\n".utf8).write(to: dict)
        let r = try CLITests.run(["lexicon", "import-petrarch", dict.path])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("[person زيد-التجريبي]"), "\(r.stdout)")
        #expect(r.stdout.contains("role: SYRGOV - 2010-01-01..2020-01-01"), "\(r.stdout)")
        let overlay = dir.appendingPathComponent("lex")
        try FileManager.default.createDirectory(at: overlay, withIntermediateDirectories: true)
        try Data(r.stdout.utf8).write(to: overlay.appendingPathComponent("imported.lex"))
        for (date, code) in [("2015-01-01", "SYRGOV"), ("2020-01-01", "SYRELI")] {
            let a = try CLITests.run(["actor", "أبو زيد التجريبي", "--date", date, "--output", "json", "--lexicon", overlay.path])
            #expect(a.status == 0, "\(a.stderr)")
            let o = a.lines.first.flatMap(CLITests.json)
            #expect(o?["code"] as? String == code, "\(a.stdout)")
            #expect(o?["person"] as? String == "زيد-التجريبي", "\(a.stdout)")
        }
    }

    @Test func malformedLinesAreNamedAndExitOne() throws {
        let dir = try CLITests.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let dict = dir.appendingPathComponent("agents.txt")
        try Data("POLICE_ [~COP]\nMINISTER_ [GOV~]\nSOLDIER_ {SOLDIERS_} [~MIL]\n".utf8).write(to: dict)
        let r = try CLITests.run(["lexicon", "import-petrarch", "--kind", "agents", dict.path])
        #expect(r.status == 1)
        #expect(r.stderr.contains("agents.txt:2"), "\(r.stderr)")
        #expect(!r.stderr.contains("agents.txt:1"), "\(r.stderr)")
        #expect(r.stdout.contains("[agent COP]"), "\(r.stdout)")
        #expect(r.stdout.contains("name: SOLDIER | SOLDIERS"), "\(r.stdout)")
        // Loaded as an overlay, [agent COP] would replace the built-in block: the command says so.
        #expect(r.stderr.contains("note: [agent COP] would replace the built-in entry at agents.lex:"), "\(r.stderr)")
    }

    @Test func missingDictionaryIsAClearError() throws {
        let r = try CLITests.run(["lexicon", "import-petrarch", "/nonexistent-\(UUID().uuidString).txt"])
        #expect(r.status != 0)
        #expect(r.stderr.contains("nonexistent"), "\(r.stderr)")
    }
}
