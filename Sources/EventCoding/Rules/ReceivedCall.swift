import ArabicText
import Lexicon

/// "خلال اتصال هاتفي تلقاه من وزير الخارجية العراقي": the caller is who the call came from, the
/// subject who received it its target.
struct ReceivedCall: ArgumentRule {
    let name = "received-call"

    func apply(_ a: inout Arguments, _ c: TriggerContext) {
        guard c.pat.symmetric, !c.trig.isVerb, a.target.isEmpty, !a.source.isEmpty, c.trig.to < c.toks.count,
            c.toks[c.trig.to].matchesAnyReading(c.cues[.receivedWords]),
            let caller = c.actors.first(where: { $0.prep == Particle.min && $0.from > c.trig.to && $0.from <= c.trig.to + 2 }),
            !a.source.contains(where: { $0.group == caller.group })
        else { return }
        a.cite(c.toks[c.trig.to].cueLocation(c.cues[.receivedWords]))
        a.target = a.source
        a.source = c.group(caller.group)
        a.sourceFromContext = false
    }
}
