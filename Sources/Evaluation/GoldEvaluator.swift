import ArabicText
import EventCoding
import Foundation

/// Scores a coder's events against hand-coded gold events (`diplomacy_dev.jsonl`).
///
/// Each input line is a JSON object: `id`, `date` (publication, `YYYY-MM-DD` or null), `text`,
/// `events` (each `cameo`, `plover`, `source`, `target` (or null), `trigger`, `when` (or null)),
/// `tags`, and an optional `flag`. Sentences tagged `ambiguous` are skipped.
///
/// Scoring (see `diplomacy_dev.md`, "Scoring"):
/// - **Predictions considered**: events with an actor. Real-news gold (`snn_gold_dev.jsonl`) codes
///   an attack on a named target with no named attacker with a null source: such a gold event
///   matches a prediction with no source, and a prediction with no source matches nothing else.
///   (Flags are read from every returned event.)
/// - **Actor keys**: a gold code's key is its 3-letter country prefix (`SYRGOV` → `SYR`), the
///   6-letter IGO code for IGOs (`IGOUNOWFP` → `IGOUNO`), or the whole code when it starts with a
///   role (`UAF`). A predicted actor's key is its `country`, else the 6-letter IGO prefix of its
///   code, else its code.
/// - **Match**: same CAMEO root, and source key and target key agree. A gold event with no target
///   matches whatever target the prediction has (the annotators leave the target out when the
///   sentence names none; a coder that fills one in is not penalised for it). For root 04
///   (consult) the reversed direction also matches. Matching is one-to-one and greedy: candidate
///   pairs are taken best first (same direction, then exact CAMEO code, exact source code, exact
///   target code, same date), then in gold and prediction order.
/// - **Duplicates**: an unmatched prediction with the same (root, source key, target key) as a
///   matched one, or as another unmatched one, counts once; for root 04 the two keys are taken
///   unordered, so the CAMEO dual (042 for the visitor and 043 for the host) is not penalised.
/// - **Root-only F1**: the same one-to-one matching and duplicate rule, with pairs matched on
///   the CAMEO root alone (per sentence, a multiset match of roots).
/// - On matched events: exact CAMEO code agreement; full actor code agreement for the source
///   and for the target (in the matched direction; a missing target agrees only with a missing
///   target); date accuracy where the gold `when` is set (the predicted `date` must be that day).
/// - **Role flags**: how many `inconsistent-role` sentences had any returned event with a flag
///   starting `role-outside-term`, and how many other sentences did.
public struct GoldEvaluator: Sendable {
    struct GoldEvent: Sendable, Equatable {
        var cameo: String
        var source: String?
        var target: String?
        var trigger: String
        var when: CalendarDay?

        var root: String { String(cameo.prefix(2)) }
        var summary: String {
            var s = "\(cameo) \(source ?? "-") → \(target ?? "-") «\(trigger)»"
            if let when { s += " \(when.iso)" }
            return s
        }
    }

    struct Sentence: Sendable {
        var id: String
        var publication: CalendarDay?
        var text: String
        var events: [GoldEvent]
        var tags: Set<String>
    }

    /// Every sentence in file order, ambiguous ones included.
    let sentences: [Sentence]

    /// The sentences that are not tagged ambiguous, as training data (`train-gate --gold`).
    public var trainingSentences: [GoldSentence] {
        sentences.filter { !$0.tags.contains("ambiguous") }.map {
            GoldSentence(id: $0.id, text: $0.text, date: $0.publication, codes: $0.events.map(\.cameo))
        }
    }

    /// Reads a gold JSONL file.
    ///
    /// - Throws: ``EvaluationInputError`` naming the file and line.
    public init(file url: URL) throws {
        let file = url.path
        let text = try readText(url)
        var sentences: [Sentence] = []
        var ids: Set<String> = []
        let decoder = JSONDecoder()
        for (n, line) in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated() {
            let lineNumber = n + 1
            func fail(_ message: String) -> EvaluationInputError {
                EvaluationInputError(file: file, line: lineNumber, message: message)
            }
            guard !line.allSatisfy(\.isWhitespace) else { continue }
            let record: Record
            do {
                record = try decoder.decode(Record.self, from: Data(line.utf8))
            } catch let error as DecodingError {
                throw fail(Self.describe(error))
            } catch {
                throw fail("not a JSON object: \(error.localizedDescription)")
            }
            guard ids.insert(record.id).inserted else { throw fail("repeated id '\(record.id)'") }
            var publication: CalendarDay?
            if let date = record.date {
                guard let day = CalendarDay(iso: date) else { throw fail("date '\(date)' is not YYYY-MM-DD") }
                publication = day
            }
            let events = try record.events.enumerated().map { i, e in
                let place = "event \(i + 1)"
                guard (2...4).contains(e.cameo.count), e.cameo.allSatisfy(\.isASCII), e.cameo.allSatisfy(\.isNumber)
                else {
                    throw fail("\(place): cameo '\(e.cameo)' is not a 2- to 4-digit code")
                }
                if let source = e.source, source.isEmpty { throw fail("\(place): empty source (write null for none)") }
                var when: CalendarDay?
                if let w = e.when {
                    guard let day = CalendarDay(iso: w) else { throw fail("\(place): when '\(w)' is not YYYY-MM-DD") }
                    when = day
                }
                return GoldEvent(
                    cameo: e.cameo, source: e.source, target: e.target.flatMap { $0.isEmpty ? nil : $0 },
                    trigger: e.trigger ?? "", when: when)
            }
            sentences.append(
                Sentence(
                    id: record.id, publication: publication, text: record.text, events: events,
                    tags: Set(record.tags ?? [])))
        }
        self.sentences = sentences
    }

