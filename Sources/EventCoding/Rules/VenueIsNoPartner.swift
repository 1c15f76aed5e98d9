import ArabicText
import Lexicon

/// «اجتماع الصندوق بفيينا»، «خلال لقائه اليوم بالرياض مبعوث الأمين العام»، «في اجتماع للمجلس
/// الاستشاري لحركة فتح برام الله»: a capital or a state named after «في» or «ب» beside a meeting
/// is where it was held (or the state in someone's title: «وزير حقوق الإنسان باليمن»), not whom it
/// was held with: a meeting with a state takes «مع» (بحث مع مصر). Not a visit (042), whose
/// destination is the place. The partner is then the bare mention right after the venue («لقائه
/// بالرياض مبعوثَ …»), if there is one.
struct VenueIsNoPartner: ArgumentRule {
    let name = "venue-is-no-partner"

    func apply(_ a: inout Arguments, _ c: TriggerContext) {
        guard c.root == "04", !c.code.hasPrefix("042") else { return }
        func venue(_ x: FoundActor) -> Bool { x.placeLike && x.role == nil && (x.prep == Particle.fi || x.prep == Particle.bi) }
        guard let v = a.target.first(where: venue) else { return }
        a.target.removeAll(where: venue)
        guard a.target.isEmpty else { return }
        // (The partner right after the venue, past dates: «بالرياض أمس مبعوث …».)
        var k = v.to
        while k < c.ce, c.dateTokens.contains(k) { k += 1 }
        if let next = c.actors.first(where: { $0.from == k && $0.prep == nil && !$0.placeLike && !$0.placeOnly }),
            !a.source.contains(where: { $0.from == next.from })
        {
            a.target = c.group(next.group)
        }
    }
}
