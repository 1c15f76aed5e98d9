import Lexicon

/// "أكد الحلف أنه قتل 150 متمرداً": after a complementiser carrying the subject pronoun, the verb's
/// subject is that pronoun's antecedent (the last subject) and the actor after it the object.
struct ComplementiserPronoun: ArgumentRule {
    let name = "complementiser-pronoun"

    func apply(_ a: inout Arguments, _ c: TriggerContext) {
        // (Only a pronoun that agrees with the verb: «أعلن المرصد أنه قصفت قوات النظام» — a
        // masculine pronoun before a feminine verb is of the matter, and the subject follows.)
        guard c.trig.isVerb, !c.trig.passive, a.subjectBefore == nil, c.trig.from > 0, VerbCandidates.agreeingComplementiser(c),
            let subject = Self.antecedent(c), let subj = subject.first, subj.country != nil || ActorCode.isIGO(subj.code), subj.role != "CVL",
            let post = a.mentionAfter, !post.contains(where: { p in subject.contains { $0.group == p.group } })
        else { return }
        a.cite(c.cues[.pronounComplementisers].location(of: c.toks[c.trig.from - 1].normWord))
        a.source = subject
        a.target = post
        a.framed = true
    }

    /// The pronoun's antecedent: the last subject of the sentence, else (no trigger before took
    /// one: «وشنت تركيا … سلسلة من الغارات مشيرة إلى أنها تستهدف») the last bare mention before the
    /// complementiser that is no place.
    static func antecedent(_ c: TriggerContext) -> [FoundActor]? {
        if !c.discourse.lastSubject.isEmpty { return c.discourse.lastSubject }
        // (Near: within ten words, with no other verb of the lexicon's between.)
        let k = c.trig.from - 1
        return c.lastBare(
            c.actors.filter { m in
                m.to <= k && !m.placeOnly && c.words(from: m.to, to: k) <= 10 && !c.triggers.contains { $0.from >= m.to && $0.to <= k && $0.isVerb }
            })
    }
}
