import ArabicText
import Lexicon

/// One verification rule: reads a coded article and the lexicon, returns its flags.
public protocol VerificationCheck: Sendable {
    var kind: EventFlag { get }
    func flags(_ analysis: DocumentAnalysis, publication: CalendarDay?, lexicon: Lexicon) -> [VerificationFlag]
}

extension VerificationCheck {
    func mention(_ m: OfficeMention) -> FlagMention {
        FlagMention(part: m.part, sentence: m.sentence, text: m.text, start: m.start, end: m.end)
    }

    /// Roles of a person for an office, optionally of one country; a generic "الوزير" matches any ministry.
    static func roles(_ p: PersonEntry, office: String, country: String?) -> [DatedRole] {
        p.roles.filter { r in
            guard let o = r.office else { return false }
            let same = o == office || (office == "minister" && o.hasSuffix("minister"))
            return same && (country == nil || r.country == country)
        }
    }

    static func person(_ id: String, _ lexicon: Lexicon) -> PersonEntry? { lexicon.personByID[id].map { lexicon.people[$0] } }

    static func displayName(_ p: PersonEntry) -> String { p.names.first ?? p.id }

    static func range(_ r: DatedRole) -> String {
        "from \(r.start?.iso ?? "an unknown date") to \(r.end?.iso ?? "today")"
    }

    static func rangeArabic(_ r: DatedRole) -> String {
        "من \(r.start?.iso ?? "تاريخ غير معروف") إلى \(r.end?.iso ?? "اليوم")"
    }
}
