import Lexicon

/// "قُتل ثلاثة في غارة إسرائيلية": a violence noun later in the clause whose nisba names the
/// attacker (the same attack, told by its instrument) gives the source; the people the verb or
/// noun names with no state of their own are then its victims.
struct InstrumentNisbaAgent: ArgumentRule {
    let name = "instrument-nisba-agent"

    func apply(_ a: inout Arguments, _ c: TriggerContext) {
        guard c.violent, !c.pat.isReport, a.sourceFromContext || a.source.allSatisfy({ $0.country == nil || $0.role == "CVL" }),
            let (country, j) = c.triggers.lazy.filter({ t in c.isViolentNoun(t) && t.from >= c.trig.to && t.from < c.ce })
                .compactMap({ c.nisbaAfter($0.to) }).first
        else { return }
        if a.target.isEmpty && !a.sourceFromContext { a.target = a.source.filter { $0.country == nil || $0.role == "CVL" } }
        a.sourceFromContext = false
        a.source = [c.nisbaActor(country, at: j, role: "MIL", group: -1)]
        // («قتلوا في الغارات التركية»: the nisba that names the attacker is not also the one hit,
        // which an object's nisba had read from the same word.)
        if a.target.contains(where: { $0.from == j }) { a.target.removeAll { $0.from == j } }
    }
}
