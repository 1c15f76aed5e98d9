import Lexicon
/// "قامت دبابة إسرائيلية بقصف …"، "القوات الأميركية وجهت ضربات": the subject of a light verb
/// before the noun in its clause is the noun's agent.
struct LightVerbSubject: ArgumentRule {
    let name = "light-verb-subject"

    func apply(_ a: inout Arguments, _ c: TriggerContext) {
        guard !c.trig.isVerb, !a.suffered, a.source.isEmpty,
            let k = (c.cs..<c.trig.from).first(where: { c.toks[$0].matchesAnyReading(c.cues[.lightVerbs]) }),
            let subj = c.before.last(where: { $0.prep == nil && !$0.placeLike && $0.country != nil })
        else { return }
        a.cite(c.toks[k].cueLocation(c.cues[.lightVerbs]))
        a.source = c.group(subj.group)
    }
}
