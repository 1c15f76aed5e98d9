import ArabicText
import Lexicon

/// «فقد اتفق الجانبان على وضع حزمة من الآليات»، «بينما يرفع البلدان مستوى التعاون الثنائي»،
/// «وبحث خلاله الجانبان العلاقات»: the two sides (cue `two-sides-words`) as the subject right after
/// a verb (past «خلاله» and a date) are two states, not a side of no state: those its nisbas name
/// («الجانبان السعودي والروسي»), else the two states the sentence named before the verb, when it
/// named exactly two. The first named is the source, the other the target (a symmetric act is coded
/// once). With no two states to name, the sides are the last two parties the article named (the
/// meeting or call a sentence before told of: «استقبل … وزير الخارجية المصري» then «وبحث الجانبان
/// العلاقات الثنائية»), given after the rules by the arguments stage; the event keeps no side of no
/// state as a party.
struct TwoSidesAreTheStates: ArgumentRule {
    static let name = "two-sides"
    var name: String { Self.name }

    func apply(_ a: inout Arguments, _ c: TriggerContext) {
        guard c.trig.isVerb, let k = Self.dualSubject(c) else { return }
        let words = c.cues[.twoSidesWords]
        // The nisbas right after the dual, else the states named before the verb.
        let after = c.actors.filter { m in m.from > k && m.from <= k + 3 && !m.placeOnly }
        // (A state's name is a party unless a preposition makes it a place: «وصل إلى القاهرة».)
        let before = c.actors.filter { m in m.to <= c.trig.from && !m.placeOnly && !(m.placeLike && m.prep != nil) }
        for candidates in [after, before] {
            let sides = Self.states(candidates)
            guard sides.count == 2 else { continue }
            a.cite(c.toks[k].cueLocation(words))
            a.setSource([sides[0]], by: name)
            a.setTarget([sides[1]], by: name)
            a.sourceFromContext = false
            a.targetFromPlace = false
            a.sourceFromPlace = false
            return
        }
        // No two states: a side of no state (the dual's own mention) is no party.
        let dual = { (m: FoundActor) in m.from <= k && m.to > k }
        a.source.removeAll(where: dual)
        a.target.removeAll(where: dual)
        a.sidesFromArticle = true
        a.cite(c.toks[k].cueLocation(words))
    }

    /// The token of the dual subject: right after the verb, or past «خلاله» and date words.
    static func dualSubject(_ c: TriggerContext) -> Int? {
        let words = c.cues[.twoSidesWords]
        var k = c.trig.to
        var skipped = 0
        while k < c.toks.count, skipped <= 3 {
            if words.contains(c.toks[k].normWord) { return k }
            guard c.dateTokens.contains(k) || c.toks[k].spelled(c.cues[.duringPronouns]) else { return nil }
            k += 1
            skipped += 1
        }
        return nil
    }

    /// The first mention of each state or IGO, in order of mention.
    static func states(_ ms: [FoundActor]) -> [FoundActor] {
        var seen = Set<String>()
        var out: [FoundActor] = []
        for m in ms {
            guard let key = m.country ?? (ActorCode.isIGO(m.code) ? m.code : nil), !seen.contains(key) else { continue }
            seen.insert(key)
            out.append(m)
        }
        return out
    }
}
