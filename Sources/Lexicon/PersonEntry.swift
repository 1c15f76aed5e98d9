import ArabicText

/// A person with names and dated roles.
public struct PersonEntry: Sendable {
    public let id: String
    public let names: [String]
    public let shorts: [String]
    public let roles: [DatedRole]
    public let location: String

    public init(id: String, names: [String], shorts: [String], roles: [DatedRole], location: String) {
        self.id = id
        self.names = names
        self.shorts = shorts
        self.roles = roles
        self.location = location
    }

    /// The role that codes this person on `day`, and why.
    ///
    /// A role holding on the day wins (the latest-starting one if several hold). Outside every
    /// range: the latest role that ended before the day, else the role with the nearest start.
    /// Without a day: the latest-starting role.
    public func role(on day: CalendarDay?) -> (role: DatedRole, reason: String)? {
        guard !roles.isEmpty else { return nil }
        func startKey(_ r: DatedRole) -> Int { r.start?.daysSinceEpoch ?? Int.min }
        guard let day else {
            let r = roles.max { startKey($0) < startKey($1) }!
            return (r, "no date given: the latest role \(r.code) \(r.rangeText) (\(r.location))")
        }
        let holding = roles.filter { $0.holds(on: day) }
        if let r = holding.max(by: { startKey($0) < startKey($1) }) {
            return (r, "holds \(r.code)\(r.office.map { " (\($0))" } ?? "") on \(day.iso): \(r.rangeText) (\(r.location))")
        }
        let ended = roles.filter { ($0.end.map { $0 <= day }) ?? false }
        if let r = ended.max(by: { ($0.end?.daysSinceEpoch ?? 0) < ($1.end?.daysSinceEpoch ?? 0) }) {
            return (r, "no role holds on \(day.iso); the latest earlier role is \(r.code) \(r.rangeText) (\(r.location))")
        }
        let r = roles.min { abs(startKey($0) - day.daysSinceEpoch) < abs(startKey($1) - day.daysSinceEpoch) }!
        return (r, "no role holds on \(day.iso); the nearest is \(r.code) \(r.rangeText) (\(r.location))")
    }
}
