import ArabicText
import Lexicon

/// "قتل ثلاثة جنود سوريين في هجوم"، "وقتل نحو 30 مسلحا"، "قتل ١٠ من الحوثيين في مواجهات مع
/// المقاومة": a count right after a violence verb is the passive's subject (قُتل), the victims
/// whatever their role; the active verb names its agent first. The agent is then the one an agent
/// phrase names (AgentPhrase, later), or the side the victims fought with (مع). (Not a verb with its
/// object: «فتح خمسة عناصر النار»، «هاجم العشرات من المستوطنين مزارعين» are active.) A subject
/// with «وأصيب» after it is a death toll's too: «قتل نقيب شرطة ومجند وأصيب ثلاثة آخرون»; so is a
/// part of the victims with «من» right after the verb: «قتل عنصران من الشرطة التركية». A
/// circumstance may come before the count: «وقتل في تلك المواجهات 14 حوثيا».
struct CountAfterVerb: ArgumentRule {
    let name = "count-after-verb"

    func apply(_ a: inout Arguments, _ c: TriggerContext) {
        guard c.violent, c.trig.isVerb, c.pat.after.isEmpty, c.trig.to < c.toks.count else { return }
        // «قتل عنصران من الشرطة التركية بالرصاص»: a noun and «من» right after the verb, then a
        // mention, is the passive's subject told by a part of it; the mention is the victims.
        if a.source.isEmpty || a.source.first.map({ $0.from > c.trig.to }) == true, let v = countedVictims(c) {
            a.target = c.group(v.group)
            a.source = c.agentAfter() ?? foughtWith(v, c) ?? []
            return
        }
        if a.source.isEmpty, let v = partitiveVictims(c) {
            a.target = c.group(v.group)
            a.source = c.agentAfter() ?? foughtWith(v, c) ?? []
            return
        }
        guard let s = a.source.first, a.source.allSatisfy({ $0.group == s.group }) else { return }
        // «قتل نقيب شرطة ومجند وأصيب ثلاثة آخرون»: the subject right after the verb, then «وأصيب»
        // (cue wounded-also-words), is a death toll's, counted or not.
        // (A head noun before the mention and a conjunct after it may stand between: «قتل نقيب
        // شرطة ومجند وأصيب».)
        let subjectEnd = a.source.map(\.to).max() ?? s.to
        let toll = (subjectEnd..<max(subjectEnd, min(subjectEnd + 2, c.ce))).first { c.toks[$0].spelled(c.cues[.woundedAlsoWords]) }
        if s.from >= c.trig.to, s.from <= c.trig.to + 1, let k = toll,
            (subjectEnd..<k).allSatisfy({ c.toks[$0].isWord && c.toks[$0].analyses.contains(where: \.hasConjunction) })
        {
            a.target = a.source
            a.source = c.agentAfter() ?? foughtWith(s, c) ?? []
            return
        }
        // (A circumstance may stand between the verb and the count: «وقتل في تلك المواجهات 14
        // حوثيا»، «قتل أمس 13 مسلحا»; cue passive-followers, then words that name no one.)
        let start = countStart(s, c)
        guard c.toks[start].isCount || c.toks[start].matches(c.cues[.approximationWords]) else { return }
        // The count phrase: numbers, words of approximation, «من» (العشرات من، أكثر من 20).
        // (The count may open the mention itself, a quantity merged with its noun: «وقتل مئات من
        // قوات الأمن في هجمات المتشددين».)
        let inMention = start == s.from && c.toks[start].isCount
        var end = start
        while end < (inMention ? s.to : s.from), c.toks[end].isCount || c.toks[end].matches(c.cues[.approximationWords]) { end += 1 }
        // (and the counted noun before «من»: «24 عنصرا من القوات»)
        if !inMention, end + 2 == s.from, c.toks[end + 1].normWord == Word(Particle.min) { end += 2 }
        guard inMention || end == s.from, end > start, (start..<end).contains(where: { c.toks[$0].isCount }) else { return }
        // (An object right after the counted subject makes the verb active: «هاجم العشرات من
        // المستوطنين مزارعين».)
        let last = a.source.map(\.to).max() ?? s.to
        let objectStarts = last < c.toks.count && c.toks[last].normWord == Word(Particle.min) ? [last] : [last, last + 1]
        guard !c.actors.contains(where: { objectStarts.contains($0.from) && $0.prep == nil && !$0.placeLike && $0.group != s.group }) else { return }
        a.target = a.source
        a.source = c.agentAfter() ?? foughtWith(s, c) ?? []
    }

