import Foundation
import Testing

/// Places end to end on the built binary (issue 15): `tawthiq place`, `--where`, and the GDELT and
/// Phoenix exports' geography loaded by Python's csv module.
@Suite(.serialized) struct PlaceCommandTests {
    typealias CLI = CLITests

    @Test func placeExplainsAResolutionInJSON() throws {
        let r = try CLI.run(["place", "طرابلس", "--date", "2015-08-01", "--context", "اشتباكات بين الجيش اللبناني ومسلحين", "--output", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        let o = try #require(CLI.json(r.stdout.trimmingCharacters(in: .whitespacesAndNewlines)), "\(r.stdout)")
        #expect(o["country"] as? String == "LBN" && o["rule"] as? String == "sentence-context", "\(o)")
        #expect(o["geonameid"] as? Int == 266826 && (o["row"] as? String ?? "").hasPrefix("gazetteer.tsv:"), "\(o)")
        #expect((o["candidates"] as? [[String: Any]])?.compactMap { $0["country"] as? String } == ["LBN", "LBY"], "\(o)")
        let plain = try CLI.run(["place", "حمص", "--date", "2015-08-01"])
        #expect(plain.status == 0 && plain.stdout.contains("Homs (SYR, town") && plain.stdout.contains("rule     lexicon"), "\(plain.stdout)")
        let none = try CLI.run(["place", "قال"])
        #expect(none.status == 1 && none.stderr.contains("no place"), "\(none.stderr)")
        #expect(try CLI.run(["place", "حمص", "--date", "2015-13-01"]).status == 64)
    }

    @Test func codeWritesThePlace() throws {
        let r = try CLI.run(["code", "--date", "2015-08-01", "--explain"], stdin: Data("تظاهر آلاف الطلاب في مدينة الإسكندرية".utf8))
        #expect(r.status == 0, "\(r.stderr)")
        let o = try #require(r.lines.first.flatMap(CLI.json), "\(r.stdout)")
        let p = try #require(o["place"] as? [String: Any], "\(o)")
        #expect(p["country"] as? String == "EGY" && p["name"] as? String == "الإسكندرية" && p["lat"] is NSNumber, "\(p)")
        #expect(((o["evidence"] as? [String: Any])?["place"] as? String ?? "").contains("gazetteer.tsv:"), "\(o)")
    }

    /// A GDELT export with places: every row has 61 columns in Python's csv module, and the
    /// action's geography is filled — FIPS codes, coordinates that parse as numbers, the feature id.
    @Test func placesInExportsLoadInPython() throws {
        let dir = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = dir.appendingPathComponent("s.sqlite").path
        let corpus = dir.appendingPathComponent("c.jsonl")
        try Data(StoreCommandTests.corpus(48).utf8).write(to: corpus)
        #expect(try CLI.run(["ingest", "--db", db, corpus.path]).status == 0)
        let inEgypt = try CLI.run(["events", "--db", db, "--where", "EGY", "--output", "jsonl"])
        #expect(inEgypt.status == 0 && !inEgypt.lines.isEmpty, "\(inEgypt.stderr)")
        #expect(inEgypt.lines.compactMap(CLI.json).allSatisfy { ($0["place"] as? [String: Any])?["country"] as? String == "EGY" })
        #expect(try CLI.run(["events", "--db", db, "--where", "Egypt"]).status == 64)
        let rel = try CLI.run(["relations", "JOR", "EGY", "--db", db, "--where", "EGY", "--output", "json"])
        #expect(rel.status == 0, "\(rel.stderr)")
        for (format, delimiter) in [("csv", ","), ("gdelt", "\t")] {
            let out = dir.appendingPathComponent("export.\(format)")
            let e = try CLI.run(["export", "--db", db, "--format", format])
            #expect(e.status == 0, "\(e.stderr)")
            try Data(e.stdout.utf8).write(to: out)
            let py = Process()
            py.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            py.arguments = [
                "python3", "-c",
                """
                import csv, sys
                rows = list(csv.reader(open(sys.argv[1], encoding='utf-8', newline=''), delimiter=sys.argv[2]))
                head, body = rows[0], rows[1:]
                assert len(head) == 61 and all(len(r) == 61 for r in body), set(len(r) for r in rows)
                col = {n: i for i, n in enumerate(head)}
                placed = [r for r in body if r[col['ActionGeo_Type']]]
                assert placed, 'no row has a place'
                for r in placed:
                    lat, lon = float(r[col['ActionGeo_Lat']]), float(r[col['ActionGeo_Long']])
                    assert -90 <= lat <= 90 and -180 <= lon <= 180, (lat, lon)
                    assert r[col['ActionGeo_Type']] in ('1', '2', '3', '4', '5'), r[col['ActionGeo_Type']]
                    assert len(r[col['ActionGeo_CountryCode']]) == 2, r[col['ActionGeo_CountryCode']]
                    assert r[col['ActionGeo_ADM1Code']].startswith(r[col['ActionGeo_CountryCode']])
                    assert r[col['ActionGeo_FullName']], 'no full name'
                    if r[col['ActionGeo_Type']] == '4': int(r[col['ActionGeo_FeatureID']])
                cairo = [r for r in placed if r[col['ActionGeo_FullName']] == 'Cairo, Egypt']
                assert cairo and all(r[col['ActionGeo_CountryCode']] == 'EG' and r[col['ActionGeo_FeatureID']] == '360630' for r in cairo)
                print(len(placed), len(body))
                """,
                out.path, delimiter,
            ]
            let pipe = Pipe()
            py.standardOutput = pipe
            try py.run()
            py.waitUntilExit()
            #expect(py.terminationStatus == 0, "python rejected the \(format) export's places")
            let counts = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self).split(separator: " ").compactMap {
                Int($0.trimmingCharacters(in: .whitespacesAndNewlines))
            }
            #expect(counts.count == 2 && counts[0] > 0, "\(counts)")
        }
        let phoenix = try CLI.run(["export", "--db", db, "--format", "phoenix", "--no-header", "--where", "SYR"])
        let rows = phoenix.lines.map { $0.split(separator: "\t", omittingEmptySubsequences: false) }
        #expect(!rows.isEmpty && rows.allSatisfy { $0.count == 26 && $0[22] == "SYR" && Double($0[18]) != nil && Double($0[19]) != nil }, "\(phoenix.stdout)")
    }
}
