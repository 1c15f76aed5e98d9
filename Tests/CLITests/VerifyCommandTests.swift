import Foundation
import Testing

/// `tawthiq verify` end to end, through the built binary (see `CLITests.run`): exit 0 nothing
/// flagged, 1 something flagged, 2 error; a text report for people or one JSON object a document.
@Suite(.serialized) struct VerifyCommandTests {
    /// The seed story, as a user passes it (relative to the package root, where the tests run the binary).
    static let seedPath = "seed/000_883a00e972f11a53.txt"
    static let seed = "../shared/" + seedPath

    static let cleanArticle = "السيسي يستقبل الصفدي\nاستقبل الرئيس المصري عبد الفتاح السيسي أمس وزير الخارجية الأردني أيمن الصفدي في القاهرة.\n"
    static let datelineArticle =
        "الأردن ومصر يبحثان التعاون\nعمّان - 5 مارس 2024\nاستقبل وزير الخارجية الأردني أيمن الصفدي أمس نظيره المصري سامح شكري في عمان.\n"

    /// Writes articles into a fresh directory and hands their paths to `body`.
    static func withFiles(_ files: [String: String], _ body: ([String: String]) throws -> Void) throws {
        let dir = try CLITests.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        var paths: [String: String] = [:]
        for (name, text) in files {
            let url = dir.appendingPathComponent(name)
            try Data(text.utf8).write(to: url)
            paths[name] = url.path
        }
        try body(paths)
    }

    @Test(.needsShared(seedPath)) func seedWithDateNamesBothFlags() throws {
        _ = try SharedData.require(Self.seedPath)
        let r = try CLITests.run(["verify", "--date", "2025-10-16", Self.seed])
        #expect(r.status == 1, "\(r.stderr)")
        #expect(r.stdout.contains("== 000_883a00e972f11a53"), "\(r.stdout)")
        #expect(r.stdout.contains("publication date: 2025-10-16 (from --date)"), "\(r.stdout)")
        #expect(r.stdout.contains("[role-outside-term]"), "\(r.stdout)")
        #expect(r.stdout.contains("[headline-body-conflict]"), "\(r.stdout)")
        #expect(!r.stdout.contains("no flags"))
        // Each flag shows its mention in context and the lexicon facts.
        #expect(r.stdout.contains("⟦الرئيس السوري بشار الأسد⟧"), "\(r.stdout)")
        #expect(r.stdout.contains("⟦الشرع⟧"), "\(r.stdout)")
        #expect(r.stdout.contains("fact: people.lex:"), "\(r.stdout)")
        #expect(r.stdout.contains("The headline names"), "\(r.stdout)")
        // What the flag says the mention is coded as is what its events are coded as.
        #expect(r.stdout.contains("so the mention is coded by the office, SYRGOV"), "\(r.stdout)")
        let code = try CLITests.run(["code", "--date", "2025-10-16", "--output", "tsv", Self.seed])
        #expect(code.lines.contains { $0.contains("\t042\t") && $0.contains("\tSYRGOV\tRUS\t") }, "\(code.stdout)")
    }

