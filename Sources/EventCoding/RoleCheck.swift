import ArabicText
import Lexicon

/// The `role-outside-term` check: a title bound to a person who did not hold that office on the
/// story's date.
enum RoleCheck {
    static func flag(for a: FoundActor, lexicon: Lexicon, date: CalendarDay?) -> String? {
        guard let p = a.person, let title = a.title, !a.former, let date else { return nil }
        let person = lexicon.people[p]
        let heldOffice = person.roles.contains { r in
            r.office == title.id && (title.country == nil || r.country == title.country)
        }
        guard heldOffice || person.roles.contains(where: { $0.office != nil }) else { return nil }
        let holds = person.roles.contains { r in
            r.office == title.id && (title.country == nil || r.country == title.country) && r.holds(on: date)
        }
        return holds ? nil : "role-outside-term"
    }
}
