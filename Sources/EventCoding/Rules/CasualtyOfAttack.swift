import Lexicon

/// «أصيب رجل أمن بانفجار قنبلة»، «استشهد جندي جراء قصف»: the subject of a verb of the dead or
/// wounded (cue casualty-verbs), written between the verb and a violence noun governed by a
/// preposition, is the one that violence hit.
struct CasualtyOfAttack: ArgumentRule {
    let name = "casualty-of-attack"

    func apply(_ a: inout Arguments, _ c: TriggerContext) {
        guard !c.trig.isVerb, c.violent, !a.suffered, a.target.isEmpty, c.trig.from > c.cs else { return }
        let before = c.toks[c.trig.from - 1]
        guard
            c.trig.analysis.attachedPreposition != nil || before.matches(c.cues[.prepositions])
                || before.matches(c.cues[.causeCues])
        else { return }
        guard
            let k = (max(c.cs, c.trig.from - 8)..<c.trig.from).reversed()
                .first(where: { c.toks[$0].matchesAnyReading(c.cues[.casualtyVerbs]) }),
            let subject = c.actors.first(where: { $0.from > k && $0.to <= c.trig.from && $0.prep == nil && !$0.placeLike })
        else { return }
        a.cite(c.toks[k].cueLocation(c.cues[.casualtyVerbs]))
        a.target = c.group(subject.group)
    }
}
