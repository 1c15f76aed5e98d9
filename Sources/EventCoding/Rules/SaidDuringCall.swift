import ArabicText
import Lexicon

/// «تلقى خادم الحرمين اتصالاً هاتفياً من الرئيس الفرنسي جدد خلاله ترحيبه …»: what a verb says
/// «during it» (cue `during-pronouns`: خلاله، من خلالها) right after a call or a message from
/// someone was said by the one who called, not by the subject who received the call. (Ranks and
/// honorifics may stand between «من» and the caller: «من معالي الفريق الركن الشيخ راشد».)
struct SaidDuringCall: ArgumentRule {
    let name = "said-during-call"

    func apply(_ a: inout Arguments, _ c: TriggerContext) {
        guard c.trig.isVerb, let k = duringPronounAfter(c) else { return }
        // The last symmetric noun before the verb (a call, a message) and who it came from (من).
        guard
            let call = c.triggers.last(where: {
                $0.to <= c.trig.from && !$0.isVerb && c.lexicon.events[$0.pattern].symmetric
            }),
            let caller = c.actors.first(where: {
                $0.prep == Particle.min && $0.from >= call.to && c.words(from: call.to, to: $0.from) <= 6 && $0.to <= c.trig.from
            }),
            c.words(from: caller.to, to: c.trig.from) <= 4,
            !a.source.contains(where: { $0.group == caller.group })
        else { return }
        a.cite(c.toks[k].cueLocation(c.cues[.duringPronouns]))
        a.source = c.group(caller.group)
        a.sourceFromContext = false
        a.target.removeAll { $0.group == caller.group }
    }

    /// The token of «خلاله» right after the verb (or after من), or nil.
    private func duringPronounAfter(_ c: TriggerContext) -> Int? {
        let k = c.trig.to
        guard k < c.toks.count else { return nil }
        if c.toks[k].spelled(c.cues[.duringPronouns]) { return k }
        if ArgumentStage.phraseAt(c.cues[.duringPronouns], c.toks, k) { return k + 1 }
        return nil
    }
}
