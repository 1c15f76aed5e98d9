import ArabicText
import Foundation
import Store

/// Numbers, dates and periods as a reader of the language writes them: Arabic-Indic digits
/// (٠١٢٣٤٥٦٧٨٩, ٫ as the decimal point, ٬ between thousands) and the month names of Arabic news
/// (يناير … ديسمبر) in Arabic; Western digits and English month names in English. Done here rather
/// than with Foundation's locale data, whose Arabic digits and month names differ between
/// platforms and ICU versions. Machine-readable values (links, form fields, CSV) stay ISO.
extension Lang {
    static let arabicDigits: [Character] = ["٠", "١", "٢", "٣", "٤", "٥", "٦", "٧", "٨", "٩"]
    static let monthsEnglish = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
    static let monthsArabic = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"]

    /// Western digits, `.` and `,` of a number written in English, in this language's digits.
    func digits(_ s: String) -> String {
        guard self == .ar else { return s }
        var out = ""
        for c in s {
            if let d = c.wholeNumberValue, c.isASCII {
                out.append(Lang.arabicDigits[d])
            } else if c == "." {
                out.append("٫")
            } else if c == "," {
                out.append("٬")
            } else if c == "-" {
                out.append("\u{2212}")
            }  // a minus sign: a hyphen would read as a dash in Arabic text
            else {
                out.append(c)
            }
        }
        return out
    }

    /// A whole number with thousands separators.
    func number(_ n: Int) -> String {
        let s = String(n.magnitude)
        var grouped = ""
        for (i, c) in s.enumerated() {
            if i > 0 && (s.count - i) % 3 == 0 { grouped.append(",") }
            grouped.append(c)
        }
        return digits((n < 0 ? "-" : "") + grouped)
    }

    /// A number with `places` decimals.
    func number(_ x: Double, places: Int) -> String { digits(String(format: "%.\(places)f", x)) }

    func monthName(_ m: Int) -> String { (self == .ar ? Lang.monthsArabic : Lang.monthsEnglish)[m - 1] }

    /// "15 March 2024" / "١٥ مارس ٢٠٢٤".
    func date(_ d: CalendarDay) -> String { digits("\(d.day)") + " " + monthName(d.month) + " " + digits(String(d.year)) }

    func date(_ d: CalendarDay?, none: String) -> String { d.map { date($0) } ?? none }

    /// A period label of the store ("2024-03", "2024", a week's Monday "2024-03-04", a day) for people.
    func period(_ label: String, by: PeriodUnit) -> String {
        let p = label.split(separator: "-").compactMap { Int($0) }
        switch by {
        case .year: return digits(label)
        case .month where p.count == 2 && (1...12).contains(p[1]): return monthName(p[1]) + " " + digits(String(p[0]))
        case .week:
            guard let d = CalendarDay(iso: label) else { return label }
            return self("week of ", "أسبوع ") + date(d)
        default:
            return CalendarDay(iso: label).map { date($0) } ?? label
        }
    }

    /// A short period label for a chart axis: "Mar 2024" / "مارس ٢٠٢٤", "4 Mar" / "٤ مارس".
    func axisPeriod(_ label: String, by: PeriodUnit) -> String {
        let p = label.split(separator: "-").compactMap { Int($0) }
        switch by {
        case .year: return digits(label)
        case .month where p.count == 2 && (1...12).contains(p[1]):
            let m = self == .ar ? Lang.monthsArabic[p[1] - 1] : String(Lang.monthsEnglish[p[1] - 1].prefix(3))
            return m + " " + digits(String(p[0]))
        default:
            guard let d = CalendarDay(iso: label) else { return label }
            let m = self == .ar ? Lang.monthsArabic[d.month - 1] : String(Lang.monthsEnglish[d.month - 1].prefix(3))
            return digits("\(d.day)") + " " + m
        }
    }
}
