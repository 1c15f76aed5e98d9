import Lexicon

/// «أدان مجلس الوزراء بمملكة البحرين التفجير»، «أكدت الخارجية المصرية رفض مصر …»: a state named
/// bare as the target of an act of its own agents is where they are, or who speaks, not whom the
/// act is on. For roots whose acts may target their own territory (a visit within it, violence or
/// protest located in it: the ontology's `territory-target`), it stays.
struct OwnStateIsNoTarget: ArgumentRule {
    let name = "own-state-no-target"

    func apply(_ a: inout Arguments, _ c: TriggerContext) {
        guard !(c.coding.ontology.root(of: c.code)?.territoryTarget ?? true), !a.target.isEmpty,
            a.target.allSatisfy({ $0.role == nil && $0.country != nil && $0.code == $0.country }),
            let own = a.source.first?.country, a.source.allSatisfy({ $0.country == own }), a.target.allSatisfy({ $0.country == own })
        else { return }
        a.target = []
    }
}
