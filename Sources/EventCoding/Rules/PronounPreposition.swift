import Lexicon

/// A pronoun after a preposition right after the trigger (بالرد عليها، جرى بينهما) points back at
/// the last event's target.
struct PronounPreposition: ArgumentRule {
    let name = "pronoun-preposition"

    func apply(_ a: inout Arguments, _ c: TriggerContext) {
        guard a.target.isEmpty, !c.discourse.lastTarget.isEmpty,
            let k = (c.trig.to..<min(c.toks.count, c.trig.to + 4)).first(where: { c.cues[.pronounPrepositions].contains(c.toks[$0].normWord) })
        else { return }
        a.cite(c.cues[.pronounPrepositions].location(of: c.toks[k].normWord))
        a.target = c.discourse.lastTarget.filter { t in !a.source.contains { $0.group == t.group } }
    }
}
