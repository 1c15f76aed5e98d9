import ArabicText
import Lexicon

/// «هجوم بقاذفة صواريخ شنه متمردون أكراد»، «الضربات الجوية التي يشنها التحالف»: a verbal noun
/// followed (past its adjectives, a complement and a relative pronoun) by a light verb whose
/// object pronoun takes it up has that verb's subject for its agent: the first actor right after
/// the verb. Light verbs before the noun are ``LightVerbSubject``'s.
struct RelativeLightVerbAgent: ArgumentRule {
    let name = "relative-light-verb-agent"

    func apply(_ a: inout Arguments, _ c: TriggerContext) {
        guard !c.trig.isVerb, !a.suffered, a.source.isEmpty else { return }
        // The light verb: within four words after the noun, no other actor or trigger before it.
        let end = min(c.toks.count, c.trig.to + 5)
        guard
            let k = (c.trig.to..<end).first(where: { j in
                c.toks[j].analyses.contains { Particle.thirdPersonSuffixes.contains($0.suffix) && c.cues[.lightVerbs].contains(Word($0.stem)) }
            }),
            (c.trig.to..<k).allSatisfy({ j in c.toks[j].isWord && !c.actorTokens.contains(j) }),
            !c.triggers.contains(where: { $0.from >= c.trig.to && $0.from < k })
        else { return }
        guard
            let subj = c.actors.first(where: { $0.from > k && $0.from <= k + 3 }),
            subj.prep == nil, !subj.placeLike, !subj.placeOnly, subj.namesSomeone || subj.code == "UAF",
            (k + 1..<subj.from).allSatisfy({ c.dateTokens.contains($0) })
        else { return }
        a.cite(c.toks[k].cueLocation(c.cues[.lightVerbs]))
        a.source = c.group(subj.group)
    }
}
