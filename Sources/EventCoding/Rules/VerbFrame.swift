import Lexicon
/// The verb's frame. Passive: the first bare mention after it (else the last before it) is the
/// target, an agent phrase (على يد، من قبل) the source. Active: the subject before it (SVO) with
/// the mention after it as the object; else the mention after it is the subject (VSO) and the next
/// bare mention the object.
struct VerbFrame: ArgumentRule {
    let name = "verb-frame"

    func apply(_ a: inout Arguments, _ c: TriggerContext) {
        guard c.trig.isVerb else { return }
        if c.trig.passive {
            a.target = c.firstBare(c.after) ?? c.lastBare(c.before) ?? []
            a.source = c.agentAfter() ?? []
            return
        }
        guard !a.framed else { return }
        if let pre = a.subjectBefore, !pre.isEmpty {
            a.source = pre
            if let post = a.mentionAfter { a.target = post }
        } else if let post = a.mentionAfter {
            a.source = post
            let rest = c.after.filter { $0.from >= (post.last?.to ?? 0) && $0.group != post.first?.group }
            if let obj = c.firstBare(rest) { a.target = obj }
        }
    }
}
