import ArabicText
import Lexicon

/// A symmetric event (met, signed, clashed) is coded once, the first-named party as its source:
/// "بين X و Y" gives X → Y; two coordinated subjects (اتفقت السعودية وإيران) give the first → the
/// rest; with a source already, "بين" gives the target.
struct SymmetricRoles: ArgumentRule {
    let name = "symmetric-split"

    func apply(_ a: inout Arguments, _ c: TriggerContext) {
        // «مباحثات القاهرة بين ولي ولي العهد والرئيس المصري»، «اجتماع الدوحة»: a capital as the
        // genitive of a meeting's noun is where it was held, not a party.
        if !c.trig.isVerb, c.root == "04", a.source.count == 1, let m = a.source.first, m.from == c.trig.to, m.prep == nil,
            m.placeLike, m.placeKey?.kind == .capital
        {
            a.source = []
            a.sourceFromContext = false
        }
        // «اشتباكات بين الجنود الأتراك ومتمردي حزب العمال»: the second party's head noun carries the
        // conjunction, so the two are not one coordination; it is the other side (whatever the
        // pattern: two parties «بين» are two sides).
        // (Over a subject carried from the context too: «أنه قصفت قوات النظام … كذلك تدور منذ صباح امس
        // اشتباكات عنيفة بين تنظيم داعش من جهة، والفصائل المقاتلة … من جهة اخرى».)
        if a.source.isEmpty || a.sourceFromContext, let between = c.withPrep(Particle.bayna, c.after) ?? Self.betweenPastComma(c), between.count == 1,
            a.target.isEmpty || Arguments.same(a.target, between) || a.targetFromPlace
        {
            // «بين قوات النظام مدعمة بقوات الدفاع الوطني وعناصر من حزب الله من جهة، والكتائب المقاتلة
            // من جهة أخرى»: the first party after «بين» is one side (its allies up to «من جهة» are not
            // coded again), the party right after «من جهة» the other.
            let upToSide = c.actors.filter { m in
                m.from >= between[0].from && m.from <= between[0].from + 20 && !m.placeLike && m.namesSomeone && m.role != "CVL"
            }
            if let (sideA, sideB) = Self.sides(of: upToSide, c) {
                a.setSource(sideA, by: "symmetric-between")
                a.setTarget(sideB, by: "symmetric-between")
            } else if let other = Self.otherParty(after: between, c) {
                a.setSource(between, by: "symmetric-between")
                a.setTarget(other, by: "symmetric-between")
            }
        }
        guard c.pat.symmetric else { return }
        // (The parties «بين» the two are the meeting's, not the speaker's the context gave it:
        // «ويقول مسؤولون إن … خلال محادثات في ماليزيا بين كيري ولافروف».)
        if a.source.isEmpty || a.sourceFromContext, let between = c.withPrep(Particle.bayna, c.after), between.count >= 2 {
            a.sourceFromContext = false
            // «بين قوات النظام والمسلحين الموالين لها من جهة، وعناصر تنظيم داعش من جهة أخرى»: the
            // parties before «من جهة» are one side, and the party after it the other.
            // (The first «من جهة» after the first party ends its side; the other side is the rest of
            // the «بين» group after it, or the party right after it.)
            if let (sideA, other) = Self.sides(of: between, c) {
                a.setSource(sideA, by: "symmetric-between")
                a.setTarget(other, by: "symmetric-between")
                return
            }
            a.setSource([between[0]], by: "symmetric-between")
            a.setTarget(Array(between[1...]), by: "symmetric-between")
        }
        // (An object that is a bare role of no state is what they met about, not a party:
        // «المملكة ومصر تبحثان … إنشاء قوة عربية مشتركة».)
        let bareObject = !a.target.isEmpty && a.target.allSatisfy { $0.country == nil && !ActorCode.isIGO($0.code) && !$0.code.hasPrefix("IMG") }
        if (a.target.isEmpty || bareObject) && a.source.count >= 2 {
            let s = a.source
            a.target = Array(s[1...])
            a.source = [s[0]]
        }
        if a.target.isEmpty, let between = c.withPrep(Particle.bayna, c.after) { a.setTarget(between, by: "symmetric-between") }
    }

    /// «تستمر الاشتباكات العنيفة في محيط قريتي المشيك والبحصة بسهل الغاب في ريف حماة، بين قوات
    /// النظام … والمعارضة»: the «بين» of a noun of clashes may follow its places past a comma (a
    /// clause's end for the other rules); up to 25 words after it, with no verb of the lexicon
    /// between.
    static func betweenPastComma(_ c: TriggerContext) -> [FoundActor]? {
        guard !c.trig.isVerb,
            let m = c.actors.first(where: { m in
                (m.prep == Particle.bayna) && m.from >= c.trig.to && m.from <= c.trig.to + 25
                    && !c.triggers.contains { $0.isVerb && $0.from > c.trig.to && $0.from < m.from }
            }),
            !(c.trig.to..<m.from).contains(where: { k in [".", "؛", ":"].contains(c.toks[k].token.norm) })
        else { return nil }
        return c.group(m.group)
    }

    /// The two sides of «بين» parties split by «من جهة» (cue side-phrases): the parties before the
    /// first one are one side; the other is the rest after it, or the party right after it.
    static func sides(of parties: [FoundActor], _ c: TriggerContext) -> ([FoundActor], [FoundActor])? {
        guard let first = parties.first,
            let k = (first.to..<min(c.toks.count, max(first.to, c.clauses.end(first.to)))).first(where: {
                ArgumentStage.phraseAt(c.cues[.sidePhrases], c.toks, $0)
            })
        else { return nil }
        // One party a side: the first named (its allies are not coded a second time), and the
        // first right after «من جهة» (within six words).
        let sideA = c.group(first.group).filter { $0.to <= k }
        let near = { (m: FoundActor) in m.from > k + 1 && m.from <= k + 6 && !m.placeLike && m.namesSomeone }
        let other = (parties.first(where: near) ?? c.actors.first(where: near)).map { m in c.group(m.group).filter { $0.from > k } }
        guard !sideA.isEmpty, let other, !other.isEmpty else { return nil }
        return (sideA, other)
    }

    /// The party right after a «بين» group whose first word, a head noun with و, is outside the
    /// mention («ومتمردي حزب العمال»، «وعناصر تنظيم داعش»).
    static func otherParty(after between: [FoundActor], _ c: TriggerContext) -> [FoundActor]? {
        guard var end = between.map(\.to).max() else { return nil }
        // (Past the first party's titles, written right after it with no conjunction: «بين صاحب
        // السمو الملكي الأمير محمد بن سلمان … ولي ولي العهد … وزير الدفاع وفخامة رئيس جمهورية مصر».)
        while let next = c.actors.first(where: { m in
            m.from == end && m.prep == nil && m.country != nil && m.country == between.last?.country
                && !c.toks[m.from].firstReadingHasConjunction
        }) {
            end = next.to
        }
        guard end + 1 < c.toks.count, c.toks[end].isWord, c.toks[end].analyses.contains(where: \.hasConjunction),
            !c.actorTokens.contains(end),
            let next = c.actors.first(where: { m in
                m.from == end + 1 && (m.prep == nil || m.prep == Particle.bayna) && !between.contains { $0.group == m.group }
            })
        else { return nil }
        return c.group(next.group)
    }
}
