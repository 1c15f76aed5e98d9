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
            // Only where the story asserts the role now: the mention is an actor of an act it reports
            // as news (dated within days of the story), not a title in passing or in history.
            guard Self.actsNow(m, analysis, date) else { return nil }
            // A year of the term written in the sentence (في عام 1993، عينها الرئيس بيل كلينتون): the
            // story speaks of then.
            if Self.yearsIn(m, analysis).contains(where: { y in matching.contains { Self.term($0, holds: y) } }) { return nil }
            // A minister who held another office of the same state that day, or called by a generic
            // «الوزير»: the lexicon may lack the office (a note, not a contradiction).
            let country = m.officeCountry ?? matching.first?.country
            let otherOffice = p.roles.first { r in
                r.holds(on: date) && r.office != nil && (r.country == country || ActorCode.isIGO(m.code) && r.code.hasPrefix(String(m.code.prefix(6))))
            }
            // (Only for ministries, whose portfolios the lexicon does not all know; a head of state or
            // government named by another of his offices — «رئيس الوزراء التركي أردوغان» in 2019 —
            // is a misstatement.)
            let portfolio = office == "minister" || office.hasSuffix("minister") && !office.hasSuffix("prime-minister")
            if portfolio && (otherOffice != nil || office == "minister") {
                let name = Self.displayName(p)
                let held = otherOffice.map { "held \($0.office ?? $0.code) that day (\($0.location))" } ?? "held some ministry then"
                return VerificationFlag(
                    kind: .otherOffice, mentions: [mention(m)], facts: matching.map { "\($0.location): \(id) \($0.code) \($0.office ?? "-") \($0.rangeText)" },
                    explanation:
                        "«\(m.text)» calls \(name) \(office); the lexicon knows \(name) in that office only at other times, but \(name) \(held): the lexicon may lack this office.",
                    explanationArabic:
                        "«\(m.text)»: لا يعرف المعجم \(name) في هذا المنصب في \(date.iso) إلا في أوقات أخرى، غير أنه كان يشغل منصباً آخر في الدولة نفسها، فلعل المعجم يفتقر إلى هذا المنصب."
                )
            }
            // The term nearest the story's date: the last one that ended before it, else the next.
            let ended = matching.filter { ($0.end.map { $0 <= date }) ?? false }
            let term =
                ended.max { $0.end!.daysSinceEpoch < $1.end!.daysSinceEpoch }
                ?? matching.min { ($0.start?.daysSinceEpoch ?? 0) < ($1.start?.daysSinceEpoch ?? 0) }!
            let latest = term
            let name = Self.displayName(p)
            let officeName = office + (m.officeCountry.map { " of \($0)" } ?? "")
            // Coded by the person's role on the date, unless the headline names the office's
            // holder then (headline-body-conflict): then by the office.
            let byOffice = p.role(on: date)?.role.code != m.code
            let coded =
                byOffice
                ? "so the mention is coded by the office, \(m.code), the headline naming its holder on that date"
                : "so the mention is coded by \(name)'s role on that date, \(m.code)"
            let codedArabic = byOffice ? "فيُرمَّز بالمنصب \(m.code)، إذ يسمّي العنوان شاغله في ذلك التاريخ" : "فيُرمَّز بصفته في ذلك التاريخ \(m.code)"
            return VerificationFlag(
                kind: kind, mentions: [mention(m)],
                facts: matching.map { "\($0.location): \(id) \($0.code) \($0.office ?? "-") \($0.rangeText)" },
                explanation:
                    "«\(m.text)» calls \(name) \(officeName); \(name) held that office \(Self.range(latest)), and the story's date \(date.iso) falls outside that term, \(coded).",
                explanationArabic: "«\(m.text)»: شغل \(name) هذا المنصب \(Self.rangeArabic(latest))، وتاريخ الخبر \(date.iso) خارج هذه الولاية، \(codedArabic)."
            )
        }
    }

    /// Whether the mention is the source or target of an event of its sentence dated within a week
    /// of the story (an act reported as news).
    static func actsNow(_ m: OfficeMention, _ analysis: DocumentAnalysis, _ date: CalendarDay) -> Bool {
        analysis.events.contains { e in
            guard e.part == m.part, e.sentence == m.sentence, let d = e.date, abs(d.daysSinceEpoch - date.daysSinceEpoch) <= 7 else { return false }
            return [e.source, e.target].contains { a in a.map { $0.start < m.end && m.start < $0.end } ?? false }
        }
    }

    /// Four-digit years written in the mention's sentence.
    static func yearsIn(_ m: OfficeMention, _ analysis: DocumentAnalysis) -> [Int] {
        let sentences = analysis.sentences.filter { $0.part == m.part }
        guard m.sentence < sentences.count else { return [] }
        let text = sentences[m.sentence].span.text
        return text.unicodeScalars.split { !("0"..."9").contains($0) }.compactMap { Int(String(String.UnicodeScalarView($0))) }.filter {
            (1900...2100).contains($0)
        }
    }

    /// Whether a term includes some day of year `y`.
    static func term(_ r: DatedRole, holds y: Int) -> Bool {
        (r.start.map { $0.year <= y } ?? true) && (r.end.map { $0.year >= y } ?? true)
    }
}
