import Lexicon

/// «وصلت إلى مطار عدن طائرة تقل عشرات اليمنيين»: an aircraft, a ship or a weapon arriving is no
/// visit; a visit (042) is made by someone — its source is a person, an office, a group, a state —
/// and with only an instrument as its source the trigger codes nothing.
struct VisitorIsSomeone: ArgumentRule {
    let name = "visitor-is-someone"

    func apply(_ a: inout Arguments, _ c: TriggerContext) {
        guard c.code.hasPrefix("042"), !a.source.isEmpty, a.source.allSatisfy(\.instrument) else { return }
        a.source = []
    }
}
