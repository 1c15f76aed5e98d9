import Evaluation
import EventCoding
import Foundation
import Testing

@Suite struct GSREvaluatorTests {
    static let header = "id,event_type,label,accept,reject,total,text\n"

    /// A small GSR folder: each sentence's text says what the fake coder returns for it.
    static func smallGSR() throws -> URL {
        try temporaryDirectory([
            "assault.csv": header + #"""
                a1,ASSAULT,yes,3,0,3,"hit, by PSE"
                a2,ASSAULT,yes,3,0,3,missed
                a3,ASSAULT,easy no,0,3,3,false alarm
                a4,ASSAULT,difficult no,1,2,3,quiet
                a5,ASSAULT,ambiguous,1,1,2,ambiguous alarm
                a6,ASSAULT,yes,3,0,3,"hit by ""gunmen"" on USA"

                """#,
            "assault_spans.json": """
            [{"source": "a1", "text": "x", "event_type": "ASSAULT", "spans": [
               {"source_role": {"main": "ISR", "role": "MIL"}, "target_role": {"main": "None", "role": "CVL"}},
               {"source_role": {"main": "PSE", "role": "REB"}, "target_role": "UNKNOWN"}]},
             {"source": "a6", "text": "x", "event_type": "ASSAULT", "spans": [
               {"source_role": {"main": "IRQ", "role": "UAF"}, "target_role": {"main": "USA", "role": "MIL"}},
               {"source_role": {}, "target_role": {"main": "IGO", "role": "None"}}]},
             {"source": "a3", "text": "x", "event_type": "ASSAULT", "spans": []}]
            """,
            "protest.csv": header + #"""
                p1,PROTEST,yes,3,0,3,"marched
                and said ""no"""
                p2,PROTEST,easy no,0,3,3,false alarm

                """#,
        ])
    }

    static let fakeCoder: @Sendable (String) -> [Event] = { text in
        switch text {
        case "hit, by PSE":
            return [event("190", plover: "ASSAULT", source: actor("PSEREB"))]
        case "hit by \"gunmen\" on USA":
            return [event("183", plover: "ASSAULT", source: actor("UAF"), target: actor("USAMIL"))]
        case "false alarm", "ambiguous alarm":
            return [event("180", plover: "ASSAULT", source: actor("UAF"))]
        case "marched\nand said \"no\"":
            return [event("141", plover: "PROTEST", source: actor("EGYCVL"))]
        default:
            return [event("173", plover: "COERCE", source: actor("EGYCOP"))]
        }
    }

    @Test func countsAndCountryAgreement() throws {
        let report = try GSREvaluator(directory: Self.smallGSR()).evaluate(coder: Self.fakeCoder)

        let assault = try #require(report.result("ASSAULT"))
        #expect(assault.positives == 3 && assault.negatives == 2 && assault.ambiguous == 1)
        #expect(assault.score == Score(truePositives: 2, falsePositives: 1, falseNegatives: 1))
        #expect(assault.trueNegatives == 1)
        #expect(assault.score.precision == 2.0 / 3.0 && assault.score.recall == 2.0 / 3.0)
        #expect(assault.score.f1 == 2.0 / 3.0)
        // a1: PSE is one annotator's source; a6: the prediction has no source country.
        #expect(assault.sourceCountry == Agreement(agreed: 1, compared: 2))
        // a1 names no target country (None, UNKNOWN); a6's USA agrees, IGO is not a country.
        #expect(assault.targetCountry == Agreement(agreed: 1, compared: 1))

        let protest = try #require(report.result("PROTEST"))
        #expect(protest.score == Score(truePositives: 1, falsePositives: 0, falseNegatives: 0))
        #expect(protest.trueNegatives == 1, "an ASSAULT event does not make a PROTEST positive")
        #expect(protest.sourceCountry.compared == 0, "no spans file for protest")

        let errors = report.errors.map { "\($0.eventType) \($0.kind.rawValue) \($0.id)" }
        #expect(errors == ["ASSAULT falseNegative a2", "ASSAULT falsePositive a3", "ASSAULT sourceCountry a6"])
        let fn = try #require(report.errors.first { $0.id == "a2" })
        #expect(fn.text == "missed" && fn.label == "yes")
        #expect(fn.predicted == ["173 COERCE EGYCOP → - «t»"], "what was predicted instead")
        #expect(report.errors.first { $0.id == "a6" }?.gold == ["IRQ"])

        let table = report.render()
        #expect(table.contains("ASSAULT") && table.contains("0.667") && table.contains("1/2 = 0.500"))
        #expect(table.contains("ASSAULT falseNegative: 1"))

        let json = try JSONEncoder().encode(report)
        #expect(try JSONDecoder().decode(GSRReport.self, from: json) == report)
        #expect(String(decoding: json, as: UTF8.self).contains("\"precision\""))
    }

