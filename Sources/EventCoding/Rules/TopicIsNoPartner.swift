import ArabicText
import Lexicon

/// «وزير الدفاع الأميركي يبحث في بغداد مواجهة «داعش»»، «الرئيس هادي وولي ولي العهد يبحثان أوضاع
/// اليمن»: after a verb of discussing (cue topic-verbs: بحث، ناقش), a mention that comes after a
/// noun of its own (مواجهة، أوضاع، جهود) is the genitive of what was discussed, not the partner; the
/// partner is the one «مع» or «ب» names, or a coordinated subject (symmetric-split). A mention right
/// after the verb and its subject (past dates, «هاتفياً», «مع» and quotation marks) is the partner:
/// «يبحث وملك الأردن الأوضاع»، «يناقش مع «كارتر»».
struct TopicIsNoPartner: ArgumentRule {
    let name = "topic-is-no-partner"

    func apply(_ a: inout Arguments, _ c: TriggerContext) {
        guard c.trig.isVerb, c.root == "04", c.toks[c.trig.from].matchesAnyReading(c.cues[.topicVerbs]), let t = a.target.first, t.prep == nil,
            t.from > c.trig.to
        else { return }
        // Where the object may start: right after the verb, or after its subject there.
        let start = a.source.filter { $0.from >= c.trig.to && $0.to <= t.from }.map(\.to).max() ?? c.trig.to
        let between = (start..<t.from).filter { k in
            let tok = c.toks[k]
            return tok.isWord && !c.dateTokens.contains(k) && !c.actorTokens.contains(k) && !tok.matches(c.cues[.callAdverbs])
                && ![Word(Particle.maa), Word(Particle.bi)].contains(tok.normWord)
        }
        // (A meeting noun between is the meeting the partner was met in: «بحث خلال لقائه بوزير
        // الخارجية المصري».)
        guard !between.isEmpty,
            !c.triggers.contains(where: { n in !n.isVerb && between.contains(n.from) && c.lexicon.events[n.pattern].code.hasPrefix("04") })
        else { return }
        a.target = c.withPrep(Particle.maa, c.after.filter { $0.from < c.ce }) ?? []
        // (Two coordinated subjects met each other: the first is the source.)
        if a.target.isEmpty, a.source.count >= 2 {
            let s = a.source
            a.target = Array(s[1...])
            a.source = [s[0]]
        }
    }
}
