import ArabicText
import Lexicon

/// A symmetric event (met, signed, clashed) is coded once, the first-named party as its source:
/// "بين X و Y" gives X → Y; two coordinated subjects (اتفقت السعودية وإيران) give the first → the
/// rest; with a source already, "بين" gives the target.
struct SymmetricRoles: ArgumentRule {
    let name = "symmetric-split"

    func apply(_ a: inout Arguments, _ c: TriggerContext) {
        // «اشتباكات بين الجنود الأتراك ومتمردي حزب العمال»: the second party's head noun carries the
        // conjunction, so the two are not one coordination; it is the other side (whatever the
        // pattern: two parties «بين» are two sides).
        if a.source.isEmpty, let between = c.withPrep(Particle.bayna, c.after), between.count == 1, a.target.isEmpty || Arguments.same(a.target, between),
            let other = Self.otherParty(after: between, c)
        {
            a.setSource(between, by: "symmetric-between")
            a.setTarget(other, by: "symmetric-between")
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
            if let k = (between[0].to..<min(c.toks.count, c.ce)).first(where: { ArgumentStage.phraseAt(c.cues[.sidePhrases], c.toks, $0) }) {
                let sideA = between.filter { $0.to <= k }
                let rest = between.filter { $0.from > k }
                let other =
                    rest.isEmpty
                    ? c.actors.first(where: { m in
                        m.from > k + 1 && m.from <= k + 6 && !between.contains { $0.group == m.group } && !m.placeLike && m.namesSomeone
                    }).map { c.group($0.group) } : rest
                if !sideA.isEmpty, let other, !other.isEmpty {
                    a.setSource(sideA, by: "symmetric-between")
                    a.setTarget(other, by: "symmetric-between")
                    return
                }
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

    /// The party right after a «بين» group whose first word, a head noun with و, is outside the
    /// mention («ومتمردي حزب العمال»، «وعناصر تنظيم داعش»).
    static func otherParty(after between: [FoundActor], _ c: TriggerContext) -> [FoundActor]? {
        guard let end = between.map(\.to).max(), end + 1 < c.toks.count, c.toks[end].isWord, c.toks[end].analyses.contains(where: \.hasConjunction),
            !c.actorTokens.contains(end),
            let next = c.actors.first(where: { m in
                m.from == end + 1 && (m.prep == nil || m.prep == Particle.bayna) && !between.contains { $0.group == m.group }
            })
        else { return nil }
        return c.group(next.group)
    }
}
