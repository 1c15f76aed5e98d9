import Lexicon

/// «استنكرت باكستان الهجوم الإرهابي الذي استهدف مسجد قوات الطوارئ»: what is condemned (111) is an
/// attack, and its target is who carried it out. The victims and the place named in the attack's
/// own phrase are not; when the story does not name the attacker (a nisba on the attack is read by
/// ``CondemnedActNisba``), the target is an unidentified armed actor (UAF), as the gold codes it.
struct CondemnedAttackAgent: ArgumentRule {
    let name = "condemned-attack-agent"

    func apply(_ a: inout Arguments, _ c: TriggerContext) {
        guard c.pat.code == "111", !a.source.isEmpty,
            let attack = c.triggers.first(where: { $0.from >= c.trig.to && c.words(from: c.trig.to, to: $0.from) <= 3 && c.isViolentNoun($0) })
        else { return }
        // A target before the attack, or the attack's nisba (أدان الهجوم الإسرائيلي), stays.
        guard a.targetRule != CondemnedActNisba.name, a.target.isEmpty || a.target.allSatisfy({ $0.from >= attack.to }) else { return }
        // An armed group named in the attack's phrase («الذي تبناه تنظيم داعش») carried it out.
        if let group = c.after.first(where: { $0.from >= attack.to && ($0.code.hasPrefix("IMG") || $0.role == "REB" || $0.role == "INS") }) {
            a.target = c.group(group.group)
            return
        }
        a.target = [
            FoundActor(
                from: attack.from, to: attack.to, code: "UAF", country: nil, role: "UAF", prep: nil, group: -2, coordinated: false, placeLike: false,
                entries: [], title: nil, person: nil, personRoleReason: nil, former: false)
        ]
    }
}
