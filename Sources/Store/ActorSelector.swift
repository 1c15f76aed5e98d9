/// An actor in a query: a three-letter country code matches every actor of that country (SYR
/// matches SYRGOV, SYRMIL…); a longer code matches that actor code exactly.
public struct ActorSelector: Sendable, Equatable, CustomStringConvertible {
    public let code: String

    /// Nil unless the code is 3–15 upper-case letters or digits.
    public init?(_ raw: String) {
        let c = raw.uppercased()
        guard (3...15).contains(c.count), c.unicodeScalars.allSatisfy({ ("A"..."Z").contains($0) || ("0"..."9").contains($0) }) else { return nil }
        code = c
    }

    /// True when the selector names a country (three letters), so the country column is matched.
    public var isCountry: Bool { code.count == 3 }
    public var description: String { code }
}
