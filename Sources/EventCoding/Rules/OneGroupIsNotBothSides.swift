import Lexicon

/// «خطفت جبهة النصرة ذراع تنظيم القاعدة في سوريا خمسة مقاتلين»، «هددت جماعة ولاية سيناء ذراع داعش
/// … بقتل رهينة»: a known armed group (an IMG code) on both sides of an act of force or a threat
/// is the group named twice (its apposition, its parent, its own dead), not an act on itself.
/// The target is dropped; the act keeps its source.
struct OneGroupIsNotBothSides: ArgumentRule {
    let name = "one-group-not-both-sides"
    /// Threats, force, coercion and violence (13, 15, 17–20).
    static let roots: Set<String> = ["13", "15", "17", "18", "19", "20"]

    func apply(_ a: inout Arguments, _ c: TriggerContext) {
        guard Self.roots.contains(c.root), let code = a.source.first?.code, code.hasPrefix("IMG"), a.source.allSatisfy({ $0.code == code }),
            !a.target.isEmpty, a.target.allSatisfy({ $0.code == code })
        else { return }
        a.target = []
    }
}
