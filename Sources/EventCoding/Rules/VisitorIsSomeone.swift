import Lexicon

/// «وصلت إلى مطار عدن طائرة تقل عشرات اليمنيين»: an aircraft, a ship or a weapon arriving is no
/// visit; a visit (042) is made by someone — its source is a person, an office, a group, a state —
/// and with only an instrument as its source the trigger codes nothing. Nor do people named only
/// as a mass of civilians, refugees, businesses or media arrive on a visit («وصل 120 يمنيا عالقا»،
/// «قوارب اللاجئين تصل إلى إيطاليا»): that is travel or migration, not an act between states.
struct VisitorIsSomeone: ArgumentRule {
    let name = "visitor-is-someone"

    static let masses: Set<String> = ["CVL", "REF", "BUS", "MED"]

    func apply(_ a: inout Arguments, _ c: TriggerContext) {
        guard c.code.hasPrefix("042"), !a.source.isEmpty,
            a.source.allSatisfy({ $0.instrument || Self.masses.contains($0.role ?? "") && $0.person == nil && $0.title == nil })
        else { return }
        a.source = []
    }
}
