import Lexicon

/// "الغارات الإسرائيلية"، "القصف الروسي": a nisba on an attack noun names the attacker's military.
struct AttackNisbaAgent: ArgumentRule {
    let name = "attack-nisba-agent"

    func apply(_ a: inout Arguments, _ c: TriggerContext) {
        guard !c.trig.isVerb, !a.suffered, a.source.isEmpty, c.violent, let (country, j) = c.nisbaAfter(c.trig.to) else { return }
        a.source = [c.nisbaActor(country, at: j, role: "MIL", group: -1)]
    }
}
