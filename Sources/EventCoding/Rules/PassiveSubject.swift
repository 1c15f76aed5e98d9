import Lexicon

/// «إن خمسة أفراد من قوات الأمن المصرية قُتلوا في هجوم»، «رجلا قُتل جراء قصف»، «جنديا قتل عندما
/// فتح مقاتلون أكراد النار»، «عشرة من موظفيهما اعتقلوا في غرب بورما»: a verb of the dead or wounded
/// (cue casualty-verbs) or of arrest (cue arrest-verbs), written unvocalised
/// so that its past reads as its passive too, with its subject before it and nothing after it but
/// a circumstance (cue passive-followers: في، خلال، جراء، عندما، أمس; a comma; «على يد») is the passive: its
/// subject is the dead (or the held), not the killer. The agent is the one an agent phrase after the verb names;
/// the later rules may take the owner of the attack it came in.
struct PassiveSubject: ArgumentRule {
    let name = "passive-subject"

    func apply(_ a: inout Arguments, _ c: TriggerContext) {
        let verb = c.toks[c.trig.from]
        guard c.trig.isVerb, !c.trig.passive, !c.pat.subjectIsTarget, !a.sourceFromContext, !a.framed,
            let s = a.source.first, let last = a.source.last, s.from >= c.cs, last.to <= c.trig.from,
            a.source.allSatisfy({ $0.group == s.group && $0.prep == nil }),
            c.violent && verb.matchesAnyReading(c.cues[.casualtyVerbs]) || c.root == "17" && verb.matchesAnyReading(c.cues[.arrestVerbs])
        else { return }
        // (Only more of the subject, «على الأقل», or its adjectives may stand between it and the
        // verb: «وخمسة متشددين أجانب آخرين قتلوا».)
        let between = (last.to..<c.trig.from).filter { !c.actorTokens.contains($0) }
        guard between.count <= 2,
            between.allSatisfy({
                c.toks[$0].matchesAnyReading(c.cues[.approximationWords]) || c.toks[$0].matches(Words.ala)
                    || c.toks[$0].isWord && !c.toks[$0].readings.hasVerbReading && !c.toks[$0].matches(c.cues[.prepositions])
                        && c.toks[$0].analyses.allSatisfy({ $0.prefix.isEmpty })
            })
        else { return }
        // (Nothing after the verb may read as its object: a count or a bare mention soon after is
        // one, «القوات قتلت أمس 16 مسلحا».)
        guard c.trig.to < c.toks.count else { return }
        let next = c.toks[c.trig.to]
        let agent = c.agentAfter()
        let follower =
            !next.isWord || next.matches(c.cues[.passiveFollowers]) || next.matches(c.cues[.woundedAlsoWords])
            || agent.map({ $0[0].from <= c.trig.to + 3 }) ?? false
        guard follower else { return }
        // (An arrest verb is active after its subject with a circumstance first more often — «إن
        // قوة من الجيش أوقفت في محلتي …، 23 شخصا» — so it reads as the passive only with its
        // agent phrase: «اعتقلوا على أيدي مقاتلي جبهة النصرة».)
        if c.root == "17", agent.map({ $0[0].from > c.trig.to + 3 }) ?? true { return }
        let soon = c.trig.to..<min(c.toks.count, c.ce, c.trig.to + 4)
        // (After a preposition or a word of cause — «جراء قصف القوات الأوكرانية» — what follows is
        // that phrase's, not the verb's object.)
        let phraseOpens =
            next.matches(c.cues[.timeClauseWords]) || next.matches(c.cues[.prepositions]) || next.matches(c.cues[.causeCues])
            || next.analyses.allSatisfy { $0.attachedPreposition != nil }
        guard !soon.contains(where: { c.toks[$0].isCount }),
            phraseOpens || !c.actors.contains(where: { soon.contains($0.from) && $0.prep == nil && !$0.placeLike && $0.group != s.group })
        else { return }
        a.cite(next.cueLocation(c.cues[.passiveFollowers]))
        a.target = a.source
        a.source = agent ?? []
    }
}
