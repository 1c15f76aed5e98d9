import ArabicText
import Foundation
import Testing

@testable import EventCoding

/// The coder's pipeline: its declarations are checked when it is built, and `trace` reports what
/// `code` uses.
@Suite struct PipelineTests {
    struct Stage: SentenceStage {
        let name: String
        let reads: Set<PipelineSlot>
        let writes: Set<PipelineSlot>
        func run(_ s: inout SentenceState, _ c: CodingContext) {}
    }

    @Test func theStandardPipelineChecksOut() throws {
        let p = SentencePipeline.standard
        #expect(p.stages.map(\.name).first == "tokens")
        #expect(p.stages.map(\.name).last == "assembly")
        #expect(try SentencePipeline(sentence: p.sentenceStages, trigger: p.triggerStages).stages.count == p.stages.count)
    }

    @Test func aStageMayNotReadWhatNoEarlierStageWrote() {
        #expect(throws: PipelineError(stage: "actors", message: "reads tokens, which no stage before it writes")) {
            try SentencePipeline(sentence: [Stage(name: "actors", reads: [.tokens], writes: [.actors])], trigger: [])
        }
    }

    @Test func aStageMayNotOverwriteWithoutReading() {
        #expect(throws: PipelineError(stage: "again", message: "writes tokens again without reading it")) {
            try SentencePipeline(
                sentence: [Stage(name: "tokens", reads: [.sentence], writes: [.tokens]), Stage(name: "again", reads: [.sentence], writes: [.tokens])],
                trigger: [])
        }
    }

    /// docs/pipeline.md lists every argument rule by the name `--explain` gives it.
    @Test func theDocsListEveryArgumentRule() throws {
        let doc = try String(contentsOf: packageRoot.appendingPathComponent("docs/pipeline.md"), encoding: .utf8)
        let missing = ArgumentStage.rules.map(\.name).filter { !doc.contains($0) }
        #expect(missing.isEmpty, "docs/pipeline.md does not list: \(missing)")
    }

    /// Over the GSR development half: for every sentence, the actors, triggers and events that
    /// `trace` reports are exactly the ones `code` uses (one pipeline run each).
    @Test(.needsShared("data/arabic_event_gsr_dev/assault.csv")) func traceReportsWhatCodeUses() throws {
        let dir = try SharedData.require("data/arabic_event_gsr_dev")
        var sentences = 0
        for name in ["assault.csv", "protest.csv"] {
            let text = try String(contentsOf: dir.appendingPathComponent(name), encoding: .utf8)
            for line in text.split(whereSeparator: \.isNewline).dropFirst() {
                // id,event_type,label,accept,reject,total,text — the text is the last field.
                let fields = line.split(separator: ",", maxSplits: 6, omittingEmptySubsequences: false)
                guard fields.count == 7 else { continue }
                var s = String(fields[6])
                if s.hasPrefix("\""), s.hasSuffix("\"") { s = String(s.dropFirst().dropLast()).replacingOccurrences(of: "\"\"", with: "\"") }
                let date = String(fields[0]).split(separator: "_").dropFirst(2).first.flatMap { CalendarDay(iso: Self.iso(String($0.prefix(8)))) }
                let coder = builtInCoder
                let trace = coder.trace(sentence: s, date: date)
                let doc = Document(id: "", text: s, date: date)
                var expected: [String] = []
                var article = coder.articlePlaces(doc)
                for (k, span) in EventCoder.sentences(s).enumerated() {
                    let v = coder.sentenceView(span, index: k, doc: doc, article: &article)
                    expected += v.actors.map { "actor tokens \($0.from)..<\($0.to) \($0.code)" }
                    expected += v.triggers.map { "trigger tokens \($0.from)..<\($0.to) \(coder.lexicon.events[$0.pattern].provenance)" }
                }
                let events = coder.code(text: s, date: date).map { "event " + EventJSON.line($0, explain: true) }
                let traced = trace.filter { $0.hasPrefix("actor ") || $0.hasPrefix("trigger ") }.map { line in
                    // (the actor and trigger lines go on with their preposition, group, title and
                    // verb facts; the span and code are what is compared)
                    line.split(separator: " ").prefix(line.hasPrefix("actor") ? 4 : 6).joined(separator: " ")
                }
                #expect(traced == expected.map { $0.split(separator: " ").prefix($0.hasPrefix("actor") ? 4 : 6).joined(separator: " ") }, "\(s)")
                #expect(trace.filter { $0.hasPrefix("event ") } == events, "\(s)")
                sentences += 1
            }
        }
        #expect(sentences > 2_000)
    }

    static func iso(_ ymd: String) -> String {
        guard ymd.count == 8 else { return "" }
        let a = Array(ymd)
        return String(a[0..<4]) + "-" + String(a[4..<6]) + "-" + String(a[6..<8])
    }
}
