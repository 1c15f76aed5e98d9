import ArabicText
import Lexicon

/// «وأشاد الأمين العام لمنظمة المؤتمر الإسلامي بالدور الكبير الذي يقدّمه المركز وخدماته الإنسانية
/// والإغاثية للأشقاء في اليمن»، «أعربت اللجنة الدولية للصليب الأحمر عن انزعاجها الشديد من الممارسات
/// الحوثية في اليمن»: a state governed by «في» that a pattern's slot reached more than eight words
/// after a verb of words (roots 01–03, 05, 11, 12) is where something in a nested clause happened, not
/// the one praised, condemned or promised to; near the verb it may be («فتح سفارتها رسميا في
/// هافانا»، «رحبت بالهدنة الإنسانية في اليمن»). Such a target is dropped.
struct DistantPlaceIsNoPartner: ArgumentRule {
    let name = "distant-place-is-no-partner"

    func apply(_ a: inout Arguments, _ c: TriggerContext) {
        guard ["01", "02", "03", "05", "11", "12"].contains(c.root), a.targetRule == PatternSlots.name, !a.target.isEmpty,
            a.target.allSatisfy({ $0.prep == Particle.fi && ($0.placeLike || $0.placeOnly) && $0.from >= c.trig.to }),
            let first = a.target.map(\.from).min(), c.words(from: c.trig.to, to: first) > 8
        else { return }
        a.target = []
        a.targetFromPlace = false
    }
}
