import Lexicon

/// Patterns whose grammatical subject is the one acted on (تعرض لهجوم، لقي مصرعه): the subject is
/// the target, and an agent phrase, if any, the source.
struct SubjectIsTarget: ArgumentRule {
    let name = "subject-is-target"

    func apply(_ a: inout Arguments, _ c: TriggerContext) {
        guard c.trig.isVerb, c.pat.subjectIsTarget else { return }
        // (A passive's frame read its subject as the target already, and its agent phrase as the
        // source: «لقي أكثر من 25 مسلحاً حوثياً مصرعهم».)
        if c.trig.passive && a.source.isEmpty && !a.target.isEmpty { return }
        let victim = a.source
        a.source = c.agentAfter() ?? []
        a.target = victim
        a.sourceFromContext = false
    }
}
