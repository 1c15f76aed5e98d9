import ArabicText

/// Where a story's publication date comes from: the input's `date`, `--date`, or a dateline in
/// its first lines ("دمشق - 16 تشرين الأول 2025"); when none exists, that is said, never guessed.
public struct PublicationDate: Sendable, Equatable, Codable {
    public enum Source: String, Sendable, Codable { case input, option, dateline, none }
    public var day: CalendarDay?
    public var source: Source
    /// The dateline text when the date came from one.
    public var dateline: String?

    /// A dateline, not a date in the story: a short line that is mostly the date, or a date near
    /// the start of its line next to a dash or a bracket ("دمشق - 16 تشرين الأول 2025"، "(سانا)").
    static func isDateline(_ line: String, _ m: DateMention) -> Bool {
        let n = line.unicodeScalars.count
        if n <= 60 { return true }
        guard m.start <= 40 else { return false }
        let window = String(line.unicodeScalars.prefix(m.end + 12))
        return ["-", "–", "—", "ـ", "(", ")", "|"].contains { window.contains($0) }
    }

    /// The first full explicit date (day, month and year) in the first three lines of the text.
    public static func resolve(document: Document, option: CalendarDay?) -> PublicationDate {
        if let d = document.date { return PublicationDate(day: d, source: .input, dateline: nil) }
        if let d = option { return PublicationDate(day: d, source: .option, dateline: nil) }
        let head = ([document.title ?? ""] + document.text.split(whereSeparator: \.isNewline).prefix(3).map(String.init))
        for line in head where !line.isEmpty {
            let scanned = String(line.unicodeScalars.prefix(200))
            for m in DateExpressions.find(in: scanned, publication: nil) where m.kind == .explicit && !m.isRelative {
                guard let day = m.day, isDateline(scanned, m) else { continue }
                return PublicationDate(day: day, source: .dateline, dateline: m.text)
            }
        }
        return PublicationDate(day: nil, source: .none, dateline: nil)
    }
}
