import Lexicon

/// "قُتل 15 شخصاً بينهم جندي عراقي"، "هاجموا سياسيين بينهم بي نظير بوتو": victims with no state of
/// their own broken down by بينهم/منهم take the state of the ones named among them; the dead and
/// wounded «في صفوف» a side are that side.
struct AmongVictims: ArgumentRule {
    let name = "among-victims"

    func apply(_ a: inout Arguments, _ c: TriggerContext) {
        // (Or civilians whose state the sentence only lent them: «قتلى وجرحى في صفوف الحوثي».)
        guard c.violent, !c.pat.isReport, let last = a.target.last, a.target.allSatisfy({ $0.country == nil || $0.role == "CVL" && $0.countryInferred }),
            let k = (last.to..<min(c.toks.count, last.to + 2)).first(where: { c.toks[$0].matches(c.cues[.amongWords]) }),
            let among = c.actors.first(where: { $0.from > k && $0.from <= k + 4 && $0.country != nil && !$0.placeLike && !$0.placeOnly })
        else { return }
        // (Civilians among civilians are no other party: «19 مواطناً بينهم أطفال».)
        if among.role == "CVL" && a.target.allSatisfy({ $0.country != nil }) { return }
        a.cite(c.cues[.amongWords].location(of: c.toks[k].normWord) ?? c.cues[.amongWords].location(of: c.toks[k].lastStem))
        a.target = c.group(among.group)
    }
}
