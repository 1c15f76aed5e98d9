import ArabicText
import Lexicon

/// A verbal noun's frame: a pronoun suffix points at the clause's subject; the genitive right
/// after the noun is its object when the pattern's first slot is the object (اغتيال الحريري) or
/// a light verb carries the noun (قام بزيارة القاهرة), else its subject (زيارة ساركوزي إلى ليبيا).
struct NounFrame: ArgumentRule {
    let name = "noun-frame"

    func apply(_ a: inout Arguments, _ c: TriggerContext) {
        guard !c.trig.isVerb, !a.suffered else { return }
        // (Past honorifics: «في ختام زيارة صاحب السمو الملكي الأمير محمد بن سلمان إلى مصر».)
        let gen = c.after.first.flatMap {
            $0.prep == nil && ($0.from <= c.trig.to + 2 || Self.onlyHonorifics(c.trig.to, $0.from, c)) ? c.group($0.group) : nil
        }
        if !c.trig.analysis.suffix.isEmpty {
            // The pronoun's antecedent: the nearest bare mention before it in its clause, else the
            // first bare mention of the sentence that is not the noun's object.
            let skip = gen.map { $0.last!.to - c.trig.to } ?? 0
            // (After a verb of expressing — «وأعرب الدكتور الخضيري عن شكره»، «عبر والد وذوو الشهيد عن
            // شكرهم» — the pronoun is that verb's subject; when the lexicon does not know it, the
            // noun has no source, not a mention after it: «… تطلعات الوطن والمواطن».)
            // (Past a comma after the subject too: «أعرب فهد بن فهيد السبيعي والد الشهيد، عن شكره».)
            let expressed = (max(0, c.trig.from - 12)..<c.trig.from).contains { c.toks[$0].matchesAnyReading(c.cues[.expressingVerbs]) }
            a.source =
                c.lastBare(c.before)
                ?? c.firstBare(c.actors.filter { !$0.placeOnly && ($0.from >= c.trig.to + skip && !expressed || $0.to <= c.trig.from) }) ?? []
            if c.pat.targets.contains(.object), let gen { a.target = gen }
        } else if let gen {
            // «قام كيري بزيارة القاهرة»: the noun a light verb carries (بـ) has that verb's subject
            // for its agent (light-verb-subject), so its genitive is what it acts on.
            let carried =
                c.trig.analysis.attachedPreposition == Particle.bi
                && (c.cs..<c.trig.from).contains { c.toks[$0].matchesAnyReading(c.cues[.lightVerbs]) }
            // «خلال استقبال الملك المفدى له»، «استقبال خادم الحرمين للرئيس»: a genitive with the one
            // acted on after it in لـ is the agent; «له» is the sentence's subject before it.
            let end = gen.map(\.to).max() ?? c.trig.to
            let laObject = c.actors.first { $0.from == end && $0.prep == Particle.li }.map { c.group($0.group) }
            let laPronoun = end < c.toks.count && ["له", "لها", "لهم", "لهما"].contains(c.toks[end].normWord.text)
            if Self.genitiveIsObject(c), !carried, c.root == "04", laObject != nil || laPronoun {
                a.source = gen
                if let o = laObject ?? c.lastBare(c.before) { a.target = o }
            } else if Self.genitiveIsObject(c), !carried, c.violent, gen[0].from == c.trig.to,
                !c.toks[gen[0].from].analyses.contains(where: \.hasConjunction), Self.laPhrase(at: end, c)
            {
                // «قصف طائرات التحالف الدولي لأربعة مخازن للأسلحة لتنظيم داعش»، «استهداف المستوطنين
                // لمنزلهم»: a violent noun's genitive with what it hit after it in لـ is its agent;
                // the one hit is that لـ mention, or the owner named in لـ a few words on.
                a.source = gen
                a.target =
                    laObject
                    ?? c.actors.first(where: { $0.from > end && $0.from <= end + 6 && $0.prep == Particle.li && !$0.placeOnly }).map { c.group($0.group) }
                    ?? []
            } else if Self.genitiveIsObject(c), !carried, let obj = Self.accusativeAfter(gen, end, c) {
                // «بعد أيام من مطالبة الاتحاد الأوروبي الحكومة الإسرائيلية بوقف …»: a genitive with
                // a second bare mention right after it is the agent, and that mention, in the
                // accusative, is what the noun acts on.
                // («وكان في استقبال دي ميستورا وزير الخارجية الإيراني»: after «في» the idiom is the
                // other way round, the second mention received the first.)
                let inReception = c.trig.from > 0 && c.toks[c.trig.from - 1].normWord.text == Particle.fi
                (a.source, a.target) = inReception ? (obj, gen) : (gen, obj)
            } else if Self.genitiveIsObject(c) || carried {
                a.target = gen
            } else {
                a.source = gen
            }
        }
    }

    /// Whether the tokens from `a` up to `b` are all honorifics (cue honorifics: words and phrases).
    static func onlyHonorifics(_ a: Int, _ b: Int, _ c: TriggerContext) -> Bool {
        let h = c.cues[.honorifics]
        var k = a
        while k < b {
            if h.contains(c.toks[k].normWord) {
                k += 1
            } else if let p = h.phrases.first(where: { p in k + p.count <= b && p.indices.allSatisfy { c.toks[k + $0].normWord == p[$0] } }) {
                k += p.count
            } else {
                return false
            }
        }
        return true
    }

    /// Whether the word at `k` carries لـ and is no word of time («لليوم الثالث»، «للمرة الأولى»;
    /// cue `lam-time-words`).
    static func laPhrase(at k: Int, _ c: TriggerContext) -> Bool {
        guard k < c.toks.count, !c.dateTokens.contains(k) else { return false }
        let t = c.toks[k]
        return t.analyses.contains { $0.attachedPreposition == Particle.li } && !t.matchesAnyReading(c.cues[.lamTimeWords])
    }

    /// The bare mention that starts right where the genitive `gen` ends (at `end`), of another
    /// group and not coordinated with it: the verbal noun's object after its agent.
    static func accusativeAfter(_ gen: [FoundActor], _ end: Int, _ c: TriggerContext) -> [FoundActor]? {
        guard let g = gen.first, g.from == c.trig.to,
            let o = c.actors.first(where: { $0.from == end && $0.prep == nil && $0.group != g.group }),
            !o.coordinated, !o.placeOnly, !o.reference, !o.instrument, o.namesSomeone,
            !c.toks[o.from].analyses.allSatisfy(\.hasConjunction)
        else { return nil }
        return c.group(o.group)
    }

    static func genitiveIsObject(_ c: TriggerContext) -> Bool { c.pat.targets.first == .object && !c.pat.symmetric }
}
