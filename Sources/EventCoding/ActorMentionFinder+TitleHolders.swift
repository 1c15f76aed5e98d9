import ArabicText
import Lexicon

extension ActorMentionFinder {
    /// «استقبل المستشار في الديوان الملكي المشرف العام على مركز الملك سلمان للإغاثة د. عبدالله
    /// الربيعة أمس وزيرة الإعلام اليمنية»، «تباحث مع رئيس منظمة الطاقة الذرية الإيرانية علي أكبر
    /// صالحي»: a person the lexicon knows, written after a title with no name past only that
    /// title's own words (its genitives, the body it serves in, a second office, an honorific), is
    /// the title's holder. Before, the title was one actor and his name another, the act's guest
    /// or partner: the host received himself.
    ///
    /// The words between may be names' words, honorifics, the prepositions of an office (في، على،
    /// لدى) and mentions of bodies, not a verb or a trigger, a time word, a seat («بمقر الإمارة»:
    /// the name after it is the guest), a comma, or a place. The person must be of the title's
    /// state, with no title, preposition or conjunction of his own.
    func bindTitleHolders(_ out: inout [FoundActor], _ toks: [TokenInfo], _ raws: [Raw?]) {
        var p = 1
        while p < out.count {
            let b = out[p]
            guard b.person != nil, b.title == nil, b.prep == nil, !b.coordinated, !b.conjoined,
                !toks[b.from].analyses.contains(where: \.hasConjunction),
                let k = out[..<p].lastIndex(where: { $0.title != nil || $0.person != nil })
            else {
                p += 1
                continue
            }
            let a = out[k]
            let between = out[(k + 1)..<p]
            guard a.title != nil, a.person == nil, !a.placeOnly, b.from - a.to <= 14, b.from > a.to,
                a.country != nil, a.country == b.country, ActorCode.isIGO(b.code) == ActorCode.isIGO(a.code),
                between.allSatisfy({ !$0.placeLike || $0.prep == Particle.lada }),
                titleWordsOnly(from: a.to, to: b.from, between: Array(between), toks, raws)
            else {
                p += 1
                continue
            }
            out[k].to = b.to
            out[k].person = b.person
            out[k].personRoleReason = b.personRoleReason
            out[k].entries += b.entries
            out.removeSubrange((k + 1)...p)
            p = k + 1
        }
    }

    /// Whether the tokens from `from` to `to` are only a title's own words (see
    /// ``bindTitleHolders(_:_:_:)``), the mentions `between` included.
    func titleWordsOnly(from: Int, to: Int, between: [FoundActor], _ toks: [TokenInfo], _ raws: [Raw?]) -> Bool {
        let officePrepositions: Set<Word> = [Words.fi, Words.ala, Words.lada]
        var j = from
        while j < to {
            if let m = between.first(where: { $0.from <= j && j < $0.to }) {
                j = m.to
                continue
            }
            // (An honorific only right before the name: «المهندس محمد بن عبدالرحمن المخرج دعم …»
            // names the title's holder before the gap.)
            if let h = honorificLength(toks, at: j), j + h == to || j + h + 2 == to && toks[j + h + 1].token.normIs(".") {
                j += h
                continue
            }
            let t = toks[j]
            if t.token.kind == .punctuation {
                // («د. عبدالله»: the point of an abbreviated honorific.)
                guard t.token.normIs("."), j > from, toks[j - 1].isWord, toks[j - 1].token.norm.count <= 2 else { return false }
            } else if officePrepositions.contains(t.normWord) {
                // (An office's preposition written apart: «المشرف العام على …».)
            } else if t.token.norm.count <= 2, j + 1 < to, toks[j + 1].token.normIs(".") {
                // (The abbreviation itself.)
            } else if !titleWord(j, toks, raws) {
                return false
            }
            j += 1
        }
        return true
    }

    /// Whether token `j` may be a word of a title's phrase: a word with no actor of its own (but a
    /// state's nisba: «الإيرانية»), not a verb, a function or time word (cue not-name), a seat or a
    /// place noun, a word with a conjunction, a patronymic («بن») or an honorific, or a noun with a possessive pronoun («مكتبه»).
    func titleWord(_ j: Int, _ toks: [TokenInfo], _ raws: [Raw?]) -> Bool {
        let t = toks[j]
        guard t.isWord, t.readings.verbHits.isEmpty else { return false }
        if let r = raws[j] {
            guard case .nisba = r.ref, r.to == j + 1 else { return false }
        }
        if t.spelled(cues[.notName]) || t.spelled(cues[.prepositions]) || t.matches(cues[.seatNouns])
            || t.matches(cues[.placeNouns])
        {
            return false
        }
        if t.analyses.contains(where: \.hasConjunction) && !t.matches(cues[.constructTitles]) || t.matches(cues[.patronymicWords])
            || honorificLength(toks, at: j) != nil
        {
            return false
        }
        let text = t.token.text
        return !["ه", "ها", "هم", "هما", "هن"].contains(where: { text.hasSuffix($0) })
    }
}
