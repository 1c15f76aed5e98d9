import ArabicText
import Lexicon

/// «زيارة لم يعلن عنها مسبقاً لوزير الدفاع الأميركي إلى بغداد»، «اجتماع مثمر لمجلس التعاون مع
/// كيري»: after an indefinite verbal noun, the actor governed by لـ is its agent when another actor
/// fills the act's other slot (إلى، مع …). لـ stands for the genitive there, so it is the agent
/// only where the genitive would be (not «استقبال للمواطنين», whose genitive is the guest). With no
/// other actor the لـ phrase stays what the pattern makes it (a visit «لمصر» is to Egypt).
struct LamAgent: ArgumentRule {
    let name = "lam-agent"

    func apply(_ a: inout Arguments, _ c: TriggerContext) {
        // (A verb form right after a verb of result or a masdar auxiliary — «أسفر قصف عشوائي
        // للحوثيين» — is the verbal noun; the trigger finder keeps it a verb for the gate's sake.)
        let masdar =
            !c.trig.isVerb
            || c.trig.from > 0 && c.toks[c.trig.from - 1].isWord
                && (c.toks[c.trig.from - 1].matches(c.cues[.resultWords]) || c.toks[c.trig.from - 1].matches(c.cues[.masdarAuxiliaries]))
        guard masdar, !a.suffered, a.source.isEmpty, c.trig.analysis.suffix.isEmpty,
            let l = c.after.first(where: { $0.prep == Particle.li && $0.from <= c.trig.to + 6 && !$0.placeLike }), l.country != nil || l.namesSomeone
        else { return }
        // «قصف عشوائي للحوثيين وقوات صالح على الأحياء»، «القصف العشوائي للحوثيين»: past the verbal
        // noun's adjective, لـ no longer stands for its genitive object, and the armed actor it
        // governs is the attacker, with the article too (the adjective then has it as well).
        if c.violent, l.from == c.trig.to + 1, Self.nisbaAdjective(c.toks[c.trig.to], definite: c.trig.analysis.hasArticle),
            ActorRoles.armed.contains(l.role ?? "") || l.code.hasPrefix("IMG")
        {
            a.source = c.group(l.group)
            a.target.removeAll { $0.group == l.group }
            return
        }
        guard !NounFrame.genitiveIsObject(c), !c.trig.analysis.hasArticle else { return }
        // «غارات لطيران التحالف»، «قصف لقوات النظام»: right after a verbal noun of violence, an
        // armed actor governed by لـ is the attacker, whatever fills the other slot.
        // (Right after the noun or its one adjective, «غارات جوية للتحالف»; not where the pattern
        // makes لـ the target: «نصبت كمينا للميليشيات».)
        // (The adjective a nisba: «جوية»، «صاروخية»، «هجوم انتقامي لجماعة بوكو حرام»; «مركزا للدرك»
        // is the target's noun.)
        let adjacent = l.from == c.trig.to || l.from == c.trig.to + 1 && Self.nisbaAdjective(c.toks[c.trig.to], definite: false)
        if c.violent, adjacent, !c.pat.targets.contains(where: { if case .preposition(let p) = $0 { p == Particle.li } else { false } }),
            ActorRoles.armed.contains(l.role ?? "") || l.code.hasPrefix("IMG")
        {
            a.source = c.group(l.group)
            a.target.removeAll { $0.group == l.group }
            return
        }
        var target = a.target.filter { $0.group != l.group }
        if target.isEmpty {
            let others = c.after.filter { $0.group != l.group && $0.from > l.from }
            for slot in c.pat.targets {
                if case .preposition(let p) = slot, p != Particle.li, let t = c.withPrep(p, others) {
                    target = t
                    break
                }
            }
        }
        guard !target.isEmpty else { return }
        a.source = c.group(l.group)
        a.target = target
    }

    /// A nisba adjective of the verbal noun (جوية، صاروخية، عشوائي), with the article when the noun
    /// has it: no clitic, the ending ـي (four letters or more) or ـية.
    static func nisbaAdjective(_ t: TokenInfo, definite: Bool) -> Bool {
        let n = t.token.norm
        guard t.isWord, t.analyses.allSatisfy(\.prefix.isEmpty), n.startsWithArticle == definite else { return false }
        return n.hasSuffix(Particle.nisbaFeminineEnding) || n.hasSuffix(Particle.nisbaEnding) && n.count >= (definite ? 6 : 4)
    }
}
