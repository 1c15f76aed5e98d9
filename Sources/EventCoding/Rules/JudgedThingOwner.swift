import ArabicText
import Lexicon

/// «استنكرت البحرين تصريحات المالكي ضد المملكة»، «ودانت المنامة … التصريحات العدائية من قبل
/// المسؤولين الإيرانيين»، «وفد فرنسي يثمن مساعدات الحملة السعودية للسوريين»: what is praised,
/// condemned or rejected (roots 05, 11, 12) is often a thing (cue judged-things: statements,
/// positions, efforts, aid, interference) whose owner follows it — its genitive, its nisba, or
/// «من قبل» — and that owner is the target, not an actor the thing was said against or given to
/// further on.
struct JudgedThingOwner: ArgumentRule {
    let name = "judged-thing-owner"

    func apply(_ a: inout Arguments, _ c: TriggerContext) {
        guard ["05", "11", "12"].contains(String(c.pat.code.prefix(2))), !c.pat.symmetric, !c.violent else { return }
        // (Past an adverb of manner or a date: «استنكرت مملكة البحرين وبشدة تصريحات المالكي».)
        var k = c.trig.to
        while k < min(c.toks.count, c.trig.to + 3), c.dateTokens.contains(k) || c.toks[k].matchesAnyReading(c.cues[.mannerAdverbs]) { k += 1 }
        // (Past the subject in verb–subject–object order: «كما أشاد الصباغ بالمتابعة الكريمة من …».)
        if let m = a.source.first(where: { $0.from == k }) {
            k = a.source.filter { $0.group == m.group }.map(\.to).max() ?? m.to
            let past = k
            while k < min(c.toks.count, past + 3), c.dateTokens.contains(k) || c.toks[k].matchesAnyReading(c.cues[.mannerAdverbs]) { k += 1 }
        }
        // (Past the report it was said in, up to its date: «ودانت المنامة في نبأ أوردته وكالة أنباء
        // البحرين أمس استمرار التصريحات العدائية من قبل المسؤولين الإيرانيين».)
        if k + 1 < c.toks.count, c.toks[k].normWord == Words.fi, c.toks[k + 1].matches(c.cues[.reportFrameNouns]),
            let d = (k + 2..<min(c.toks.count, k + 10)).first(where: { c.dateTokens.contains($0) })
        {
            k = d
            while k < c.toks.count, c.dateTokens.contains(k) || c.toks[k].token.normIs(",") { k += 1 }
        }
        // (Past its going on: «استمرار التصريحات».)
        if k + 1 < c.toks.count, c.toks[k].matches(c.cues[.continuationHeads]), c.toks[k + 1].matchesAnyReading(c.cues[.judgedThings]) { k += 1 }
        guard k < c.toks.count, !c.actorTokens.contains(k) else { return }
        let thing = c.toks[k]
        guard thing.isWord, thing.matchesAnyReading(c.cues[.judgedThings]) else { return }
        let sourceGroups = Set(a.source.map(\.group))
        let sourceCountries = Set(a.source.compactMap(\.country))
        // (What is given — aid, support, efforts — is for the one after «لـ», not that one's.)
        let given = thing.matchesAnyReading(c.cues[.givenThings])
        // Its genitive or adjectives follow: definite words and «غير» (التصريحات الطائفية غير
        // المسؤولة للمالكي), a nisba among them naming the owner (مساعدات الحملة السعودية).
        var owner: [FoundActor]?
        var j = k + 1
        while j < min(c.toks.count, k + 5), owner == nil {
            if let m = c.actors.first(where: { $0.from == j }) {
                if m.prep == nil || m.prep == Particle.li && !given, !m.placeOnly, m.namesSomeone { owner = c.group(m.group) }
                break
            }
            guard c.toks[j].isWord else { break }
            if let (country, n) = c.nisbaAfter(j, outside: c.actorTokens), n == j,
                CondemnedActNisba.definite(c.toks[n]) == CondemnedActNisba.definite(c.toks[n - 1])
            {
                owner = [c.nisbaActor(country, at: n, group: -2)]
                break
            }
            // «التصريحات العدائية من قبل المسؤولين الإيرانيين»
            if j + 2 < c.toks.count, c.toks[j].normWord == Words.min, c.toks[j + 1].normWord == Word("قبل") {
                if let m = c.actors.first(where: { $0.from == j + 2 }), !m.placeOnly, m.namesSomeone { owner = c.group(m.group) }
                break
            }
            // «بالمتابعة الكريمة من معالي الدكتور عبدالله الربيعة»: «من» right before a mention (past an
            // honorific the mention starts after) names who gave it.
            if c.toks[j].normWord == Words.min {
                let prepositions = c.cues[.prepositions]
                if let m = c.actors.first(where: { m in
                    m.from > j && m.from <= j + 3 && (j + 1..<m.from).allSatisfy { !c.toks[$0].matches(prepositions) }
                }),
                    !m.placeOnly, m.namesSomeone, m.prep == nil || m.prep == Words.min.text
                {
                    owner = c.group(m.group)
                }
                break
            }
            guard Self.adjectiveLike(c.toks[j], c) else { break }
            j += 1
        }
        guard let owner, !owner.contains(where: { sourceGroups.contains($0.group) }),
            !owner.allSatisfy({ o in o.country.map(sourceCountries.contains) ?? false && o.role == nil }),
            !Arguments.same(owner, a.target)
        else { return }
        a.cite(c.cues[.judgedThings].location(of: thing.normWord) ?? c.cues[.judgedThings].location(of: thing.lastStem))
        a.target = owner
    }

    /// A word that may qualify the thing before its owner: definite and no preposition of its own,
    /// or «غير» (غير المسؤولة).
    static func adjectiveLike(_ t: TokenInfo, _ c: TriggerContext) -> Bool {
        if t.normWord == Word("غير") { return true }
        return t.token.norm.startsWithArticle && !t.matches(c.cues[.prepositions])
    }
}
