/// The result of ``GSREvaluator/evaluate(coder:)``: detection scores and country agreement per
/// event type, and the sentences the coder got wrong.
public struct GSRReport: Sendable, Equatable, Codable {
    /// One result per event type, in ``GSREvaluator/eventTypes`` order.
    public var results: [EventTypeResult]
    /// False positives, false negatives and country disagreements, in file order per type.
    public var errors: [ErrorCase]

    public init(results: [EventTypeResult], errors: [ErrorCase]) {
        self.results = results
        self.errors = errors
    }

    /// The result for one event type ("ASSAULT", "PROTEST").
    public func result(_ eventType: String) -> EventTypeResult? {
        results.first { $0.eventType == eventType }
    }

    /// Sentence-level detection of one event type.
    public struct EventTypeResult: Sendable, Equatable, Codable {
        public var eventType: String
        /// Sentences labelled `yes`.
        public var positives = 0
        /// Sentences labelled `easy no` or `difficult no`.
        public var negatives = 0
        /// Sentences labelled `ambiguous`, left out of every count here.
        public var ambiguous = 0
        public var score = Score()
        public var trueNegatives = 0
        /// Source country agreement on true positives whose gold spans name a source country.
        public var sourceCountry = Agreement()
        /// Target country agreement on true positives whose gold spans name a target country.
        public var targetCountry = Agreement()

        public init(eventType: String) { self.eventType = eventType }
    }

    public enum ErrorKind: String, Sendable, Equatable, Codable {
        case falsePositive, falseNegative, sourceCountry, targetCountry
    }

    /// One sentence the coder got wrong.
    public struct ErrorCase: Sendable, Equatable, Codable {
        public var kind: ErrorKind
        public var eventType: String
        public var id: String
        /// The GSR label (`yes`, `easy no`, `difficult no`).
        public var label: String
        public var text: String
        /// Every event the coder returned for the sentence, one line each.
        public var predicted: [String]
        /// For country disagreements, the gold countries of that role.
        public var gold: [String]

        public init(
            kind: ErrorKind, eventType: String, id: String, label: String, text: String, predicted: [String],
            gold: [String] = []
        ) {
            self.kind = kind
            self.eventType = eventType
            self.id = id
            self.label = label
            self.text = text
            self.predicted = predicted
            self.gold = gold
        }
    }

    /// A plain-text report: a table of scores per event type, then up to `errorLimit` errors of
    /// each kind and type.
    public func render(errorLimit: Int = 10) -> String {
        var rows = [
            ["type", "pos", "neg", "amb", "TP", "FP", "FN", "TN", "P", "R", "F1", "source country", "target country"]
        ]
        for r in results {
            let s = r.score
            rows.append([
                r.eventType, "\(r.positives)", "\(r.negatives)", "\(r.ambiguous)", "\(s.truePositives)",
                "\(s.falsePositives)", "\(s.falseNegatives)", "\(r.trueNegatives)", Format.rate(s.precision),
                Format.rate(s.recall), Format.rate(s.f1), Format.agreement(r.sourceCountry),
                Format.agreement(r.targetCountry),
            ])
        }
        var out = "GSR sentence-level event detection (label yes = positive; easy/difficult no = negative)\n\n"
        out += Format.table(rows)
        for r in results {
            for kind in [ErrorKind.falsePositive, .falseNegative, .sourceCountry, .targetCountry] {
                let cases = errors.filter { $0.eventType == r.eventType && $0.kind == kind }
                guard !cases.isEmpty else { continue }
                out += "\n\(r.eventType) \(kind.rawValue): \(cases.count)"
                out += cases.count > errorLimit ? " (first \(errorLimit))\n" : "\n"
                for c in cases.prefix(errorLimit) {
                    out += "- \(c.id) [\(c.label)] \(c.text)\n"
                    if !c.gold.isEmpty { out += "    gold: \(c.gold.joined(separator: ", "))\n" }
                    out +=
                        c.predicted.isEmpty
                        ? "    predicted: nothing\n" : c.predicted.map { "    predicted: \($0)\n" }.joined()
                }
            }
        }
        return out
    }
}
