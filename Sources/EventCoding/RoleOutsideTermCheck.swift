import ArabicText
import Lexicon

/// `role-outside-term`: a title bound to a person who did not hold that office on the story's date.
/// Silent for former holders ("الرئيس السابق"), historical asides ("عندما كان رئيساً"), and titles
/// the lexicon cannot tie to the person at any time.
public struct RoleOutsideTermCheck: VerificationCheck {
    public let kind = EventFlag.roleOutsideTerm
    public init() {}

    public func flags(_ analysis: DocumentAnalysis, publication: CalendarDay?, lexicon: Lexicon) -> [VerificationFlag] {
        guard let date = publication else { return [] }
        return analysis.mentions.compactMap { m in
            guard let id = m.person, let office = m.office, !m.former, !m.historical, let p = Self.person(id, lexicon) else { return nil }
            let matching = Self.roles(p, office: office, country: m.officeCountry)
            guard !matching.isEmpty, !matching.contains(where: { $0.holds(on: date) }) else { return nil }
            // The term nearest the story's date: the last one that ended before it, else the next.
            let ended = matching.filter { ($0.end.map { $0 <= date }) ?? false }
            let term = ended.max { $0.end!.daysSinceEpoch < $1.end!.daysSinceEpoch }
                ?? matching.min { ($0.start?.daysSinceEpoch ?? 0) < ($1.start?.daysSinceEpoch ?? 0) }!
            let latest = term
            let name = Self.displayName(p)
            let officeName = office + (m.officeCountry.map { " of \($0)" } ?? "")
            // Coded by the person's role on the date, unless the headline names the office's
            // holder then (headline-body-conflict): then by the office.
            let byOffice = p.role(on: date)?.role.code != m.code
            let coded = byOffice
                ? "so the mention is coded by the office, \(m.code), the headline naming its holder on that date"
                : "so the mention is coded by \(name)'s role on that date, \(m.code)"
            let codedArabic = byOffice ? "فيُرمَّز بالمنصب \(m.code)، إذ يسمّي العنوان شاغله في ذلك التاريخ" : "فيُرمَّز بصفته في ذلك التاريخ \(m.code)"
            return VerificationFlag(
                kind: kind, mentions: [mention(m)],
                facts: matching.map { "\($0.location): \(id) \($0.code) \($0.office ?? "-") \($0.rangeText)" },
                explanation: "«\(m.text)» calls \(name) \(officeName); \(name) held that office \(Self.range(latest)), and the story's date \(date.iso) falls outside that term, \(coded).",
                explanationArabic: "«\(m.text)»: شغل \(name) هذا المنصب \(Self.rangeArabic(latest))، وتاريخ الخبر \(date.iso) خارج هذه الولاية، \(codedArabic).")
        }
    }
}
