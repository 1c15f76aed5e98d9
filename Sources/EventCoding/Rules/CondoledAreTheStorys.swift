import Lexicon

/// «وتقدم مفتي مصر بخالص العزاء لأسر الشهداء»، «معربة عن خالص التعازي لأسر الضحايا»: the families
/// and victims a foreign speaker condoles or stands with are the story's, not the speaker's own
/// people. A bare civilian target (أسر، الضحايا، الجرحى) whose state was only taken from the source's
/// own words («مفتي مصر») is the people of the one other state the headline named («المملكة»، «أبها»);
/// with no such state it stays as it was. Condolences (018) and praise or solidarity (05) only.
struct CondoledAreTheStorys: ArgumentRule {
    let name = "condoled-are-the-storys"

    func apply(_ a: inout Arguments, _ c: TriggerContext) {
        guard c.code == "018" || c.root == "05", let own = a.source.first?.country, a.source.allSatisfy({ $0.country == own }),
            !a.target.isEmpty, a.target.allSatisfy({ $0.role == "CVL" && $0.countryInferred && $0.country == own })
        else { return }
        // (Another mention of the sentence that names the state itself is evidence it is theirs:
        // «أسر الضحايا المصريين»، «شعب مصر».)
        let sourceGroups = Set(a.source.map(\.group))
        let targetGroups = Set(a.target.map(\.group))
        let named = c.found.contains { m in
            m.country == own && !m.countryInferred && !sourceGroups.contains(m.group) && !targetGroups.contains(m.group)
        }
        let others = c.headlineStates.filter { $0 != own }
        guard !named, others.count == 1, let story = others.first else { return }
        for k in a.target.indices {
            a.target[k].country = story
            a.target[k].code = story + "CVL"
        }
    }
}
