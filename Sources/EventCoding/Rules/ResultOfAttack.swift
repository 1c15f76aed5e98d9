import Lexicon

/// "شُنّت غارة أميركية … أسفرت عن مقتل …": the deaths an attack resulted in have its agent, and,
/// when the dead are not named («قصفت قوات البشمركة معاقل تنظيم داعش … مما أسفر عن مقتل نحو
/// عشرين عنصراً»), its target.
struct ResultOfAttack: ArgumentRule {
    let name = "result-of-attack"

    func apply(_ a: inout Arguments, _ c: TriggerContext) {
        guard c.violent, !c.pat.isReport, !c.trig.isVerb, a.sourceFromContext || a.source.isEmpty, !c.discourse.lastAttacker.isEmpty,
            let k = (max(c.cs, c.trig.from - 3)..<c.trig.from).first(where: { c.toks[$0].matchesAnyReading(c.cues[.resultWords]) })
        else { return }
        a.cite(c.toks[k].cueLocation(c.cues[.resultWords]))
        a.source = c.discourse.lastAttacker
        a.sourceFromContext = false
        if a.target.isEmpty {
            a.target = c.discourse.lastAttackTarget.filter { t in !t.instrument && !a.source.contains { $0.group == t.group } }
        }
    }
}
