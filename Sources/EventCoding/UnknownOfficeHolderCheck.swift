import ArabicText
import Lexicon

/// `unknown-office-holder`: a title naming an office of a country ("وزير الخارجية الليبي") that the
/// lexicon cannot bind to anyone on the story's date — said plainly rather than guessed.
public struct UnknownOfficeHolderCheck: VerificationCheck {
    public let kind = EventFlag.unknownOfficeHolder
    public init() {}

    /// Offices too generic to have one holder.
    static let generic: Set<String> = ["minister", "official", "spokesperson", "ambassador", "envoy", "deputy", "vice-president", "governor", "mp", "leader"]

    public func flags(_ analysis: DocumentAnalysis, publication: CalendarDay?, lexicon: Lexicon) -> [VerificationFlag] {
        guard let date = publication else { return [] }
        return analysis.mentions.compactMap { m in
            guard m.person == nil, let office = m.office, let country = m.officeCountry, !m.former, !m.historical,
                !Self.generic.contains(office), !m.code.hasPrefix("IGO")
            else { return nil }
            // `office` is not generic, so only its own holders can match (no "minister" wildcard).
            let held = (lexicon.peopleByOffice[office] ?? []).contains { p in
                Self.roles(lexicon.people[p], office: office, country: country).contains { $0.holds(on: date) }
            }
            guard !held else { return nil }
            return VerificationFlag(
                kind: kind, mentions: [mention(m)], facts: m.entries,
                explanation:
                    "«\(m.text)» names the office \(office) of \(country), but the lexicon knows no holder on \(date.iso); it is coded \(m.code) by the office alone.",
                explanationArabic: "«\(m.text)» يشير إلى منصب لا يعرف المعجم من شغله في \(date.iso)، فيُرمَّز \(m.code) بحسب المنصب وحده.")
        }
    }
}
