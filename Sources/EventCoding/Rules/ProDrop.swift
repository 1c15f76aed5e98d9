import Lexicon

/// Pro-drop: an active verb with no subject of its own continues the last subject (وسلّمه،
/// متوعداً بالرد), unless that subject only reported the act in another clause.
struct ProDrop: ArgumentRule {
    let name = "pro-drop"

    func apply(_ a: inout Arguments, _ c: TriggerContext) {
        guard c.trig.isVerb, !c.trig.passive, a.source.isEmpty, a.relativeNoun == nil, c.trig.from > c.cs || c.trig.analysis.hasConjunction || c.trig.from > 0,
            !c.reporterOnly()
        else { return }
        a.source = c.discourse.lastSubject
        a.sourceFromContext = !a.source.isEmpty
    }
}
