import Lexicon

/// A verbal noun's target when its frame gave none: the actor after a preposition of the pattern,
/// for the object slot the first bare mention within three words that is not the source, or for
/// `any` the mention right after the pattern's `after:` phrase.
struct NounTargetSlots: ArgumentRule {
    let name = "noun-target-slot"

    func apply(_ a: inout Arguments, _ c: TriggerContext) {
        guard !c.trig.isVerb, !a.suffered, a.target.isEmpty else { return }
        for slot in c.pat.targets {
            if case .preposition(let p) = slot, let t = c.withPrep(p, c.after) {
                a.target = t
                return
            }
            // «ووقوفها إلى جانب حكومة المملكة»: for `any`, the mention that opens right where the
            // pattern's own `after:` phrase ends (the phrase is the noun's preposition).
            if slot == .any, let span = c.trig.after, span.lowerBound >= c.trig.to,
                let m = c.actors.first(where: { $0.from == span.upperBound }), !m.placeOnly,
                !a.source.contains(where: { $0.group == m.group })
            {
                a.target = c.group(m.group)
                return
            }
            // (Not the unidentified attacker the noun's adjective names — «الهجوم الانتحاري»، «عملية
            // انتحارية» — once a claim or an agent phrase named who did it.)
            let named = a.source.contains { $0.code != "UAF" }
            if slot == .object, !NounFrame.genitiveIsObject(c),
                let t = c.firstBare(c.after.filter { m in !a.source.map(\.group).contains(m.group) && !(named && m.code == "UAF" && m.from == c.trig.to) }),
                t.first!.from <= c.trig.to + 3
            {
                a.target = t
                return
            }
        }
    }
}
