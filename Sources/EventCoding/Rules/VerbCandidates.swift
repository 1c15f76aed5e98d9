import Lexicon

/// An active verb's candidates: the last bare mention before it in its clause (its subject in
/// SVO) and the first one after it (its subject in VSO, else its object). A violent verb right
/// after a violent verbal noun (and its adjectives) past that mention qualifies the noun («استشهد
/// شرطي مصري في هجوم إرهابي استهدف سيارة»): the noun is its subject, not the mention.
struct VerbCandidates: ArgumentRule {
    let name = "verb-frame"

    func apply(_ a: inout Arguments, _ c: TriggerContext) {
        guard c.trig.isVerb, !c.trig.passive else { return }
        a.subjectBefore = c.lastBare(c.before)
        a.mentionAfter = c.firstBare(c.after)
        // «إن المقاومة اقتحمت معقل مليشيات الحوثي … وسيطرت على»: a verb joined by و to an earlier one
        // shares its subject; the mention between them is the earlier verb's object.
        if c.trig.analysis.hasConjunction, let pre = a.subjectBefore, let first = pre.first, let obj = c.discourse.lastObject.first,
            obj.group == first.group, let subj = c.discourse.lastSubject.first, subj.to <= obj.from
        {
            a.subjectBefore = c.discourse.lastSubject
        }
        // (Civilians before it with no object after it stay its victims: «قتل ستة أشخاص في انفجار
        // استهدف».)
        if c.violent, let pre = a.subjectBefore, let end = pre.map(\.to).max(), !(Self.object(a, c) == nil && pre.allSatisfy { $0.role == "CVL" }),
            let noun = c.triggers.last(where: { n in
                c.isViolentNoun(n) && n.from >= end && n.to <= c.trig.from && c.trig.from - n.to <= 2
                    && (n.to..<c.trig.from).allSatisfy { c.toks[$0].isWord }
            })
        {
            a.subjectBefore = []
            a.relativeNoun = noun.from..<noun.to
        }
    }

    /// The mention after the verb, if no other trigger stands before it (its object in a relative
    /// clause: «في سلسلة تفجيرات استهدفت مناطق … في هجمات تبنى بعضها تنظيم داعش» has none).
    static func object(_ a: Arguments, _ c: TriggerContext) -> [FoundActor]? {
        guard let post = a.mentionAfter, let first = post.first, !c.triggers.contains(where: { $0.from >= c.trig.to && $0.from < first.from })
        else { return nil }
        return post
    }
}
