import Lexicon

/// «قتل قيادي كبير في تنظيم القاعدة في غارة أميركية استهدفته في أفغانستان»: violence whose target
/// is not in its frame is against the armed group the sentence names (a group of the lexicon, or
/// rebels) in its clause, when it is not the attacker's side, rather than against the country where it happened
/// (``PlaceRoles`` then has nothing to do).
///
/// So is violence whose frame found only a country where it happened («سيطرت القوات الصومالية …
/// على مدينة باردهير جنوب غربي الصومال …، الخاضعة لجماعة الشباب»): a country name after a word of
/// place (cue locatives) is where, not whom. A clause that names no group takes the sentence's
/// one group, if it names one only apart from the attacker's side («وكان 5 قتلوا … من الحوثيين
/// وقوات صالح في كمين للمقاومة»).
struct ArmedGroupIsTheTarget: ArgumentRule {
    let name = "armed-group-is-the-target"

    func apply(_ a: inout Arguments, _ c: TriggerContext) {
        // (So is a show of force: «نشرت الولايات المتحدة مقاتلات في قاعدة انجرليك بجنوب تركيا
        // لمحاربة داعش» is against ISIS, not Turkey, the host.)
        guard c.violent || c.pat.code.hasPrefix("15"), !a.source.isEmpty else { return }
        let placeTarget =
            !a.target.isEmpty
            && a.target.allSatisfy { $0.placeLike && $0.role == nil && ($0.placeOnly || $0.prep.map { c.cues[.locatives].contains(Word($0)) } == true) }
        guard a.target.isEmpty || placeTarget else { return }
        let sourceGroups = Set(a.source.map(\.group))
        // (A state's rebels are another side than its forces: «الحوثيين» and «المقاومة».)
        func key(_ m: FoundActor) -> String {
            ActorCode.isIGO(m.code) || m.code.hasPrefix("IMG") ? m.code : (m.country ?? m.code) + (m.role == "REB" ? "REB" : "")
        }
        let sourceKeys = Set(a.source.map(key))
        // (Not coordinated with the attacker: «قوات النظام وحزب الله» are one side.)
        func groups(_ ms: [FoundActor]) -> [FoundActor] {
            ms.filter { m in
                (m.code.hasPrefix("IMG") || m.role == "REB" && m.country != nil) && !m.placeLike && !sourceGroups.contains(m.group)
                    && !sourceKeys.contains(key(m)) && !(m.coordinated && a.source.contains { $0.to <= m.from && m.from - $0.to <= 1 })
            }
        }
        var found = groups(c.inClause)
        // (The sentence's one group, when the clause names none.)
        if found.isEmpty, placeTarget || c.inClause.allSatisfy({ $0.placeLike || sourceGroups.contains($0.group) }) {
            let all = groups(c.actors.filter { !$0.placeOnly })
            if Set(all.map { $0.code }).count == 1 { found = all }
        }
        guard let group = found.min(by: { abs($0.from - c.trig.from) < abs($1.from - c.trig.from) }) else { return }
        a.target = c.group(group.group)
    }
}
