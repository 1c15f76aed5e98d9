import Lexicon

/// «استضافة الأشقاء اللاجئين السوريين»، «وفي المجموع استقبلت سلطات بورما اكثر من 800 مهاجر»،
/// «اللاجئون الذين استقبلتهم الأمم المتحدة»: refugees a state takes in, or people received by
/// the thousand, are no guests of a visit hosted (043) — the host's act is sheltering them, which
/// CAMEO does not code as a meeting. Such a target goes (and with it, the meeting: the pattern
/// needs one). Families and delegations received stay guests.
struct RefugeesAreNoGuests: ArgumentRule {
    let name = "refugees-are-no-guests"

    func apply(_ a: inout Arguments, _ c: TriggerContext) {
        guard c.code.hasPrefix("04"), !a.target.isEmpty else { return }
        func counted(_ m: FoundActor) -> Bool {
            (max(0, m.from - 3)..<m.from).contains { c.toks[$0].isCount }
        }
        a.target.removeAll { t in t.role == "REF" || c.code.hasPrefix("043") && t.role == "CVL" && counted(t) }
        if a.source.contains(where: { $0.role == "REF" }) { a.source = [] }
    }
}
