import Lexicon

/// «تقدمت قوات المقاومة بدعم من قوات التحالف»، «غارات جوية مساندة للمقاومة الشعبية»، «القوات
/// المدعومة من التحالف العربي»: an actor named right after a word of support (cue support-words)
/// is the attacker's ally, never the target of its violence; with no other target the armed group
/// or the place stands instead.
struct SupportIsNoTarget: ArgumentRule {
    let name = "support-is-no-target"

    func apply(_ a: inout Arguments, _ c: TriggerContext) {
        guard c.violent, !a.target.isEmpty else { return }
        let allies = Set(
            a.target.filter { m in
                // (Within four words before it, with no verb between: «الانفصاليين مدعومين بدبابات
                // هاجموا القوات الحكومية» attacked the government's forces.)
                let lo = max(0, m.from - 4)
                guard lo < m.from, let k = (lo..<m.from).last(where: { c.toks[$0].matchesAnyReading(c.cues[.supportWords]) }) else { return false }
                return !c.triggers.contains { $0.isVerb && $0.from > k && $0.from < m.from }
            }.map(\.group))
        guard !allies.isEmpty else { return }
        a.target.removeAll { allies.contains($0.group) }
        if a.target.isEmpty { a.targetFromPlace = false }
    }
}
