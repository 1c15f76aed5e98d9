import Lexicon

/// «وفي محافظة مأرب، قتل أبو عبدالله بن يحيى بدر الدين الحوثي وقياديان آخران في المواجهات»،
/// «أن جنرالا كبيرا … ومن أقرب مساعدي الرئيس بيار نكورونزيزا قتل يوم أمس الأحد في هجوم صاروخي»،
/// «أن جنديًا في الحلف قتل في هذا الهجوم»: an unvocalised verb of the dead (cue casualty-verbs)
/// whose subject the frame took from a mention with words between (so that the adjacent-passive
/// rules did not read it), with no object at all in its clause (no count, no bare mention after
/// it) and a circumstance soon after (cue passive-followers, «وأصيب»), is the passive: the mention
/// is the dead, not a killer of the place where it happened. The agent is the one an agent phrase
/// names; the later rules may take the owner of the attack.
struct PassiveWithNoObject: ArgumentRule {
    let name = "passive-with-no-object"

    func apply(_ a: inout Arguments, _ c: TriggerContext) {
        let verb = c.toks[c.trig.from]
        guard c.violent, c.trig.isVerb, !c.trig.passive, !c.pat.subjectIsTarget, !a.framed, a.target.isEmpty, !a.source.isEmpty,
            verb.matchesAnyReading(c.cues[.casualtyVerbs]),
            let s = a.source.first, let last = a.source.last, a.source.allSatisfy({ $0.group == s.group && $0.prep == nil && !$0.placeLike })
        else { return }
        // (No object in the clause after the verb: a count or a bare mention other than the subject.)
        let rest = c.trig.to..<max(c.trig.to, c.ce)
        guard !rest.contains(where: { c.toks[$0].isCount }),
            !c.actors.contains(where: { rest.contains($0.from) && $0.prep == nil && !$0.placeLike && $0.group != s.group })
        else { return }
        // A circumstance within four words after its subject (VSO, «قتل … الحوثي وقياديان آخران في
        // المواجهات»); after a subject at most four words before it (SVO), right after the verb or
        // its date («قتل يوم أمس الأحد في هجوم»): a word there may be its object («قتلت القيادي»).
        let vso = s.from > c.trig.from
        if !vso {
            guard c.trig.from - last.to <= 4 else { return }
        }
        let from = vso ? last.to : c.trig.to
        var start = from
        if !vso { while start < c.toks.count, c.dateTokens.contains(start) { start += 1 } }
        let window = vso ? from..<min(c.toks.count, from + 4) : start..<min(c.toks.count, start + 1)
        guard
            let k = window.first(where: {
                c.toks[$0].matches(c.cues[.passiveFollowers]) || c.toks[$0].matches(c.cues[.woundedAlsoWords]) || c.dateTokens.contains($0)
            }),
            !(from..<k).contains(where: { j in c.toks[j].readings.hasVerbReading && !c.dateTokens.contains(j) && c.toks[j].isWord && j != from })
        else { return }
        a.cite(c.toks[k].cueLocation(c.cues[.passiveFollowers]))
        a.target = a.source
        a.source = c.agentAfter() ?? []
        a.sourceFromContext = false
    }
}
