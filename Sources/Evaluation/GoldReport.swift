/// The result of ``GoldEvaluator/evaluate(coder:)``: event matching scores, agreement on matched
/// events, role-flag counts, and the errors behind them. See ``GoldEvaluator`` for the rules.
public struct GoldReport: Sendable, Equatable, Codable {
    /// Sentences scored (not tagged `ambiguous`).
    public var sentences = 0
    /// Sentences tagged `ambiguous`, left out.
    public var ambiguousSkipped = 0
    /// Gold events in the scored sentences.
    public var goldEvents = 0
    /// Event matching: TP = matched gold events, FN = missed gold events, FP = distinct unmatched
    /// predictions.
    public var events = Score()
    /// Root-only matching per sentence.
    public var roots = Score()
    /// Exact CAMEO code on matched events.
    public var cameoCode = Agreement()
    /// Full source actor code on matched events.
    public var sourceCode = Agreement()
    /// Full target actor code on matched events.
    public var targetCode = Agreement()
    /// Event date on matched events whose gold date is known.
    public var date = Agreement()
    public var roleFlags = RoleFlagCounts()
    /// Missed and spurious events, disagreements on matched events, and flag errors, in file order.
    public var errors: [ErrorCase] = []

    public init() {}

    /// How many sentences got a `role-outside-term` flag.
    public struct RoleFlagCounts: Sendable, Equatable, Codable {
        /// Sentences tagged `inconsistent-role`.
        public var inconsistentSentences = 0
        /// Of those, the ones with a `role-outside-term` flag.
        public var inconsistentFlagged = 0
        /// Other scored sentences.
        public var otherSentences = 0
        /// Of those, the ones with a `role-outside-term` flag (false alarms).
        public var otherFlagged = 0

        public init() {}
    }

    public enum ErrorKind: String, Sendable, Equatable, Codable {
        /// A gold event no prediction matched.
        case missed
        /// A prediction that matched no gold event.
        case spurious
        /// A matched pair whose CAMEO codes differ.
        case cameoCode
        /// A matched pair whose full source codes differ.
        case sourceCode
        /// A matched pair whose full target codes differ.
        case targetCode
        /// A matched pair whose dates differ.
        case date
        /// An `inconsistent-role` sentence with no `role-outside-term` flag.
        case missedFlag
        /// A `role-outside-term` flag on a sentence not tagged `inconsistent-role`.
        case spuriousFlag
    }

    /// One disagreement, with the sentence and the events involved, one line each.
    public struct ErrorCase: Sendable, Equatable, Codable {
        public var kind: ErrorKind
        public var id: String
        public var text: String
        public var gold: String?
        public var predicted: String?

        public init(kind: ErrorKind, id: String, text: String, gold: String?, predicted: String?) {
            self.kind = kind
            self.id = id
            self.text = text
            self.gold = gold
            self.predicted = predicted
        }
    }

    /// A plain-text report: the scores, then up to `errorLimit` errors of each kind.
    public func render(errorLimit: Int = 10) -> String {
        var out = "Gold events: \(sentences) sentences scored (\(ambiguousSkipped) ambiguous left out), "
        out += "\(goldEvents) gold events\n\n"
        var rows = [["measure", "TP", "FP", "FN", "P", "R", "F1"]]
        for (name, s) in [("events", events), ("roots only", roots)] {
            rows.append([
                name, "\(s.truePositives)", "\(s.falsePositives)", "\(s.falseNegatives)", Format.rate(s.precision),
                Format.rate(s.recall), Format.rate(s.f1),
            ])
        }
        out += Format.table(rows) + "\n"
        out += Format.table([
            ["on matched events", "agreement"],
            ["exact CAMEO code", Format.agreement(cameoCode)],
            ["source actor code", Format.agreement(sourceCode)],
            ["target actor code", Format.agreement(targetCode)],
            ["event date", Format.agreement(date)],
        ])
        out += "\nrole-outside-term flags: \(roleFlags.inconsistentFlagged) of \(roleFlags.inconsistentSentences)"
        out +=
            " inconsistent-role sentences; \(roleFlags.otherFlagged) of \(roleFlags.otherSentences) other sentences\n"
        let kinds: [ErrorKind] = [
            .missed, .spurious, .cameoCode, .sourceCode, .targetCode, .date, .missedFlag, .spuriousFlag,
        ]
        for kind in kinds {
            let cases = errors.filter { $0.kind == kind }
            guard !cases.isEmpty else { continue }
            out += "\n\(kind.rawValue): \(cases.count)"
            out += cases.count > errorLimit ? " (first \(errorLimit))\n" : "\n"
            for c in cases.prefix(errorLimit) {
                out += "- \(c.id) \(c.text)\n"
                if let gold = c.gold { out += "    gold:      \(gold)\n" }
                if let predicted = c.predicted { out += "    predicted: \(predicted)\n" }
            }
        }
        return out
    }
}
