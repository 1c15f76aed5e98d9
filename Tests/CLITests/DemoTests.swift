import Foundation
import Testing

/// What the project promises, on articles the project wrote for itself (demo/): a story that
/// contradicts itself is flagged, a meeting reported by several outlets is one event, the demo has
/// no undated story; the gate training reproduces; and a build without the PostgreSQL trait says
/// how to get one. None of these need ../shared.
@Suite(.serialized) struct DemoTests {
    /// The demo's own self-contradicting story, in the seed's shape: the headline names Egypt's
    /// foreign minister of the day (Badr Abdelatty, from 2024-07-03), the body, dated 2025 by
    /// its dateline, calls his predecessor Sameh Shoukry by that office.
    static let story = "demo/amman-visit.txt"

    @Test func theDemoStoryContradictsItself() throws {
        let r = try CLITests.run(["verify", Self.story])
        #expect(r.status == 1, "\(r.stdout)\(r.stderr)")
        #expect(r.stdout.contains("publication date: 2025-03-26 (from the dateline «26 مارس 2025»)"), "\(r.stdout)")
        #expect(r.stdout.contains("[role-outside-term]"), "\(r.stdout)")
        #expect(r.stdout.contains("⟦وزير الخارجية المصري سامح شكري⟧"), "\(r.stdout)")
        #expect(r.stdout.contains("[headline-body-conflict]"), "\(r.stdout)")
        #expect(r.stdout.contains("The headline names"), "\(r.stdout)")

        let j = try CLITests.run(["verify", "--output", "json", Self.story])
        let o = try #require(CLITests.json(j.lines.first ?? ""), "\(j.stdout)")
        let flags = o["flags"] as? [[String: Any]] ?? []
        #expect(Set(flags.compactMap { $0["kind"] as? String }) == ["role-outside-term", "headline-body-conflict"], "\(flags)")
        let conflict = try #require(flags.first { $0["kind"] as? String == "headline-body-conflict" })
        let facts = conflict["facts"] as? [String] ?? []
        #expect(facts.contains { $0.contains("badr-abdelatty") }, "\(facts)")
        // The visit «أمس» is dated the day before the dateline.
        let events = o["events"] as? [[String: Any]] ?? []
        #expect(events.contains { ($0["root"] as? String) == "04" && ($0["date"] as? String) == "2025-03-25" }, "\(events)")

        let ar = try CLITests.run(["verify", "--lang", "ar", Self.story])
        #expect(ar.stdout.contains("[headline-body-conflict] العنوان يسمّي"), "\(ar.stdout)")
    }

    /// Before his successor, the same body is right: in 2023 Shoukry was the foreign minister.
    @Test func theSameStoryIn2023IsClean() throws {
        let r = try CLITests.run(["verify", "--date", "2023-05-10", Self.story])
        #expect(r.status == 0, "\(r.stdout)\(r.stderr)")
        #expect(r.stdout.contains("no flags"), "\(r.stdout)")
    }

