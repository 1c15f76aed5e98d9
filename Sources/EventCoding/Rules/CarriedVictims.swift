import Lexicon

/// "انفجرت سيارة مفخخة لدى مرور حافلة تقل عناصر من الحرس الثوري"، "صاروخ على سيارة تقل ثلاثة من
/// نشطاء سرايا القدس": the people a vehicle hit was carrying are the victims.
struct CarriedVictims: ArgumentRule {
    let name = "carried-victims"

    func apply(_ a: inout Arguments, _ c: TriggerContext) {
        guard c.violent, !c.pat.isReport,
            let k = (c.trig.to..<min(c.toks.count, c.trig.to + 10))
                .prefix(while: { ![",", "."].contains(c.toks[$0].token.norm) && !c.toks[$0].matches(c.cues[.clauseWords]) })
                .first(where: { c.toks[$0].matchesAnyReading(c.cues[.carryingWords]) }),
            let carried = c.actors.first(where: { $0.from > k && $0.from <= k + 6 && !$0.placeOnly && !($0.placeLike && $0.prep != nil) }),
            !(k + 1..<carried.from).contains(where: { [",", "."].contains(c.toks[$0].token.norm) })
        else { return }
        a.cite(c.toks[k].cueLocation(c.cues[.carryingWords]))
        a.source.removeAll { $0.group == carried.group }
        if a.target.allSatisfy({ $0.country == nil }) { a.target = c.group(carried.group) }
    }
}