    /// Codes every sentence not tagged `ambiguous` (in parallel) and scores the events.
    ///
    /// - Parameter coder: returns the events of one sentence, given its publication date.
    public func evaluate(coder: @Sendable (_ text: String, _ publication: CalendarDay?) -> [Event]) -> GoldReport {
        let scored = sentences.filter { !$0.tags.contains("ambiguous") }
        let coded = parallelMap(scored) { coder($0.text, $0.publication) }
        var report = GoldReport()
        report.ambiguousSkipped = sentences.count - scored.count
        for (sentence, events) in zip(scored, coded) {
            score(sentence, events, into: &report)
        }
        return report
    }

    func score(_ sentence: Sentence, _ events: [Event], into report: inout GoldReport) {
        report.sentences += 1
        report.goldEvents += sentence.events.count
        func error(_ kind: GoldReport.ErrorKind, gold: GoldEvent?, predicted: Event?) {
            report.errors.append(
                GoldReport.ErrorCase(
                    kind: kind, id: sentence.id, text: sentence.text, gold: gold?.summary, predicted: predicted?.summary
                ))
        }

        let gold = sentence.events
        let predictions = events.filter { $0.source != nil || $0.target != nil }
        let goldKeys = gold.map { ($0.source.map(ActorKey.gold), $0.target.map(ActorKey.gold)) }
        let predKeys = predictions.map { ($0.source.map(ActorKey.predicted), $0.target.map(ActorKey.predicted)) }
        let predDedup = predictions.indices.map { Self.dedupKey(predictions[$0].root, predKeys[$0]) }

        // Every same-root pair, best first: actors that match, then the tie-breaks.
        var candidates: [Candidate] = []
        for (g, ge) in gold.enumerated() {
            let (gs, gt) = goldKeys[g]
            for (p, pe) in predictions.enumerated() where pe.root == ge.root {
                let (ps, pt) = predKeys[p]
                let direct = gs == ps && (gt == nil || gt == pt)
                let reversed = !direct && ge.root == "04" && gs == pt && (gt == nil || gt == ps)
                let (src, tgt) = reversed ? (pe.target, pe.source) : (pe.source, pe.target)
                let rank = [
                    direct || reversed, direct, pe.cameo == ge.cameo, src?.code == ge.source, tgt?.code == ge.target,
                    pe.date == ge.when,
                ]
                candidates.append(Candidate(gold: g, prediction: p, reversed: reversed, rank: rank))
            }
        }
        candidates.sort { a, b in
            if a.rank != b.rank { return a.rank.lexicographicallyPrecedes(b.rank) { $0 && !$1 } }
            return (a.gold, a.prediction) < (b.gold, b.prediction)
        }

        // Events: pairs whose actors match.
        let eventMatch = Self.match(candidates.filter { $0.rank[0] }, gold: gold.count, predDedup: predDedup)
        for m in eventMatch.matches.sorted(by: { $0.gold < $1.gold }) {
            let ge = gold[m.gold]
            let pe = predictions[m.prediction]
            let (src, tgt) = m.reversed ? (pe.target, pe.source) : (pe.source, pe.target)
            report.cameoCode.record(pe.cameo == ge.cameo)
            if pe.cameo != ge.cameo { error(.cameoCode, gold: ge, predicted: pe) }
            report.sourceCode.record(src?.code == ge.source)
            if src?.code != ge.source { error(.sourceCode, gold: ge, predicted: pe) }
            report.targetCode.record(tgt?.code == ge.target)
            if tgt?.code != ge.target { error(.targetCode, gold: ge, predicted: pe) }
            if let when = ge.when {
                report.date.record(pe.date == when)
                if pe.date != when { error(.date, gold: ge, predicted: pe) }
            }
        }
        for g in eventMatch.missed { error(.missed, gold: gold[g], predicted: nil) }
        for p in eventMatch.spurious { error(.spurious, gold: nil, predicted: predictions[p]) }
        report.events.add(eventMatch.score)

        // Roots only: any same-root pair.
        report.roots.add(Self.match(candidates, gold: gold.count, predDedup: predDedup).score)

        // Role flags.
        let flagged = events.contains { $0.flags.contains(.roleOutsideTerm) }
        if sentence.tags.contains("inconsistent-role") {
            report.roleFlags.inconsistentSentences += 1
            if flagged {
                report.roleFlags.inconsistentFlagged += 1
            } else {
                error(.missedFlag, gold: nil, predicted: nil)
            }
        } else {
            report.roleFlags.otherSentences += 1
            if flagged {
                report.roleFlags.otherFlagged += 1
                let first = events.first { $0.flags.contains(.roleOutsideTerm) }
                error(.spuriousFlag, gold: nil, predicted: first)
            }
        }
    }

