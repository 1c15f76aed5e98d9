import Lexicon

/// «قتل جندي تركي في هجوم لحزب العمال الكردستاني»، «وقتل ضابطا شرطة في هجوم استهدفهما»: a verb
/// of the dead or wounded (cue casualty-verbs), written unvocalised, with a mention right after it
/// (or after its head noun)
/// and then only a circumstance (cue passive-followers: في، خلال، جراء، برصاص; or «وأصيب»), and no
/// object soon after in its clause (no bare mention, no count), is the passive (قُتل): the
/// mention is the dead, not the killer. The agent is the one an agent phrase names; the later rules
/// may take the owner of the attack it came in. (The active verb has its object: «قتل الجيش في
/// غارة 20 مسلحا».)
struct PassiveAfterVerb: ArgumentRule {
    let name = "passive-after-verb"

    func apply(_ a: inout Arguments, _ c: TriggerContext) {
        let verb = c.toks[c.trig.from]
        guard c.violent, c.trig.isVerb, !c.trig.passive, !c.trig.ownSubject, !c.pat.subjectIsTarget, !a.sourceFromContext, a.target.isEmpty,
            verb.matchesAnyReading(c.cues[.casualtyVerbs]), let s = a.source.first,
            s.from == c.trig.to || s.from == c.trig.to + 1 && Self.head(c.toks[c.trig.to], c), s.prep == nil, !s.placeLike,
            a.source.allSatisfy({ $0.group == s.group })
        else { return }
        let end = a.source.map(\.to).max() ?? s.to
        guard end < c.toks.count else { return }
        let next = c.toks[end]
        guard next.matches(c.cues[.passiveFollowers]) || next.spelled(c.cues[.woundedAlsoWords]) || !next.isWord else { return }
        // (No object soon after in the clause, within eight words: a bare mention or a count.)
        let rest = end..<max(end, min(c.ce, end + 8))
        guard !rest.contains(where: { c.toks[$0].isCount }),
            !c.actors.contains(where: { rest.contains($0.from) && $0.prep == nil && !$0.placeLike && $0.group != s.group })
        else { return }
        a.cite(next.cueLocation(c.cues[.passiveFollowers]))
        a.target = a.source
        a.source = c.agentAfter() ?? []
    }

    /// A head noun in construct before the mention («ضابطا شرطة»، «نقيب شرطة»): a word with no
    /// preposition, no verb reading and no count.
    static func head(_ t: TokenInfo, _ c: TriggerContext) -> Bool {
        t.isWord && !t.isCount && !t.readings.hasVerbReading && !t.matches(c.cues[.prepositions]) && !t.matches(c.cues[.passiveFollowers])
            && t.analyses.allSatisfy { $0.prefix.isEmpty }
    }
}