    /// Every demo article has a publication date, so no demo flag is `date-unresolvable`, and the
    /// demo's flags include a real contradiction.
    @Test func demoArticlesAreDatedAndOneContradictsItself() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: CLITests.root.appendingPathComponent("demo").path).sorted()
        let texts = files.filter { $0.hasSuffix(".txt") }.map { "demo/" + $0 }
        let jsonl = files.filter { $0.hasSuffix(".jsonl") }.map { "demo/" + $0 }
        try #require(!texts.isEmpty && !jsonl.isEmpty)
        var kinds: [String] = []
        for (args, inputs) in [(["verify", "--output", "json"], texts), (["verify", "--output", "json", "--input", "jsonl"], jsonl)] {
            let r = try CLITests.run(args + inputs)
            #expect(r.status == 0 || r.status == 1, "\(r.stderr)")
            for line in r.lines {
                let o = try #require(CLITests.json(line), "\(line)")
                #expect((o["publication"] as? [String: Any])?["source"] as? String != "none", "\(o["doc"] ?? "") has no date")
                kinds += (o["flags"] as? [[String: Any]] ?? []).compactMap { $0["kind"] as? String }
            }
        }
        #expect(!kinds.contains("date-unresolvable"), "\(kinds)")
        #expect(kinds.contains("role-outside-term") && kinds.contains("headline-body-conflict"), "\(kinds)")
    }

    /// The Cairo meeting of 2025-02-05, reported by three outlets (one the next day, «أمس»), is one
    /// stored event with three reports; the demo's busiest pair is Jordan and Egypt.
    @Test func theCairoMeetingIsOneEventFromThreeOutlets() throws {
        let dir = try CLITests.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = dir.appendingPathComponent("demo.sqlite").path
        let ingest = try CLITests.run(["ingest", "--db", db, "demo/"])
        #expect(ingest.status == 0, "\(ingest.stderr)")
        let r = try CLITests.run(["export", "--format", "jsonl", "--db", db])
        #expect(r.status == 0, "\(r.stderr)")
        let groups = r.lines.compactMap(CLITests.json)
        let meeting = groups.filter { g in
            g["date"] as? String == "2025-02-05" && g["root"] as? String == "04" && (g["sources"] as? Int ?? 0) >= 3
        }
        #expect(!meeting.isEmpty, "no event of 2025-02-05 with three outlets: \(groups.filter { $0["date"] as? String == "2025-02-05" })")
        let relations = try CLITests.run(["relations", "JOR", "EGY", "--db", db, "--by", "month", "--output", "csv"])
        #expect(relations.status == 0, "\(relations.stderr)")
        #expect(relations.lines.filter { $0.hasPrefix("2025-") }.count >= 3, "\(relations.stdout)")
    }

    /// Training the gate is deterministic: the same data gives the same weights, byte for byte
    /// (what `shippedGatesAreReproducible` relies on), here on a small GSR-shaped folder of
    /// invented sentences.
    @Test func gateTrainingIsReproducible() throws {
        let header = "id,event_type,label,accept,reject,total,text\n"
        let assault = [
            ("yes", "قتل مسلحون مجهولون ثلاثة جنود في هجوم على نقطة تفتيش شمال بغداد."),
            ("yes", "أطلق مسلحون النار على دورية للشرطة فقتلوا شرطيين اثنين."),
            ("yes", "هاجم مسلحون قرية في ريف ديالى وقتلوا خمسة مدنيين."),
            ("yes", "قصفت الطائرات مواقع للمسلحين وقتلت عشرات منهم."),
            ("easy no", "قتل رجل في حادث سير على الطريق السريع."),
            ("easy no", "أعلنت الشرطة القبض على متهم بقتل جاره."),
            ("difficult no", "نفت الحكومة أن تكون قواتها قد هاجمت المتظاهرين."),
            ("easy no", "التقى وزير الخارجية نظيره في العاصمة."),
        ]
        let protest = [
            ("yes", "تظاهر آلاف في وسط بغداد احتجاجاً على انقطاع الكهرباء."),
            ("yes", "خرج المحتجون إلى الشوارع مطالبين بإسقاط الحكومة."),
            ("yes", "اعتصم عمال المصنع أمام مبنى الوزارة للمطالبة برواتبهم."),
            ("easy no", "دعت المعارضة إلى التظاهر يوم الجمعة المقبل."),
            ("easy no", "استقبل الرئيس وفداً من رجال الأعمال."),
        ]
        func csv(_ rows: [(String, String)], _ type: String) -> String {
            header + rows.enumerated().map { i, r in "\(type.prefix(1))\(i),\(type),\(r.0),3,0,3,\"\(r.1)\"" }.joined(separator: "\n") + "\n"
        }
        let dir = try CLITests.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data(csv(assault, "ASSAULT").utf8).write(to: dir.appendingPathComponent("assault.csv"))
        try Data(csv(protest, "PROTEST").utf8).write(to: dir.appendingPathComponent("protest.csv"))
        var outputs: [[String]] = []
        for run in ["a", "b"] {
            let out = dir.appendingPathComponent("out-" + run)
            let r = try CLITests.run(["train-gate", dir.path, "--out", out.path, "--no-system-cv", "--min-count", "1", "--epochs", "20"])
            #expect(r.status == 0, "\(r.stderr)")
            outputs.append(try ["assault", "protest"].map { try String(contentsOf: out.appendingPathComponent("\($0).weights"), encoding: .utf8) })
        }
        #expect(outputs[0] == outputs[1], "two trainings on the same data differ")
        for weights in outputs[0] {
            #expect(weights.hasPrefix("# sentence gate"), "\(weights.prefix(200))")
            #expect(weights.split(separator: "\n").count > 3, "no feature was learned: \(weights)")
        }
    }

    #if !PostgreSQL
        /// Built without the package trait PostgreSQL (the default), `--db postgres://…` says how
        /// to build a binary that has it, and never shows the password.
        @Test func postgresWithoutTheTraitSaysHowToBuildIt() throws {
            let url = "postgres://ali:s3cret@127.0.0.1:1/news"
            for args in [["ingest", "--db", url, Self.story], ["worker", "--db", url], ["events", "--db", url]] {
                let r = try CLITests.run(args)
                #expect(r.status == 2, "\(args[0]): \(r.status) \(r.stderr)")
                #expect(r.stderr.contains("--traits PostgreSQL"), "\(args[0]): \(r.stderr)")
                #expect(!r.stderr.contains("s3cret"), "\(args[0]): \(r.stderr)")
            }
        }
    #endif
}
