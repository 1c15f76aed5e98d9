import Lexicon

/// "60 شخصاً قُتلوا في هجوم انتحاري": civilians before a violence verb whose only other actor is
/// the attacker inside a later violence noun (the attack told by its instrument) are the victims,
/// and that attacker the agent.
struct VictimsBeforeVerb: ArgumentRule {
    let name = "victims-before-verb"

    func apply(_ a: inout Arguments, _ c: TriggerContext) {
        guard c.violent, c.trig.isVerb, !c.pat.subjectIsTarget, !a.source.isEmpty, a.source.allSatisfy({ $0.role == "CVL" }),
            let t = a.target.first, t.country == nil, t.role != "CVL",
            c.triggers.contains(where: { n in c.isViolentNoun(n) && n.from >= c.trig.to && n.from < t.from && t.from <= n.to + 2 })
        else { return }
        (a.source, a.target) = (a.target, a.source)
    }
}
