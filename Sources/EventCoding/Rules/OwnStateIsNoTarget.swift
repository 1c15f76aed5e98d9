import Lexicon

/// «أدان مجلس الوزراء بمملكة البحرين التفجير»، «أكدت الخارجية المصرية رفض مصر …»: a state named
/// bare as the target of an act of its own agents is where they are, or who speaks, not whom the
/// act is on. For roots whose acts may target their own territory (a visit within it, violence or
/// protest located in it: the ontology's `territory-target`), it stays. Beside another state in
/// the target («نوه مجلس الوزراء بالعلاقات بين المملكة والأردن»), only the other remains.
struct OwnStateIsNoTarget: ArgumentRule {
    let name = "own-state-no-target"

    func apply(_ a: inout Arguments, _ c: TriggerContext) {
        guard !(c.coding.ontology.root(of: c.code)?.territoryTarget ?? true), !a.target.isEmpty,
            let own = a.source.first?.country, a.source.allSatisfy({ $0.country == own })
        else { return }
        // (Coordinated with another state — «العلاقات التي تربط المملكة والأردن» — the own state
        // drops out and the other stays.)
        a.target.removeAll { $0.role == nil && $0.country == own && $0.code == own }
    }
}
