import Lexicon

/// An active verb's candidates: the last bare mention before it in its clause (its subject in
/// SVO) and the first one after it (its subject in VSO, else its object).
struct VerbCandidates: ArgumentRule {
    let name = "verb-frame"

    func apply(_ a: inout Arguments, _ c: TriggerContext) {
        guard c.trig.isVerb, !c.trig.passive else { return }
        a.subjectBefore = c.lastBare(c.before)
        a.mentionAfter = c.firstBare(c.after)
    }
}
