import Lexicon

/// "أكد الحلف أنه قتل 150 متمرداً": after a complementiser carrying the subject pronoun, the verb's
/// subject is that pronoun's antecedent (the last subject) and the actor after it the object.
struct ComplementiserPronoun: ArgumentRule {
    let name = "complementiser-pronoun"

    func apply(_ a: inout Arguments, _ c: TriggerContext) {
        guard c.trig.isVerb, !c.trig.passive, a.subjectBefore == nil, c.trig.from > 0,
            c.cues[.pronounComplementisers].contains(c.toks[c.trig.from - 1].normWord),
            let subj = c.discourse.lastSubject.first, subj.country != nil || ActorCode.isIGO(subj.code), subj.role != "CVL",
            let post = a.mentionAfter, !post.contains(where: { p in c.discourse.lastSubject.contains { $0.group == p.group } })
        else { return }
        a.cite(c.cues[.pronounComplementisers].location(of: c.toks[c.trig.from - 1].normWord))
        a.source = c.discourse.lastSubject
        a.target = post
        a.framed = true
    }
}
