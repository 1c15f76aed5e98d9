import Lexicon
/// "قتل ثلاثة جنود سوريين في هجوم": a count right after a violence verb is the passive's subject
/// (قُتل), the victims whatever their role; the active verb names its agent first.
struct CountAfterVerb: ArgumentRule {
    let name = "count-after-verb"

    func apply(_ a: inout Arguments, _ c: TriggerContext) {
        guard c.violent, c.trig.isVerb, a.target.isEmpty, let s = a.source.first, a.source.allSatisfy({ $0.group == s.group }),
            s.from == c.trig.to + 1, c.trig.to < c.toks.count, c.toks[c.trig.to].isCount
        else { return }
        a.target = a.source
        a.source = c.agentAfter() ?? []
    }
}
