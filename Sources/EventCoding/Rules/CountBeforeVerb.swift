import Lexicon

/// "إن 6 حوثيين قُتلوا برصاص المقاومة"، "نحو 70 حوثيا قتلوا"، "8 حوثيين ومن قوات صالح قتلوا": a
/// counted subject (and more of the counted after it) right before a
/// violence verb is its victims (counts are told of the killed, not of killers); the agent is
/// the one an agent phrase after the verb names (AgentPhrase, later). So is the subject of a death
/// toll's formula, counted or not: «سبعة من الحشد قتلوا»، «إن جنديين قتلا وأصيب أربعة آخرون»
/// (cue wounded-also-words right after the verb: its voice is the passive).
struct CountBeforeVerb: ArgumentRule {
    let name = "count-before-verb"

    func apply(_ a: inout Arguments, _ c: TriggerContext) {
        guard c.violent, c.trig.isVerb, !c.pat.subjectIsTarget, let s = a.source.first, a.source.allSatisfy({ $0.group == s.group }),
            s.from >= c.cs, let last = a.source.last, last.to <= c.trig.from
        else { return }
        // (A verb with «و» after a partitive count is coordinated with an earlier one, whose
        // subject it shares: «كوّنوا 4 من خلايا داعش واستهدفوا …».)
        let partitive =
            s.from - 1 > c.cs && c.toks[s.from - 1].normWord == Words.min && c.toks[s.from - 2].isCount
            && !c.toks[c.trig.from].firstReadingHasConjunction
        let counted = s.from > c.cs && c.toks[s.from - 1].isCount || partitive
        let toll = c.trig.to < c.toks.count && c.toks[c.trig.to].spelled(c.cues[.woundedAlsoWords])
        guard counted || toll,
            // (Only more of the counted may stand between: «8 حوثيين ومن قوات صالح قتلوا».)
            (last.to..<c.trig.from).allSatisfy({ k in
                c.actorTokens.contains(k) || zip(c.toks[k].analyses, c.toks[k].stems).contains { $0.hasConjunction && c.cues[.prepositions].contains($1) }
            })
        else { return }
        a.target = a.source + c.actors.filter { $0.from >= last.to && $0.to <= c.trig.from }
        a.source = c.agentAfter() ?? []
    }
}