    /// Where the count after the verb starts: right after it, or past a circumstance that opens
    /// with a word of cue passive-followers and holds no mention of anyone (a place may be in it).
    func countStart(_ s: FoundActor, _ c: TriggerContext) -> Int {
        let k = c.trig.to
        let limit = min(s.from, k + 5, c.toks.count)
        guard c.toks[k].matches(c.cues[.passiveFollowers]), !c.toks[k].isCount, limit > k + 1 else { return k }
        for j in (k + 1)..<limit {
            if c.toks[j].isCount { return j }
            if !c.toks[j].isWord || c.actors.contains(where: { $0.from <= j && j < $0.to && !$0.placeLike }) { return k }
        }
        return k
    }

    /// «قُتل 13 وأُصيب 85 من ميليشيا الحوثي»، «وقُتل فيها 6 من الميليشيات»: counts right after the
    /// verb (past a pronoun circumstance, and «وأُصيب» with its count), then «من» and a mention:
    /// the mention is the victims of the passive.
    func countedVictims(_ c: TriggerContext) -> FoundActor? {
        var k = c.trig.to
        let limit = min(c.toks.count, c.ce, c.trig.to + 7)
        var counted = false
        while k < limit, c.toks[k].normWord != Word(Particle.min) {
            let t = c.toks[k]
            if t.isCount {
                counted = true
            } else if !(t.matches(c.cues[.approximationWords]) || t.spelled(c.cues[.woundedAlsoWords])
                || k == c.trig.to && t.matchesAnyReading(c.cues[.passiveFollowers]))
            {
                return nil
            }
            k += 1
        }
        guard counted, k < limit,
            let v = c.actors.first(where: { $0.from == k + 1 && !$0.placeLike && !$0.placeOnly && ($0.namesSomeone || $0.role != nil) })
        else { return nil }
        // (An object after them makes the verb active: «هاجم العشرات من المستوطنين مزارعين».)
        let end = c.group(v.group).map(\.to).max() ?? v.to
        guard !c.actors.contains(where: { ($0.from == end || $0.from == end + 1) && $0.prep == nil && !$0.placeLike && $0.group != v.group })
        else { return nil }
        return v
    }

    /// The mention after «noun من» right after the verb, when no bare mention (an object) follows it.
    func partitiveVictims(_ c: TriggerContext) -> FoundActor? {
        let k = c.trig.to
        guard k + 2 < c.toks.count, c.toks[k].isWord, !c.actorTokens.contains(k), !c.dateTokens.contains(k),
            !c.toks[k].matches(c.cues[.prepositions]), c.toks[k + 1].normWord == Word(Particle.min),
            let v = c.actors.first(where: { $0.from == k + 2 && $0.prep == Particle.min && !$0.placeLike && $0.namesSomeone })
        else { return nil }
        let end = c.group(v.group).map(\.to).max() ?? v.to
        guard !c.actors.contains(where: { ($0.from == end || $0.from == end + 1) && $0.prep == nil && !$0.placeLike }) else { return nil }
        return v
    }

    /// The side the victims fought with: «في مواجهات … مع قوات المقاومة»، or the other side of «في
    /// مواجهات بين المتمردين وقوات المقاومة» (the one of another code than the victims).
    func foughtWith(_ s: FoundActor, _ c: TriggerContext) -> [FoundActor]? {
        if let w = c.after.first(where: { $0.prep == Particle.maa && $0.group != s.group && !$0.placeLike && $0.from < c.ce }) {
            return c.group(w.group)
        }
        guard let between = c.withPrep(Particle.bayna, c.after), between.count >= 2, between.allSatisfy({ $0.from < c.ce }) else { return nil }
        let others = between.filter { $0.code != s.code && !$0.placeLike }
        return others.count == 1 && between.contains(where: { $0.code == s.code }) ? others : nil
    }
}
