import Lexicon

/// «قتل قيادي كبير في تنظيم القاعدة في غارة أميركية استهدفته في أفغانستان»: violence whose target
/// is not in its frame is against the armed group the sentence names (a group of the lexicon, or
/// rebels) in its clause, when it is not the attacker's side, rather than against the country where it happened
/// (``PlaceRoles`` then has nothing to do).
struct ArmedGroupIsTheTarget: ArgumentRule {
    let name = "armed-group-is-the-target"

    func apply(_ a: inout Arguments, _ c: TriggerContext) {
        guard c.violent, a.target.isEmpty, !a.source.isEmpty else { return }
        let sourceGroups = Set(a.source.map(\.group))
        let sourceKeys = Set(a.source.map { ActorCode.isIGO($0.code) || $0.code.hasPrefix("IMG") ? $0.code : ($0.country ?? $0.code) })
        // (In the trigger's clause, not coordinated with the attacker: «قوات النظام وحزب الله» are one side.)
        let groups = c.inClause.filter { m in
            (m.code.hasPrefix("IMG") || m.role == "REB" && m.country != nil) && !m.placeLike && !sourceGroups.contains(m.group)
                && !sourceKeys.contains(m.code.hasPrefix("IMG") ? m.code : (m.country ?? m.code))
                && !(m.coordinated && a.source.contains { $0.to <= m.from && m.from - $0.to <= 1 })
        }
        guard let group = groups.min(by: { abs($0.from - c.trig.from) < abs($1.from - c.trig.from) }) else { return }
        a.target = c.group(group.group)
    }
}
