import Lexicon

/// A pronoun after a preposition right after the trigger (بالرد عليها، جرى بينهما) points back at
/// the last event's target.
struct PronounPreposition: ArgumentRule {
    let name = "pronoun-preposition"

    func apply(_ a: inout Arguments, _ c: TriggerContext) {
        guard a.target.isEmpty, !c.discourse.lastTarget.isEmpty,
            let k = (c.trig.to..<min(c.toks.count, c.trig.to + 4)).first(where: { c.toks[$0].spelled(c.cues[.pronounPrepositions]) })
        else { return }
        // «قتل 20 متمرداً بينهم قيادي»: «بينهم، منهم» past a word after the trigger break down
        // the people just counted, not the last target.
        if k > c.trig.to, c.toks[k].spelled(c.cues[.amongWords]) { return }
        // (A plural pronoun is people: «لهم» is no country where the last act happened.)
        let people = c.toks[k].normWord.text.hasSuffix("هم") || c.toks[k].normWord.text.hasSuffix("هما")
        let target = c.discourse.lastTarget.filter { t in !a.source.contains { $0.group == t.group } && !(people && t.placeLike && t.role == nil) }
        guard !target.isEmpty else { return }
        a.cite(c.cues[.pronounPrepositions].location(of: c.toks[k].normWord))
        a.target = target
    }
}
