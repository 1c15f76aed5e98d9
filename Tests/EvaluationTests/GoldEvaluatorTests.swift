import ArabicText
import Evaluation
import EventCoding
import Foundation
import Testing

@Suite struct GoldEvaluatorTests {
    static let goldPath = "data/diplomacy_dev.jsonl"
    static var goldFile: URL { get throws { try SharedData.require(goldPath) } }

    /// The gold file's lines as JSON objects, read here independently of the evaluator.
    static func goldLines() throws -> [[String: Any]] {
        try String(contentsOf: goldFile, encoding: .utf8).split(separator: "\n").map {
            try JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any]
        }
    }

    /// A coder that returns the gold events of each sentence (flagging the inconsistent ones).
    static func perfectCoder() throws -> @Sendable (String, CalendarDay?) -> [Event] {
        var answers: [String: [Event]] = [:]
        for line in try goldLines() {
            let flags: [EventFlag] = line["flag"] == nil ? [] : [.roleOutsideTerm]
            answers[line["text"] as! String] = (line["events"] as! [[String: Any]]).map { e in
                event(
                    e["cameo"] as! String, plover: e["plover"] as? String, source: actor(e["source"] as! String),
                    target: (e["target"] as? String).map(actor),
                    date: (e["when"] as? String).flatMap(CalendarDay.init(iso:)),
                    flags: flags)
            }
        }
        let known = answers
        return { text, _ in known[text] ?? [] }
    }

    /// Scores one synthetic sentence.
    func score(
        _ gold: [[String: Any]], tags: [String] = [], date: String = "2020-01-10", _ predicted: [Event]
    ) throws -> GoldReport {
        let line: [String: Any] = ["id": "s1", "date": date, "text": "نص", "events": gold, "tags": tags]
        let data = try JSONSerialization.data(withJSONObject: line)
        let dir = try temporaryDirectory(["gold.jsonl": String(decoding: data, as: UTF8.self) + "\n"])
        return try GoldEvaluator(file: dir.appendingPathComponent("gold.jsonl")).evaluate { _, _ in predicted }
    }

    func gold(_ cameo: String, _ source: String?, _ target: String?, when: String? = nil) -> [String: Any] {
        [
            "cameo": cameo, "plover": "X", "source": source ?? NSNull(), "target": target ?? NSNull(), "trigger": "t",
            "when": when ?? NSNull(),
        ]
    }

    @Test(.needsShared(goldPath)) func perfectCoderScoresOne() throws {
        let lines = try Self.goldLines()
        let scored = lines.filter { !($0["tags"] as! [String]).contains("ambiguous") }
        let goldEvents = scored.flatMap { $0["events"] as! [[String: Any]] }
        let report = try GoldEvaluator(file: Self.goldFile).evaluate(coder: Self.perfectCoder())

        #expect(report.sentences == scored.count && report.ambiguousSkipped == lines.count - scored.count)
        #expect(report.goldEvents == goldEvents.count)
        #expect(report.events == Score(truePositives: goldEvents.count, falsePositives: 0, falseNegatives: 0))
        #expect(report.events.f1 == 1 && report.roots.f1 == 1)
        #expect(report.cameoCode.rate == 1 && report.sourceCode.rate == 1 && report.targetCode.rate == 1)
        #expect(
            report.date
                == Agreement(
                    agreed: goldEvents.filter { $0["when"] is String }.count,
                    compared: goldEvents.filter { $0["when"] is String }.count))
        let inconsistent = scored.filter { ($0["tags"] as! [String]).contains("inconsistent-role") }.count
        #expect(inconsistent == 5)
        #expect(
            report.roleFlags.inconsistentFlagged == inconsistent
                && report.roleFlags.inconsistentSentences == inconsistent)
        #expect(report.roleFlags.otherFlagged == 0 && report.roleFlags.otherSentences == scored.count - inconsistent)
        #expect(report.errors.isEmpty)
        #expect(report.render().contains("1.000"))
    }

    @Test(.needsShared(goldPath)) func emptyCoderHasRecallZero() throws {
        let report = try GoldEvaluator(file: Self.goldFile).evaluate { _, _ in [] }
        #expect(report.events.truePositives == 0 && report.events.falseNegatives == report.goldEvents)
        #expect(report.events.recall == 0 && report.events.precision == nil && report.roots.recall == 0)
        #expect(report.cameoCode.compared == 0 && report.date.rate == nil)
        #expect(report.roleFlags.inconsistentFlagged == 0)
        #expect(report.errors.filter { $0.kind == .missed }.count == report.goldEvents)
    }

    @Test func reversedConsultStillMatches() throws {
        let report = try score(
            [gold("042", "SYRGOV", "RUSGOV")], [event("042", source: actor("RUSGOV"), target: actor("SYRGOV"))])
        #expect(report.events == Score(truePositives: 1))
        #expect(
            report.sourceCode.rate == 1 && report.targetCode.rate == 1, "codes are compared in the matched direction")
    }

    @Test func reversedNonConsultDoesNotMatch() throws {
        let report = try score(
            [gold("111", "USAGOV", "IRNGOV")], [event("111", source: actor("IRNGOV"), target: actor("USAGOV"))])
        #expect(report.events == Score(truePositives: 0, falsePositives: 1, falseNegatives: 1))
        #expect(report.roots == Score(truePositives: 1), "root-only ignores actors")
    }

    @Test func cameoDualIsNotPenalised() throws {
        let report = try score(
            [gold("042", "SYRGOV", "RUS")],
            [
                event("043", source: actor("RUSGOV"), target: actor("SYRGOV")),
                event("042", source: actor("SYRGOV"), target: actor("RUS")),
            ])
        #expect(report.events == Score(truePositives: 1))
        #expect(report.cameoCode == Agreement(agreed: 1, compared: 1), "the exact code is preferred")
        #expect(report.roots == Score(truePositives: 1))
    }

    @Test func bothVisitAndHostWhenBothAreWritten() throws {
        let report = try score(
            [gold("042", "SYRGOV", "RUS"), gold("043", "RUSGOV", "SYRGOV")],
            [
                event("043", source: actor("RUSGOV"), target: actor("SYRGOV")),
                event("042", source: actor("SYRGOV"), target: actor("RUS")),
            ])
        #expect(report.events == Score(truePositives: 2))
        #expect(report.cameoCode.rate == 1 && report.sourceCode.rate == 1 && report.targetCode.rate == 1)
    }

    @Test func duplicatePredictionsCountOnce() throws {
        let report = try score(
            [gold("190", "ISRMIL", "LBNREB")],
            [
                event("193", source: actor("ISRMIL"), target: actor("LBNREB")),
                event("190", source: actor("ISRMIL"), target: actor("LBNREB")),
                event("195", source: actor("ISR"), target: actor("LBN")),
                event("173", source: actor("LBNCOP"), target: actor("ISRCVL")),
                event("173", source: actor("LBNGOV"), target: actor("ISR")),
            ])
        #expect(report.events == Score(truePositives: 1, falsePositives: 1, falseNegatives: 0))
        #expect(report.cameoCode == Agreement(agreed: 1, compared: 1))
        #expect(report.roots == Score(truePositives: 1, falsePositives: 1))
        #expect(report.errors.map(\.kind) == [.spurious])
    }

    @Test func nullGoldTargetMatchesAnyTarget() throws {
        let withTarget = try score(
            [gold("141", "EGYCVL", nil)], [event("141", source: actor("EGYCVL"), target: actor("EGYGOV"))])
        #expect(withTarget.events == Score(truePositives: 1))
        #expect(withTarget.targetCode == Agreement(agreed: 0, compared: 1))
        #expect(withTarget.errors.map(\.kind) == [.targetCode])

        let without = try score([gold("141", "EGYCVL", nil)], [event("141", source: actor("EGY"))])
        #expect(without.events == Score(truePositives: 1))
        #expect(without.targetCode == Agreement(agreed: 1, compared: 1) && without.sourceCode.rate == 0)

        // A gold target is not matched by a prediction without one.
        let missing = try score([gold("141", "EGYCVL", "EGYGOV")], [event("141", source: actor("EGYCVL"))])
        #expect(missing.events == Score(truePositives: 0, falsePositives: 1, falseNegatives: 1))
    }

    @Test func actorKeys() throws {
        // IGO codes match on their first six letters; role-only codes on the whole code.
        let igo = try score(
            [gold("073", "IGOUNOWFP", "YEMCVL")], [event("073", source: actor("IGOUNO"), target: actor("YEM"))])
        #expect(igo.events == Score(truePositives: 1))
        #expect(igo.sourceCode.rate == 0 && igo.targetCode.rate == 0)
        let uaf = try score(
            [gold("190", "UAF", "SYRMIL")], [event("190", source: actor("UAF"), target: actor("SYRMIL"))])
        #expect(uaf.events == Score(truePositives: 1) && uaf.sourceCode.rate == 1)
        let otherRole = try score(
            [gold("190", "UAF", "SYRMIL")], [event("190", source: actor("REB"), target: actor("SYRMIL"))])
        #expect(otherRole.events.truePositives == 0)
        // A militant group's code is matched whole: ISIS is not al-Qaeda.
        let isis = try score(
            [gold("195", "TURMIL", "IMGMOSISI")], [event("195", source: actor("TURMIL"), target: actor("IMGMOSISI"))])
        #expect(isis.events == Score(truePositives: 1) && isis.targetCode.rate == 1)
        let qaeda = try score(
            [gold("195", "TURMIL", "IMGMOSISI")], [event("195", source: actor("TURMIL"), target: actor("IMGMOSALQ"))])
        #expect(qaeda.events.truePositives == 0)
    }

    @Test func anEventWithoutSourceMatchesOnlyAGoldEventWithoutSource() throws {
        // A prediction with a target and no source is scored: it does not match a gold event
        // that names a source…
        let named = try score([gold("190", "UAF", "SYRMIL")], [event("190", source: nil, target: actor("SYRMIL"))])
        #expect(named.events == Score(truePositives: 0, falsePositives: 1, falseNegatives: 1))
        #expect(named.roots == Score(truePositives: 1))
        // …and matches one coded with a null source (real-news gold: an attack with no named attacker).
        let unnamed = try score([gold("194", nil, "SAU")], [event("194", source: nil, target: actor("SAU"))])
        #expect(unnamed.events == Score(truePositives: 1))
        // A prediction with no actor at all is not scored.
        let empty = try score([gold("190", "UAF", "SYRMIL")], [event("190", source: nil, target: nil)])
        #expect(empty.events == Score(truePositives: 0, falsePositives: 0, falseNegatives: 1))
    }

    @Test func dateAccuracyAndCodeMismatch() throws {
        let day = CalendarDay(iso: "2020-01-09")
        let right = try score(
            [gold("042", "SYRGOV", "RUS", when: "2020-01-09")],
            [event("042", source: actor("SYRGOV"), target: actor("RUS"), date: day)])
        #expect(right.date == Agreement(agreed: 1, compared: 1))
        let wrong = try score(
            [gold("042", "SYRGOV", "RUS", when: "2020-01-08"), gold("036", "SYRGOV", "RUS")],
            [
                event("042", source: actor("SYRGOV"), target: actor("RUS"), date: day),
                event("0311", source: actor("SYRGOV"), target: actor("RUS")),
            ])
        #expect(wrong.date == Agreement(agreed: 0, compared: 1), "gold events with no date are not compared")
        #expect(wrong.events == Score(truePositives: 2))
        #expect(wrong.cameoCode == Agreement(agreed: 1, compared: 2))
        #expect(Set(wrong.errors.map(\.kind)) == [.date, .cameoCode])
        let text = wrong.render()
        #expect(text.contains("date: 1") && text.contains("gold:      042 SYRGOV → RUS «t» 2020-01-08"))
    }

    @Test func publicationDateReachesTheCoder() throws {
        let line = #"{"id": "a", "date": "2019-11-18", "text": "x", "events": [], "tags": []}"#
        let dir = try temporaryDirectory(["g.jsonl": line + "\n"])
        let report = try GoldEvaluator(file: dir.appendingPathComponent("g.jsonl")).evaluate { _, publication in
            publication == CalendarDay(iso: "2019-11-18") ? [] : [event("010", source: actor("SYR"))]
        }
        #expect(report.events.falsePositives == 0)
    }

    @Test func ambiguousSentencesAreSkipped() throws {
        let report = try score(
            [gold("042", "SYRGOV", "RUS")], tags: ["ambiguous"], [event("190", source: actor("ISR"))])
        #expect(report.sentences == 0 && report.ambiguousSkipped == 1 && report.goldEvents == 0)
        #expect(report.events == Score() && report.events.f1 == nil)
    }

    @Test func roleFlagsCountedBySentence() throws {
        let flagged = event("111", source: actor("USAELI"), target: actor("USAGOV"), flags: [.roleOutsideTerm])
        let hit = try score([gold("111", "USAELI", "USAGOV")], tags: ["inconsistent-role"], [flagged])
        #expect(hit.roleFlags.inconsistentFlagged == 1 && hit.roleFlags.inconsistentSentences == 1)
        let falseAlarm = try score([gold("111", "USAELI", "USAGOV")], [flagged])
        #expect(falseAlarm.roleFlags.otherFlagged == 1 && falseAlarm.roleFlags.otherSentences == 1)
        #expect(falseAlarm.errors.map(\.kind) == [.spuriousFlag])
        let missed = try score([gold("111", "USAELI", "USAGOV")], tags: ["inconsistent-role"], [])
        #expect(missed.roleFlags.inconsistentFlagged == 0 && missed.errors.map(\.kind).contains(.missedFlag))
        // A flag on an event with no source still counts.
        let sourceless = event("111", source: nil, flags: [.roleOutsideTerm])
        #expect(try score([], tags: ["inconsistent-role"], [sourceless]).roleFlags.inconsistentFlagged == 1)
    }

    @Test(.needsShared(goldPath)) func reportRoundTripsThroughJSON() throws {
        let report = try GoldEvaluator(file: Self.goldFile).evaluate { _, _ in [event("042", source: actor("SYRGOV"))] }
        let data = try JSONEncoder().encode(report)
        #expect(try JSONDecoder().decode(GoldReport.self, from: data) == report)
    }

    @Test func badInputNamesFileAndLine() throws {
        func failure(_ contents: String) throws -> String? {
            let dir = try temporaryDirectory(["g.jsonl": contents])
            do {
                _ = try GoldEvaluator(file: dir.appendingPathComponent("g.jsonl"))
                return nil
            } catch {
                return "\(error)".replacingOccurrences(of: dir.path + "/", with: "")
            }
        }
        let ok = #"{"id": "a", "date": "2020-01-01", "text": "x", "events": [], "tags": []}"#
        #expect(try failure(ok + "\n\n") == nil, "blank lines are skipped")
        #expect(try failure(ok + "\n{\"id\": \"b\"")?.hasPrefix("g.jsonl:2: not valid JSON") == true)
        #expect(try failure(#"{"id": "a", "events": []}"#) == "g.jsonl:1: missing 'text'")
        #expect(try failure(ok + "\n" + ok) == "g.jsonl:2: repeated id 'a'")
        #expect(
            try failure(#"{"id": "a", "date": "2020-13-01", "text": "x", "events": []}"#)
                == "g.jsonl:1: date '2020-13-01' is not YYYY-MM-DD")
        #expect(
            try failure(#"{"id": "a", "text": "x", "events": [{"cameo": "04x", "source": "SYR"}]}"#)
                == "g.jsonl:1: event 1: cameo '04x' is not a 2- to 4-digit code")
        #expect(
            try failure(
                #"{"id": "a", "text": "x", "events": [{"cameo": "042", "source": "SYR", "when": "yesterday"}]}"#)
                == "g.jsonl:1: event 1: when 'yesterday' is not YYYY-MM-DD")
        #expect(
            try failure(#"{"id": "a", "text": "x", "events": [{"cameo": "042"}]}"#)
                == "g.jsonl:1: missing 'source' at events[0]")
        #expect(
            try failure(#"{"id": 7, "text": "x", "events": []}"#)?.hasPrefix("g.jsonl:1: expected String at id") == true
        )
        #expect(throws: EvaluationInputError.self) {
            try GoldEvaluator(file: URL(fileURLWithPath: "/nonexistent.jsonl"))
        }
    }
}
