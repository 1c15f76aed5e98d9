import ArabicText
import Lexicon

/// «المواطن السعودي الذي اعتقلته الشرطة التركية»، «الطالب الذي قتلته القوات»: a verb right after a
/// relative pronoun, with an object pronoun on it and no target of its own, acts on the noun the
/// pronoun stands for: the mention right before the relative pronoun.
struct RelativeAntecedent: ArgumentRule {
    let name = "relative-antecedent"

    func apply(_ a: inout Arguments, _ c: TriggerContext) {
        let k = c.trig.from - 1
        guard a.target.isEmpty, c.trig.isVerb, k > 0, c.toks[k].matches(c.cues[.relativePronouns]),
            c.toks[c.trig.from].analyses.contains(where: { Particle.thirdPersonSuffixes.contains($0.suffix) }),
            let m = c.actors.last(where: { $0.to == k }), m.prep == nil, !m.placeLike, !m.placeOnly,
            !a.source.contains(where: { $0.group == m.group })
        else { return }
        a.setTarget(c.group(m.group), by: name)
    }
}
