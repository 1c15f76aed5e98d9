import ArabicText

/// A role a person holds over a half-open period `[start, end)`; either end may be open.
public struct DatedRole: Sendable, Equatable {
    /// CAMEO actor code while the role holds, e.g. SYRGOV.
    public let code: String
    /// The office (a `title` id such as `president`), or nil.
    public let office: String?
    public let start: CalendarDay?
    public let end: CalendarDay?
    /// `file:line` of the `role:` line.
    public let location: String

    public init(code: String, office: String?, start: CalendarDay?, end: CalendarDay?, location: String) {
        self.code = code
        self.office = office
        self.start = start
        self.end = end
        self.location = location
    }

    /// Whether the role holds on `day`.
    public func holds(on day: CalendarDay) -> Bool {
        if let s = start, day < s { return false }
        if let e = end, day >= e { return false }
        return true
    }

    /// The country part of the code (first three letters), or nil for IGO and role-only codes.
    public var country: String? { ActorCode.country(of: code) }

    /// "2000-07-17..2024-12-08" as written in the grammar.
    public var rangeText: String { "\(start?.iso ?? "")..\(end?.iso ?? "")" }
}
