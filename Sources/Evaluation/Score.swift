/// Detection counts and the precision, recall and F1 they give.
///
/// Precision is nil when nothing was predicted, recall nil when there was nothing to find, and
/// F1 (= 2·TP / (2·TP + FP + FN)) nil only when both are. The JSON form carries the counts and
/// the three rates.
public struct Score: Sendable, Equatable, Codable {
    public var truePositives: Int
    public var falsePositives: Int
    public var falseNegatives: Int

    public init(truePositives: Int = 0, falsePositives: Int = 0, falseNegatives: Int = 0) {
        self.truePositives = truePositives
        self.falsePositives = falsePositives
        self.falseNegatives = falseNegatives
    }

    /// Adds another score's counts to this one.
    public mutating func add(_ other: Score) {
        truePositives += other.truePositives
        falsePositives += other.falsePositives
        falseNegatives += other.falseNegatives
    }

    /// TP / (TP + FP), or nil when nothing was predicted.
    public var precision: Double? {
        let d = truePositives + falsePositives
        return d == 0 ? nil : Double(truePositives) / Double(d)
    }

    /// TP / (TP + FN), or nil when there was nothing to find.
    public var recall: Double? {
        let d = truePositives + falseNegatives
        return d == 0 ? nil : Double(truePositives) / Double(d)
    }

    /// 2·TP / (2·TP + FP + FN), or nil when all counts are zero.
    public var f1: Double? {
        let d = 2 * truePositives + falsePositives + falseNegatives
        return d == 0 ? nil : Double(2 * truePositives) / Double(d)
    }

    private enum CodingKeys: String, CodingKey {
        case truePositives, falsePositives, falseNegatives, precision, recall, f1
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            truePositives: try c.decode(Int.self, forKey: .truePositives),
            falsePositives: try c.decode(Int.self, forKey: .falsePositives),
            falseNegatives: try c.decode(Int.self, forKey: .falseNegatives))
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(truePositives, forKey: .truePositives)
        try c.encode(falsePositives, forKey: .falsePositives)
        try c.encode(falseNegatives, forKey: .falseNegatives)
        try c.encode(precision, forKey: .precision)
        try c.encode(recall, forKey: .recall)
        try c.encode(f1, forKey: .f1)
    }
}
