import Lexicon

/// "أضرب العرب احتجاجاً على رفض القضاء الإسرائيلي": who a protest is against, named after its
/// demand or condemnation, is not its subject (it is found as the addressee later).
struct ProtestDemandIsNotSubject: ArgumentRule {
    let name = "protest-demand-not-subject"

    func apply(_ a: inout Arguments, _ c: TriggerContext) {
        guard c.trig.isVerb, !c.trig.passive, c.root == "14", let p = a.mentionAfter?.first else { return }
        if let k = (c.trig.to..<p.from).first(where: {
            c.toks[$0].matchesAnyReading(c.cues[.protestAddressee]) || c.toks[$0].matchesAnyReading(c.cues[.protestAddress])
        }) {
            a.cite(c.toks[k].cueLocation(c.cues[.protestAddressee]) ?? c.toks[k].cueLocation(c.cues[.protestAddress]))
            a.mentionAfter = nil
        }
    }
}
