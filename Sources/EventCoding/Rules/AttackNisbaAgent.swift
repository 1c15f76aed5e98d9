import Lexicon

/// "الغارات الإسرائيلية"، "القصف الروسي": a nisba on an attack noun names the attacker's military;
/// not a nisba inside the mention after it, nor one after a noun of the dead («مقتل عسكريين
/// تركيين»: the dead are Turkish, cue casualty-nouns).
struct AttackNisbaAgent: ArgumentRule {
    let name = "attack-nisba-agent"

    func apply(_ a: inout Arguments, _ c: TriggerContext) {
        guard !c.trig.isVerb, !a.suffered, a.source.isEmpty, c.violent, !c.toks[c.trig.from].matchesAnyReading(c.cues[.casualtyNouns]),
            let (country, j) = c.nisbaAfter(c.trig.to, outside: c.actorTokens)
        else { return }
        a.source = [c.nisbaActor(country, at: j, role: "MIL", group: -1)]
    }
}