    /// A possible pairing of a gold event with a prediction.
    struct Candidate {
        var gold: Int
        var prediction: Int
        /// Matched in the reversed direction (root 04 only).
        var reversed: Bool
        /// Preference, compared true-first: actors match, same direction, exact CAMEO code,
        /// exact source code, exact target code, same date.
        var rank: [Bool]
    }

    struct Matching {
        var matches: [Candidate]
        /// Gold events left unmatched.
        var missed: [Int]
        /// Unmatched predictions that count: one per distinct key not already matched.
        var spurious: [Int]
        var score: Score {
            Score(truePositives: matches.count, falsePositives: spurious.count, falseNegatives: missed.count)
        }
    }

    /// One-to-one greedy matching over `candidates` (best first), then the duplicate rule for
    /// the unmatched predictions.
    static func match(_ candidates: [Candidate], gold: Int, predDedup: [DedupKey]) -> Matching {
        var goldMatched = [Bool](repeating: false, count: gold)
        var predMatched = [Bool](repeating: false, count: predDedup.count)
        var matches: [Candidate] = []
        for c in candidates where !goldMatched[c.gold] && !predMatched[c.prediction] {
            goldMatched[c.gold] = true
            predMatched[c.prediction] = true
            matches.append(c)
        }
        var counted = Set(predDedup.indices.filter { predMatched[$0] }.map { predDedup[$0] })
        let spurious = predDedup.indices.filter { !predMatched[$0] && counted.insert(predDedup[$0]).inserted }
        return Matching(matches: matches, missed: goldMatched.indices.filter { !goldMatched[$0] }, spurious: spurious)
    }

    /// An event's identity for duplicates: root and actor keys, unordered for root 04.
    struct DedupKey: Hashable {
        var root: String
        var first: String?
        var second: String?
    }

    static func dedupKey(_ root: String, _ keys: (String?, String?)) -> DedupKey {
        let (s, t) = keys
        if root == "04", let s, let t, t < s { return DedupKey(root: root, first: t, second: s) }
        return DedupKey(root: root, first: s, second: t)
    }

    /// One input line as written.
    struct Record: Decodable {
        struct GoldEventRecord: Decodable {
            var cameo: String
            /// Written always, null for an act with no named agent.
            var source: String?
            var target: String?
            var trigger: String?
            var when: String?

            enum CodingKeys: String, CodingKey { case cameo, source, target, trigger, when }

            init(from decoder: any Decoder) throws {
                let c = try decoder.container(keyedBy: CodingKeys.self)
                cameo = try c.decode(String.self, forKey: .cameo)
                guard c.contains(.source) else {
                    throw DecodingError.keyNotFound(
                        CodingKeys.source, .init(codingPath: c.codingPath, debugDescription: "source is written, null for none"))
                }
                source = try c.decodeIfPresent(String.self, forKey: .source)
                target = try c.decodeIfPresent(String.self, forKey: .target)
                trigger = try c.decodeIfPresent(String.self, forKey: .trigger)
                when = try c.decodeIfPresent(String.self, forKey: .when)
            }
        }
        var id: String
        var date: String?
        var text: String
        var events: [GoldEventRecord]
        var tags: [String]?
    }

    static func describe(_ error: DecodingError) -> String {
        func path(_ context: DecodingError.Context) -> String {
            let p = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
            return p.isEmpty ? "" : " at \(p.hasPrefix(".") ? String(p.dropFirst()) : p)"
        }
        switch error {
        case .keyNotFound(let key, let context):
            return "missing '\(key.stringValue)'\(path(context))"
        case .typeMismatch(let type, let context):
            return "expected \(type)\(path(context))"
        case .valueNotFound(let type, let context):
            return "null where \(type) is needed\(path(context))"
        case .dataCorrupted(let context):
            return "not valid JSON\(path(context)): \(context.debugDescription)"
        @unknown default:
            return "\(error)"
        }
    }
}
