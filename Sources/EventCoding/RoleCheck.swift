import ArabicText
import Lexicon

/// The `role-outside-term` flag on an event, by the same office matching as `RoleOutsideTermCheck`:
/// a title bound to a person who did not hold that office on the story's date ("رئيس الوزراء الإسرائيلي نفتالي بينيت" in 2023).
///
/// It fires only when the lexicon knows the person held that office (of that country, when the
/// title names one) at some time, and not on the date: a title the lexicon cannot tie to the person
/// is left alone rather than guessed at. A generic "الوزير" matches any ministerial office.
enum RoleCheck {
    static func flag(for a: FoundActor, lexicon: Lexicon, date: CalendarDay?, historical: Bool) -> EventFlag? {
        guard let p = a.person, let title = a.title, !a.former, !historical, let date else { return nil }
        let matching = RoleOutsideTermCheck.roles(lexicon.people[p], office: title.id, country: title.country)
        guard !matching.isEmpty else { return nil }
        return matching.contains { $0.holds(on: date) } ? nil : .roleOutsideTerm
    }
}
