import ArabicText
import Foundation

/// Publication dates in feeds, read as the calendar day written, in the feed's own time zone.
enum FeedDate {
    /// An RFC 822 / 2822 date (`Thu, 16 Oct 2025 09:30:00 +0300`), tolerating a missing weekday,
    /// two-digit years, any zone name, full month names, `Oct 16, 2025`, and ISO 8601 dates.
    static func rfc822(_ raw: String) -> CalendarDay? {
        let s = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        if let d = iso8601(s) { return d }
        var tokens = s.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "-" || $0 == "\t" || $0 == "/" })
            .map { String($0).lowercased() }
        if let first = tokens.first, weekdays.contains(where: { first.hasPrefix($0) }) { tokens.removeFirst() }
        guard tokens.count >= 3 else { return nil }
        if let m = month(tokens[1]), let d = Int(tokens[0]), let y = year(tokens[2]) {
            return CalendarDay(year: y, month: m, day: d)
        }
        if let m = month(tokens[0]), let d = Int(tokens[1]), let y = year(tokens[2]) {
            return CalendarDay(year: y, month: m, day: d)
        }
        return nil
    }

    /// The date part of an ISO 8601 date or date-time (`2025-10-16`, `2025-10-16T09:30:00+03:00`,
    /// `20251016`, `20251016T0930`).
    static func iso8601(_ raw: String) -> CalendarDay? {
        let s = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        let chars = Array(s)
        if chars.count >= 10, chars[4] == "-", chars[7] == "-", chars.count == 10 || !chars[10].isNumber {
            return CalendarDay(iso: String(chars[0..<10]))
        }
        if chars.count >= 8, chars[0..<8].allSatisfy({ $0.isASCII && $0.isNumber }), chars.count == 8 || !chars[8].isNumber,
            let y = Int(String(chars[0..<4])), let m = Int(String(chars[4..<6])), let d = Int(String(chars[6..<8]))
        {
            return CalendarDay(year: y, month: m, day: d)
        }
        return nil
    }

    private static let weekdays = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
    private static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]

    private static func month(_ t: String) -> Int? {
        guard t.count >= 3, t.allSatisfy({ $0.isASCII && $0.isLetter }), let i = months.firstIndex(of: String(t.prefix(3))) else { return nil }
        return i + 1
    }

    /// A 4-digit year; a 2-digit one as RFC 2822 reads it (00–49 → 20xx, 50–99 → 19xx); 3 digits + 1900.
    private static func year(_ t: String) -> Int? {
        guard t.allSatisfy({ $0.isASCII && $0.isNumber }), let v = Int(t) else { return nil }
        switch t.count {
        case 4: return v
        case 2: return v < 50 ? 2000 + v : 1900 + v
        case 3: return 1900 + v
        default: return nil
        }
    }
}
