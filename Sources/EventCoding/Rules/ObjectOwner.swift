import ArabicText
import Lexicon

/// "استهدف موكباً لسفارة الولايات المتحدة"، "هاجموا مقراً للشرطة"، «استهدف مقاتلو فيلق الرحمن …
/// تجمعات لقوات النظام»: a violence verb's object that is a
/// thing owned by an actor (لـ right after it) targets its owner. After the subject ("استهدف هجوم
/// انتحاري … موكباً لسفارة …") the object shows by its tanween alif. So for an attack noun
/// ("الغارات التركية على مواقع لتنظيم داعش").
struct ObjectOwner: ArgumentRule {
    let name = "object-owner"

    func apply(_ a: inout Arguments, _ c: TriggerContext) {
        guard c.violent, a.target.isEmpty || a.targetFromPlace, !c.pat.subjectIsTarget,
            let owner = c.actors.first(where: {
                $0.prep == Particle.li && $0.from > c.trig.to
                    && (c.words(from: c.trig.to, to: $0.from) <= 4
                        || $0.from <= c.trig.to + 12
                            && (Self.isIndefiniteObject(c.toks[$0.from - 1], c.lexicon, seats: c.cues[.seatNouns])
                                || c.toks[$0.from - 1].matches(c.cues[.seatNouns]) && !c.toks[$0.from - 1].token.norm.startsWithArticle
                                || Self.isGovernedIndefinite(c.toks, at: $0.from - 1, c.lexicon)))
                    && !$0.placeOnly && !$0.reference && $0.namesSomeone
                    && !a.source.map(\.group).contains($0.group)
                    && !(c.trig.to..<$0.from).contains { k in
                        (c.lexicon.verbIndex[c.toks[k].forms.first?.0 ?? ""] != nil && !Self.isSeatObject(c.toks[k], c.cues[.seatNouns]))
                            || c.toks[k].matches(c.cues[.clauseWords])
                    }
            })
        else { return }
        a.target = c.group(owner.group)
    }

    /// An indefinite accusative noun (موكباً، مقراً، منزلاً): written with the tanween alif, not
    /// definite, not a verb form, unless it is a position of an actor (cue seat-nouns: «تجمعا», also
    /// the dual of the verb تجمّع).
    static func isIndefiniteObject(_ t: TokenInfo, _ lexicon: Lexicon, seats: Cue) -> Bool {
        let n = t.token.norm
        return t.isWord && n.count >= 4 && n.hasSuffix(Particle.tanweenAlif) && !n.startsWithArticle && !n.startsWithConjoinedArticle
            && (!t.forms.contains { lexicon.verbIndex[$0.0] != nil } || isSeatObject(t, seats))
    }

    /// «فتح … النار على مركبة للشرطة»، «هجوم … على موقع للحشد»: an indefinite noun right after
    /// «على» (the genitive shows no tanween alif) — what was fired at or attacked.
    static func isGovernedIndefinite(_ toks: [TokenInfo], at k: Int, _ lexicon: Lexicon) -> Bool {
        guard k > 0, toks[k].isWord, toks[k - 1].normWord == Words.ala else { return false }
        let n = toks[k].token.norm
        return n.count >= 3 && !n.startsWithArticle && toks[k].analyses.allSatisfy({ $0.prefix.isEmpty })
            && !toks[k].forms.contains { lexicon.verbIndex[$0.0] != nil }
    }

    /// A position of an actor in the indefinite accusative (تجمعا، موقعا، معسكرا).
    static func isSeatObject(_ t: TokenInfo, _ seats: Cue) -> Bool {
        let n = t.token.norm
        return t.isWord && n.hasSuffix(Particle.tanweenAlif) && seats.contains(Word(String(n.dropLast())))
    }
}
