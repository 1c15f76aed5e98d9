import Lexicon

/// «تم طرد الحوثيين وقوات صالح من معسكري لبوزة»، «جرى تبادل»: a verb form right after an
/// auxiliary whose subject is a verbal noun (cue masdar-auxiliaries) is that noun; the mention
/// right after it is its genitive, the one acted on when the pattern's first slot is the object,
/// not the doer the verb frame took it for. The doer is left to the later rules (the other side of
/// the war, an agent phrase). (The trigger finder keeps the verb reading of violence and protest:
/// the learned gate was trained on it.)
struct MasdarAfterAuxiliary: ArgumentRule {
    let name = "masdar-after-auxiliary"

    func apply(_ a: inout Arguments, _ c: TriggerContext) {
        guard c.trig.isVerb, c.trig.from > 0, c.toks[c.trig.from - 1].isWord, c.toks[c.trig.from - 1].matches(c.cues[.masdarAuxiliaries]),
            c.pat.targets.first == .object, !c.pat.symmetric, let s = a.source.first, s.from == c.trig.to, s.prep == nil, !s.placeLike
        else { return }
        a.cite(c.toks[c.trig.from - 1].cueLocation(c.cues[.masdarAuxiliaries]))
        a.target = a.source
        a.source = c.agentAfter() ?? []
    }
}
