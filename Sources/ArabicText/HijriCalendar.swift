import Foundation

/// Hijri dates as Gulf and Saudi news writes them (14 / 10 / 1436هـ، 20 شوال 1436): converted to
/// the civil day by the Umm al-Qura calendar, Saudi Arabia's official one.
enum HijriCalendar {
    /// Years a Hijri date in news carries (1300 AH is 1882; 1500 AH is 2077): four-digit years in
    /// this range are Hijri, not Gregorian.
    static let years = 1300...1500

    private static let calendars: (hijri: Calendar, civil: Calendar) = {
        var h = Calendar(identifier: .islamicUmmAlQura)
        var g = Calendar(identifier: .gregorian)
        let utc = TimeZone(identifier: "UTC")!
        h.timeZone = utc
        g.timeZone = utc
        return (h, g)
    }()

    /// The civil day of a Hijri date, or nil when it is not one (day 30 of a 29-day month).
    static func day(year: Int, month: Int, day: Int) -> CalendarDay? {
        guard years.contains(year), (1...12).contains(month), (1...30).contains(day),
            let date = calendars.hijri.date(from: DateComponents(year: year, month: month, day: day))
        else { return nil }
        // (Foundation rolls day 30 of a 29-day month over to the next month: refuse it.)
        guard calendars.hijri.component(.day, from: date) == day else { return nil }
        let c = calendars.civil.dateComponents([.year, .month, .day], from: date)
        guard let y = c.year, let m = c.month, let d = c.day else { return nil }
        return CalendarDay(year: y, month: m, day: d)
    }

    /// The Hijri year that a civil day falls in.
    static func year(of day: CalendarDay) -> Int? {
        guard let date = calendars.civil.date(from: DateComponents(year: day.year, month: day.month, day: day.day)) else { return nil }
        return calendars.hijri.component(.year, from: date)
    }
}
