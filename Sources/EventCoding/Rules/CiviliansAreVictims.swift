import Lexicon

/// "قُتل 13 عراقياً"، "60 شخصاً قُتلوا": civilians named with a violence verb and nothing else are
/// its victims (the unvocalised passive), not its agents. When the sentence named an attacker for
/// an act before it, the civilians after a verb that tells more of it are that attacker's victims
/// («بوكو حرام هاجمت ثلاث قرى …، حيث قتلت عشرة أشخاص»): either reading of the verb gives the same dyad.
struct CiviliansAreVictims: ArgumentRule {
    let name = "civilians-are-victims"

    func apply(_ a: inout Arguments, _ c: TriggerContext) {
        guard c.violent, c.trig.isVerb, a.target.isEmpty, !a.source.isEmpty, a.source.allSatisfy({ $0.role == "CVL" }) else { return }
        let victims = a.source
        a.target = victims
        a.source = []
        // (Only in a clause that tells more of that act, cue elaboration-words: «حيث قتلت»; not a
        // new one, «واستهدف ناشطين»، «كما قتل 15 شخصا».)
        if victims.allSatisfy({ $0.from >= c.trig.to }), !c.discourse.lastAttacker.isEmpty, c.trig.from > 0,
            c.toks[c.trig.from - 1].matches(c.cues[.elaborationWords]),
            !c.discourse.lastAttacker.contains(where: { m in victims.contains { $0.group == m.group } })
        {
            a.source = c.discourse.lastAttacker
        }
    }
}