    @Test(.needsShared(seedPath)) func jsonIsOneObjectPerDocument() throws {
        _ = try SharedData.require(Self.seedPath)
        try Self.withFiles(["clean.txt": Self.cleanArticle]) { paths in
            let r = try CLITests.run(["verify", "--output", "json", "--date", "2025-10-16", Self.seed, paths["clean.txt"]!])
            #expect(r.status == 1, "\(r.stderr)")
            try #require(r.lines.count == 2, "\(r.stdout)")
            let objects = try r.lines.map { try #require(CLITests.json($0), "not JSON: \($0)") }
            for o in objects {
                let publication = try #require(o["publication"] as? [String: Any], "\(o.keys)")
                #expect(publication["day"] as? String == "2025-10-16")
                #expect(publication["source"] as? String == "option")
                #expect(o["events"] is [Any], "\(o.keys)")
                #expect(o["flags"] is [Any], "\(o.keys)")
            }
            #expect(objects.map { $0["doc"] as? String } == ["000_883a00e972f11a53", "clean"])
            let seedFlags = (objects[0]["flags"] as? [[String: Any]] ?? []).compactMap { $0["kind"] as? String }
            #expect(Set(seedFlags) == ["role-outside-term", "headline-body-conflict"], "\(seedFlags)")
            let flag = try #require((objects[0]["flags"] as? [[String: Any]])?.first)
            for key in ["kind", "mentions", "facts", "explanation", "explanationArabic"] { #expect(flag[key] != nil, "\(key) missing: \(flag.keys)") }
            let seedEvents = objects[0]["events"] as? [[String: Any]] ?? []
            #expect(seedEvents.contains { $0["root"] as? String == "04" && $0["date"] as? String == "2025-10-15" }, "\(seedEvents)")
            #expect((objects[1]["flags"] as? [Any])?.isEmpty == true, "\(r.lines[1])")
            #expect((objects[1]["events"] as? [Any])?.isEmpty == false, "\(r.lines[1])")
        }
    }

    @Test(.needsShared(seedPath)) func arabicExplanations() throws {
        _ = try SharedData.require(Self.seedPath)
        let r = try CLITests.run(["verify", "--lang", "ar", "--date", "2025-10-16", Self.seed])
        #expect(r.status == 1, "\(r.stderr)")
        #expect(r.stdout.contains("[role-outside-term] «الرئيس السوري بشار الأسد»: شغل بشار الأسد هذا المنصب"), "\(r.stdout)")
        #expect(r.stdout.contains("خارج هذه الولاية"), "\(r.stdout)")
        #expect(r.stdout.contains("[headline-body-conflict] العنوان يسمّي"), "\(r.stdout)")
        #expect(!r.stdout.contains("The headline names"), "\(r.stdout)")
        #expect(!r.stdout.contains("calls بشار الأسد"), "\(r.stdout)")
    }

    @Test func cleanArticleExitsZero() throws {
        try Self.withFiles(["clean.txt": Self.cleanArticle]) { paths in
            let r = try CLITests.run(["verify", "--date", "2024-06-10", paths["clean.txt"]!])
            #expect(r.status == 0, "\(r.stdout)\(r.stderr)")
            #expect(r.stdout.contains("no flags"), "\(r.stdout)")
            #expect(r.stdout.contains("events: ") && !r.stdout.contains("events: 0"), "\(r.stdout)")
            #expect(!r.stdout.contains("["), "\(r.stdout)")
        }
    }

    @Test func missingFileExitsTwo() throws {
        let missing = "/nonexistent-\(UUID().uuidString)/article.txt"
        let r = try CLITests.run(["verify", "--date", "2024-06-10", missing])
        #expect(r.status == 2, "\(r.stdout)\(r.stderr)")
        #expect(r.stderr.contains(missing), "\(r.stderr)")
        #expect(r.stdout.isEmpty, "\(r.stdout)")
    }

    /// A flagged story among bad input still says "flagged" (1).
    @Test(.needsShared(seedPath)) func missingFileBesideAFlaggedOneExitsOne() throws {
        _ = try SharedData.require(Self.seedPath)
        let r = try CLITests.run(["verify", "--date", "2025-10-16", Self.seed, "demo/no-such-file.txt"])
        #expect(r.status == 1, "\(r.stderr)")
        #expect(r.stderr.contains("demo/no-such-file.txt"), "\(r.stderr)")
        #expect(r.stdout.contains("[role-outside-term]"))
    }

    @Test func datelineWithoutDateOption() throws {
        try Self.withFiles(["amman.txt": Self.datelineArticle]) { paths in
            let r = try CLITests.run(["verify", paths["amman.txt"]!])
            #expect(r.status == 0, "\(r.stdout)\(r.stderr)")
            #expect(r.stdout.contains("publication date: 2024-03-05 (from the dateline «5 مارس 2024»)"), "\(r.stdout)")
            #expect(r.stdout.contains("no flags"), "\(r.stdout)")
            let j = try CLITests.run(["verify", "--output", "json", paths["amman.txt"]!])
            let o = try #require(CLITests.json(j.lines.first ?? ""), "\(j.stdout)")
            let publication = o["publication"] as? [String: Any]
            #expect(publication?["source"] as? String == "dateline")
            #expect(publication?["dateline"] as? String == "5 مارس 2024")
            #expect(
                (o["events"] as? [[String: Any]] ?? []).contains { $0["cameo"] as? String == "043" && $0["date"] as? String == "2024-03-04" }, "\(j.stdout)")
            // --date wins over the dateline.
            let d = try CLITests.run(["verify", "--date", "2024-06-10", paths["amman.txt"]!])
            #expect(d.stdout.contains("publication date: 2024-06-10 (from --date)"), "\(d.stdout)")
        }
    }

    @Test(.needsShared(seedPath)) func seedWithoutDateIsUnresolvable() throws {
        _ = try SharedData.require(Self.seedPath)
        let r = try CLITests.run(["verify", Self.seed])
        #expect(r.status == 1, "\(r.stderr)")
        #expect(r.stdout.contains("publication date: none"), "\(r.stdout)")
        #expect(r.stdout.contains("[date-unresolvable]"), "\(r.stdout)")
        #expect(!r.stdout.contains("[role-outside-term]"), "\(r.stdout)")
    }

    @Test func jsonlInputUsesItsDate() throws {
        let lines = [
            #"{"id":"bennett","date":"2023-05-10","text":"زار رئيس الوزراء الإسرائيلي نفتالي بينيت الإمارات."}"#,
            #"{"id":"bennett-in-office","date":"2021-10-10","text":"زار رئيس الوزراء الإسرائيلي نفتالي بينيت الإمارات."}"#,
        ]
        let r = try CLITests.run(["verify", "--input", "jsonl", "--output", "json", "-"], stdin: Data(lines.joined(separator: "\n").utf8))
        #expect(r.status == 1, "\(r.stderr)")
        let objects = r.lines.compactMap(CLITests.json)
        try #require(objects.count == 2, "\(r.stdout)")
        #expect(((objects[0]["publication"] as? [String: Any])?["source"] as? String) == "input")
        #expect((objects[0]["flags"] as? [[String: Any]])?.first?["kind"] as? String == "role-outside-term", "\(r.lines[0])")
        #expect((objects[1]["flags"] as? [Any])?.isEmpty == true, "\(r.lines[1])")
    }

    @Test func badDateIsRejected() throws {
        let r = try CLITests.run(["verify", "--date", "16/10/2025", Self.seed])
        #expect(r.status != 0 && r.status != 1, "\(r.stdout)")
        #expect(r.stderr.contains("--date"), "\(r.stderr)")
    }
}
