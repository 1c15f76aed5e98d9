import ArabicText

/// The period a relations series is counted by. A week starts on Monday and is named by that day
/// (ISO weeks); a month is "YYYY-MM"; a year "YYYY".
public enum PeriodUnit: String, Sendable, CaseIterable {
    case day, week, month, year

    public func period(of d: CalendarDay) -> String {
        switch self {
        case .day: return d.iso
        case .week:
            let back = (d.weekday + 6) % 7  // days since Monday
            return d.adding(days: -back).iso
        case .month: return String(d.iso.prefix(7))
        case .year: return String(d.iso.prefix(4))
        }
    }

    /// The period of an ISO day ("YYYY-MM-DD") without parsing it where a prefix will do.
    public func period(ofISO iso: String) -> String {
        switch self {
        case .day: return iso
        case .month: return String(iso.prefix(7))
        case .year: return String(iso.prefix(4))
        case .week: return CalendarDay(iso: iso).map(period(of:)) ?? iso
        }
    }
}
