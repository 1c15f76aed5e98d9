import ArabicText
import Lexicon

/// Roles taken from where the act happened, flagged so the reader knows they were inferred.
/// Violence with no named target is coded against the country where it happened (a bombing in
/// Baghdad targets IRQ). A protest that addresses someone it does not name (مطالبين برحيل، يسقط،
/// مناوئة لـ) is coded against the country where it happens, else the protesters' own country: its
/// authorities are who the demands go to; a protest about a state of affairs (احتجاجاً على الغلاء)
/// has no target. "أضرب العرب في إسرائيل": protesters the lexicon cannot name are civilians of the
/// country they protest in (as "محتجون في بيروت" are LBNCVL); "تعرض في مصر للتعذيب": torture with
/// no named torturer is done by the state where it happens.
struct PlaceRoles: ArgumentRule {
    static let targetName = "target-from-place"
    let name = PlaceRoles.targetName

    func apply(_ a: inout Arguments, _ c: TriggerContext) {
        let nearestPlace = c.actors.filter { $0.placeLike && ($0.prep != nil || $0.placeOnly) && $0.prep != Particle.ila && $0.country != nil && !$0.reference }
            .min(by: { abs($0.from - c.trig.from) < abs($1.from - c.trig.from) })
        let addressed = c.root == "14" && c.toks.contains { $0.matches(c.cues[.protestAddress]) }
        if a.target.isEmpty, c.violent || addressed,
            let place = nearestPlace ?? (c.root == "14" ? a.source.first(where: { $0.country != nil && $0.role != nil && !ActorCode.isIGO($0.code) }) : nil),
            !a.source.contains(where: { $0.code == place.country })  // the country acting is not its own target
        {
            var t = place
            t.code = place.country!
            t.role = nil
            t.placeOnly = false
            a.target = [t]
            a.targetFromPlace = true
        }
        if a.source.isEmpty, c.root == "14" || c.code == "1822", let place = nearestPlace, let country = place.country,
            !a.target.contains(where: { $0.code == country })
        {
            var s = place
            s.role = c.root == "14" ? "CVL" : nil
            s.code = country + (s.role ?? "")
            s.placeOnly = false
            a.setSource([s], by: "source-from-place")
            a.sourceFromPlace = true
        }
    }
}