    @Test func emptyCoderFindsNothing() throws {
        let report = try GSREvaluator(directory: Self.smallGSR()).evaluate { _ in [] }
        let assault = try #require(report.result("ASSAULT"))
        #expect(assault.score == Score(truePositives: 0, falsePositives: 0, falseNegatives: 3))
        #expect(assault.score.recall == 0 && assault.score.precision == nil && assault.score.f1 == 0)
        #expect(assault.trueNegatives == 2)
        #expect(report.render().contains("—"))
    }

    /// The development GSR, with a coder that knows the answers: every count matches the README.
    @Test(.needsShared("data/arabic_event_gsr_dev")) func perfectCoderOnTheDevelopmentGSR() throws {
        let dir = try SharedData.require("data/arabic_event_gsr_dev")
        var answers: [String: [Event]] = [:]
        for type in ["ASSAULT", "PROTEST"] {
            let name = type.lowercased()
            let csv = try String(contentsOf: dir.appendingPathComponent("\(name).csv"), encoding: .utf8)
            let records = try CSVReader.records(in: csv, file: "\(name).csv").dropFirst()
            let spans =
                try JSONSerialization.jsonObject(
                    with: Data(contentsOf: dir.appendingPathComponent("\(name)_spans.json"))) as! [[String: Any]]
            var spansByID: [String: [[String: Any]]] = [:]
            for s in spans { spansByID[s["source"] as! String] = s["spans"] as? [[String: Any]] }
            for r in records where r.fields[2] == "yes" {
                // One event per annotated span, its countries as the annotator gave them.
                func main(_ role: Any?) -> ActorMention? {
                    guard let main = (role as? [String: Any])?["main"] as? String else { return nil }
                    return ActorMention(code: main, country: main, role: nil, text: "", start: 0, end: 0)
                }
                let gold = spansByID[r.fields[0]] ?? [[:]]
                answers[r.fields[6], default: []] += gold.map {
                    event("190", plover: type, source: main($0["source_role"]), target: main($0["target_role"]))
                }
            }
        }
        let known = answers
        let report = try GSREvaluator(directory: dir).evaluate { known[$0] ?? [] }

        let assault = try #require(report.result("ASSAULT"))
        #expect(assault.positives == 173 && assault.negatives == 1092 + 287 && assault.ambiguous == 87)
        #expect(assault.score == Score(truePositives: 173, falsePositives: 0, falseNegatives: 0))
        #expect(assault.score.f1 == 1)
        // 42 and 77 of the positives have a gold source and a gold target country.
        #expect(assault.sourceCountry == Agreement(agreed: 42, compared: 42))
        #expect(assault.targetCountry == Agreement(agreed: 77, compared: 77))

        let protest = try #require(report.result("PROTEST"))
        #expect(protest.positives == 56 && protest.negatives == 858 + 225 && protest.ambiguous == 158)
        #expect(protest.score == Score(truePositives: 56, falsePositives: 0, falseNegatives: 0))
        #expect(protest.sourceCountry == Agreement(agreed: 6, compared: 6))
        #expect(protest.targetCountry == Agreement(agreed: 19, compared: 19))
        #expect(report.errors.isEmpty)
    }

    @Test func badInputNamesFileAndLine() throws {
        func failure(_ assault: String, spans: String? = nil) throws -> String? {
            var files = ["assault.csv": assault, "protest.csv": Self.header]
            if let spans { files["assault_spans.json"] = spans }
            let dir = try temporaryDirectory(files)
            do {
                _ = try GSREvaluator(directory: dir)
                return nil
            } catch {
                return "\(error)".replacingOccurrences(of: dir.path + "/", with: "")
            }
        }
        #expect(
            try failure(Self.header + "a1,ASSAULT,maybe,1,1,2,x\n")
                == "assault.csv:2: unknown label 'maybe' (yes, easy no, difficult no, ambiguous)")
        #expect(try failure(Self.header + "a1,ASSAULT,yes,1,1\n") == "assault.csv:2: expected 7 fields, found 5")
        #expect(
            try failure(Self.header + "a1,PROTEST,yes,1,0,1,x\n")
                == "assault.csv:2: event_type 'PROTEST' in the ASSAULT file")
        #expect(
            try failure(Self.header + "a1,ASSAULT,yes,1,0,1,x\na1,ASSAULT,yes,1,0,1,y\n")
                == "assault.csv:3: empty or repeated id 'a1'")
        #expect(try failure("id,label,text\n")?.hasPrefix("assault.csv:1: no 'event_type' column") == true)
        #expect(
            try failure(Self.header + "a1,ASSAULT,yes,1,0,1,\"x\n")
                == "assault.csv:2: quoted field opened here is never closed")
        #expect(try failure(Self.header, spans: "[{\"text\": 1}]")?.hasPrefix("assault_spans.json: entry 1:") == true)
        #expect(try failure(Self.header, spans: "[{")?.hasPrefix("assault_spans.json: not valid JSON") == true)
        #expect(throws: EvaluationInputError.self) { try GSREvaluator(directory: URL(fileURLWithPath: "/nonexistent")) }
    }
}
