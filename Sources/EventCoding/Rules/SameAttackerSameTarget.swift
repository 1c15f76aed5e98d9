import Lexicon

/// «عملية انتحارية نفذتها حركة طالبان واستهدفت الشرطة الأفغانية في جنوب كابول، في أول هجوم كبير
/// يشنه المتمردون»: violence with no target of its own, by the same side as the last attack its
/// sentence named a target for, is that attack told again: its target is that one's, not the place.
struct SameAttackerSameTarget: ArgumentRule {
    let name = "same-attacker-same-target"

    func apply(_ a: inout Arguments, _ c: TriggerContext) {
        guard c.violent, a.target.isEmpty, !a.source.isEmpty, !c.discourse.lastAttacker.isEmpty, !c.discourse.lastAttackTarget.isEmpty else {
            return
        }
        func key(_ m: FoundActor) -> String {
            ActorCode.isIGO(m.code) || m.code.hasPrefix("IMG") ? m.code : (m.country ?? m.code) + (m.role == "REB" ? "REB" : "")
        }
        let sourceKeys = Set(a.source.map(key))
        guard Set(c.discourse.lastAttacker.map(key)) == sourceKeys else { return }
        let target = c.discourse.lastAttackTarget.filter { t in
            !t.instrument && !t.placeOnly && !(t.placeLike && t.role == nil) && !a.source.contains { $0.group == t.group }
        }
        guard !target.isEmpty, target.allSatisfy({ !sourceKeys.contains(key($0)) }) else { return }
        a.target = target
    }
}
