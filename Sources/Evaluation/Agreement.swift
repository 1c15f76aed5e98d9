/// How often a predicted value agreed with the gold one, over the cases where both could be
/// compared.
public struct Agreement: Sendable, Equatable, Codable {
    public var agreed: Int
    public var compared: Int

    public init(agreed: Int = 0, compared: Int = 0) {
        self.agreed = agreed
        self.compared = compared
    }

    /// agreed / compared, or nil when nothing was compared.
    public var rate: Double? { compared == 0 ? nil : Double(agreed) / Double(compared) }

    /// Counts one comparison.
    public mutating func record(_ agrees: Bool) {
        compared += 1
        if agrees { agreed += 1 }
    }

    private enum CodingKeys: String, CodingKey { case agreed, compared, rate }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(agreed: try c.decode(Int.self, forKey: .agreed), compared: try c.decode(Int.self, forKey: .compared))
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(agreed, forKey: .agreed)
        try c.encode(compared, forKey: .compared)
        try c.encode(rate, forKey: .rate)
    }
}
