import Lexicon

/// A verbal noun with no agent of its own takes the last subject of its sentence that came before
/// it, unless that subject only reported the act in another clause, or, for violence, only spoke
/// of it («أدانت منظمة التعاون الإسلامي الهجوم … مما أدى إلى مقتل 37 شخصاً»: the condemner is no
/// killer).
struct ContextSubject: ArgumentRule {
    let name = "context-subject"

    func apply(_ a: inout Arguments, _ c: TriggerContext) {
        guard !c.trig.isVerb, !a.suffered, a.source.isEmpty, let subj = c.discourse.lastSubject.first, subj.from < c.trig.from,
            !c.reporterOnly(), !(c.violent && c.discourse.lastSubjectOfWords)
        else { return }
        a.source = c.discourse.lastSubject
        a.sourceFromContext = true
    }
}
