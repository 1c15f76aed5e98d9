import ArabicText
import Lexicon

/// «وألقت القبض على 72 عنصراً من الحوثيين»، «اعتقلت قوات الاحتلال فتيين فلسطينيين»، «تعتقل شاباً
/// من بيت حنينا»: an arrest, a deportation or an abduction with no one held among its
/// slots holds the people its object names by a count and a plain noun: the group after «من»
/// (partitive), else the people of the state their nisba names, or of the state of the place after
/// «من» they come from. Before the next verb of the clause, within a few words. Else, held by a
/// foreign state's forces, the people of where it happened (``heldWhereItHappened``).
struct HeldPeople: ArgumentRule {
    let name = "held-people"
    /// CAMEO's acts on people held: arrest (173), deport (174), abduct (181).
    static let codes: Set<String> = ["173", "174", "181"]

    func apply(_ a: inout Arguments, _ c: TriggerContext) {
        guard a.target.isEmpty, c.trig.isVerb, Self.codes.contains(c.code) else { return }
        let limit = min(c.ce, c.nextVerb, c.trig.to + 8, c.toks.count)
        let after = Set(c.pat.afterWords.flatMap { $0 })
        // (Past the subject after the verb: «اعتقلت قوات الاحتلال الإسرائيلي، فجراً فتيين».)
        // (and a definite adjective left out of it: «قوات الاحتلال الإسرائيلي».)
        var j = a.source.filter { $0.from >= c.trig.to && $0.from <= c.trig.to + 2 }.map(\.to).max() ?? c.trig.to
        if j > c.trig.to, j < limit, c.toks[j].isWord, !c.actorTokens.contains(j), c.toks[j].token.norm.startsWithArticle { j += 1 }
        // The pattern's own words (القبض), its preposition, a date, a count and its words.
        while j < limit, !c.actorTokens.contains(j),
            after.contains(c.toks[j].normWord) || c.toks[j].normWord == Word(Particle.ala) || c.dateTokens.contains(j) || c.toks[j].isCount
                || c.toks[j].matches(c.cues[.approximationWords]) || !c.toks[j].isWord && [",", "،"].contains(c.toks[j].token.norm)
        {
            j += 1
        }
        // The people: one or two plain words («عنصراً»، «فتيين»، «شاباً»).
        let nounStart = j
        while j < limit, j - nounStart < 2, plain(j, c) { j += 1 }
        guard j > nounStart, j < limit else {
            heldWhereItHappened(&a, c)
            return
        }
        let partitive = c.toks[j].normWord == Word(Particle.min)
        let at = partitive ? j + 1 : j
        guard let m = c.actors.first(where: { $0.from == at }), !m.reference, !a.source.contains(where: { $0.group == m.group }) else {
            heldWhereItHappened(&a, c)
            return
        }
        if partitive, m.namesSomeone, !m.placeLike, !m.placeOnly, m.role != nil || m.code.hasPrefix("IMG") {
            a.setTarget(c.group(m.group), by: name)
        } else if let country = m.country, !ActorCode.isIGO(m.code), m.role == nil || m.role == "CVL",
            partitive ? m.placeLike || m.placeOnly : !m.placeOnly && m.prep == nil
        {
            a.setTarget([c.nisbaActor(country, at: m.from, role: "CVL", group: m.group)], by: name)
        } else {
            heldWhereItHappened(&a, c)
        }
    }

    /// «اعتقلت قوات الاحتلال سعيد عبدالهادي الشريف … في مدينة الخليل»: people held by a state's
    /// armed forces abroad, named by no mention, are the people of the state where it happened.
    /// (Not by police, a government or a court: a place abroad in their story is where someone
    /// came from or went, and an arrest at home with no one named is left untold.)
    func heldWhereItHappened(_ a: inout Arguments, _ c: TriggerContext) {
        guard a.target.isEmpty, !a.source.isEmpty,
            let place = c.actors.filter({ $0.placeLike && ($0.prep != nil || $0.placeOnly) && $0.country != nil && !$0.reference })
                .min(by: { abs($0.from - c.trig.from) < abs($1.from - c.trig.from) }),
            let country = place.country, !ActorCode.isIGO(country), a.source.allSatisfy({ $0.role == "MIL" && $0.country != nil && $0.country != country })
        else { return }
        a.setTarget([c.nisbaActor(country, at: place.from, role: "CVL", group: place.group)], by: name)
    }

    /// A word that names no one and is no particle, date or count: the noun the count counts.
    func plain(_ k: Int, _ c: TriggerContext) -> Bool {
        let t = c.toks[k]
        return t.isWord && !c.actorTokens.contains(k) && !c.dateTokens.contains(k) && !t.isCount && t.normWord != Word(Particle.min)
            && !t.matches(c.cues[.prepositions]) && c.lexicon.verbIndex[t.normWord] == nil
    }
}
