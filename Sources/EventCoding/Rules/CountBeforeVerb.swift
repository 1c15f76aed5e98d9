import Lexicon
/// "إن 6 حوثيين قُتلوا برصاص المقاومة"، "نحو 70 حوثيا قتلوا": a counted subject right before a
/// violence verb is its victims (counts are told of the killed, not of killers); the agent is
/// the one an agent phrase after the verb names (AgentPhrase, later).
struct CountBeforeVerb: ArgumentRule {
    let name = "count-before-verb"

    func apply(_ a: inout Arguments, _ c: TriggerContext) {
        guard c.violent, c.trig.isVerb, !c.pat.subjectIsTarget, let s = a.source.first, a.source.allSatisfy({ $0.group == s.group }),
            s.to == c.trig.from, s.from > c.cs, c.toks[s.from - 1].isCount
        else { return }
        a.target = a.source
        a.source = c.agentAfter() ?? []
    }
}
