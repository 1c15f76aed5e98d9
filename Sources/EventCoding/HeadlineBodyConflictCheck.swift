import ArabicText
import Lexicon

/// `headline-body-conflict`: the headline and the body name different holders of the same office
/// (the headline names al-Sharaa, the body calls Assad "the Syrian president").
///
/// Each part makes claims "office O of country C is person P": a title written with a name, or a
/// name alone whose holder held an office on the story's date. Two parts claiming one office for
/// two people conflict.
public struct HeadlineBodyConflictCheck: VerificationCheck {
    public let kind = EventFlag.headlineBodyConflict
    public init() {}

    struct Claim {
        let office: String
        let country: String
        let person: String
        let mention: OfficeMention
        let fact: String
    }

    func claims(_ ms: [OfficeMention], date: CalendarDay?, lexicon: Lexicon) -> [Claim] {
        var out: [Claim] = []
        for m in ms where !m.former && !m.historical {
            guard let id = m.person, let p = Self.person(id, lexicon) else { continue }
            // (An office held by many at once — a group's leader, a minister — names no one holder.)
            if let office = m.office, let country = m.officeCountry, !UnknownOfficeHolderCheck.generic.contains(office) {
                out.append(Claim(office: office, country: country, person: id, mention: m, fact: "\(m.entries.first ?? ""): title \(office) of \(country)"))
            } else if let date {
                for r in p.roles where r.holds(on: date) {
                    guard let office = r.office, let country = r.country, !UnknownOfficeHolderCheck.generic.contains(office) else { continue }
                    out.append(Claim(office: office, country: country, person: id, mention: m, fact: "\(r.location): \(id) \(r.code) \(office) \(r.rangeText)"))
                }
            }
        }
        return out
    }

    public func flags(_ analysis: DocumentAnalysis, publication: CalendarDay?, lexicon: Lexicon) -> [VerificationFlag] {
        let head = claims(analysis.mentions.filter { $0.part == .title }, date: publication, lexicon: lexicon)
        let body = claims(analysis.mentions.filter { $0.part == .text }, date: publication, lexicon: lexicon)
        var out: [VerificationFlag] = []
        var seen = Set<String>()
        for h in head {
            for b in body where b.office == h.office && b.country == h.country && b.person != h.person {
                guard seen.insert("\(h.office) \(h.country) \(h.person) \(b.person)").inserted else { continue }
                let hp = Self.person(h.person, lexicon).map(Self.displayName) ?? h.person
                let bp = Self.person(b.person, lexicon).map(Self.displayName) ?? b.person
                out.append(
                    VerificationFlag(
                        kind: kind, mentions: [mention(h.mention), mention(b.mention)], facts: [h.fact, b.fact],
                        explanation:
                            "The headline names \(hp) («\(h.mention.text)») as \(h.office) of \(h.country), but the body gives that office to \(bp) («\(b.mention.text)»).",
                        explanationArabic: "العنوان يسمّي \(hp) («\(h.mention.text)») لهذا المنصب، بينما ينسبه متن الخبر إلى \(bp) («\(b.mention.text)»)."))
            }
        }
        return out
    }
}
