import Lexicon

/// "أدانت موسكو الضربات الأمريكية على سوريا"، "ندد الأردن بالانتهاكات الإسرائيلية": what is
/// condemned (111) is an act, and its nisba names who did it, the target; the place the act was
/// aimed at, or an actor after the act (… بشأن تايوان), is not.
enum CondemnedActNisba {
    static let name = "condemned-act-nisba"

    static func target(_ target: [FoundActor], _ source: [FoundActor], _ c: TriggerContext) -> [FoundActor]? {
        guard c.pat.code == "111",
            let k = (c.trig.to..<min(c.toks.count, c.trig.to + 8)).first(where: { !c.actorTokens.contains($0) }),
            c.toks[k].isWord,
            let (country, j) = c.nisbaStarting(in: k..<min(c.toks.count, k + 2)),
            // An adjective agrees with its noun in definiteness, and stands after the act, not
            // after the act's genitive: «تفجير السعودية» is the bombing of Saudi Arabia, «حرق رضيع
            // فلسطيني» the burning of a Palestinian infant (the victims, not who did it).
            j > k, Self.definite(c.toks[j]) == Self.definite(c.toks[j - 1]),
            !(j - 1 > k && !Self.definite(c.toks[j - 1]) && !Self.definite(c.toks[j - 2])),
            // (A bare mention of the source's own state before the act is who speaks: «رفض مصر
            // الكامل للتدخل الإيراني».)
            target.allSatisfy({ t in t.from > j || t.role == nil && t.code == t.country && source.contains { $0.country == t.country } }),
            !source.contains(where: { $0.country == country })
        else { return nil }
        return [c.nisbaActor(country, at: j, group: -2)]
    }

    /// Whether the word carries the article (الـ، والـ، بالـ، للـ).
    static func definite(_ t: TokenInfo) -> Bool { t.analyses.contains(where: \.hasArticle) }
}
