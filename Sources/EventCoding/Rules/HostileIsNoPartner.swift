import Lexicon

/// «ونوه بالضربات التي توجهها المملكة ضد الإرهابيين»، «مشيداً بجهود رجال الأمن في ملاحقة
/// الإرهابيين»، «ونقدم التعازي … ضد هؤلاء المتطرفين الإرهابيين»: an actor named by a word of
/// condemnation (cue hostile-names: terrorists, extremists) is never the partner of an act of
/// cooperation (quad class 1 or 2: praise, thanks, condolences, aid); it is the object of what is
/// praised or asked for; nor is a transnational armed group, unless the source is armed too.
/// Such a target is dropped; the event keeps another, or none.
struct HostileIsNoPartner: ArgumentRule {
    let name = "hostile-is-no-partner"

    func apply(_ a: inout Arguments, _ c: TriggerContext) {
        guard !a.target.isEmpty, let quad = c.coding.ontology.entry(c.code)?.quad, quad <= 2 else { return }
        let hostile = c.cues[.hostileNames]
        a.target.removeAll { m in (m.from..<m.to).contains { c.toks[$0].matchesAnyReading(hostile) } }
        // Nor is a transnational armed group (ISIS, al-Qaeda: IMG…) the partner of a state, an IGO
        // or the press («أشاد رئيس البرلمان العربي بأداء رجال الداخلية … مرتبطين بالتنظيم
        // الإرهابي»، «يلتقي مسؤولين عراقيين لبحث مواجهة تنظيم داعش»); another armed group may be
        // (a pledge of allegiance).
        if !a.source.contains(where: { $0.code.hasPrefix("IMG") || $0.role == "REB" || $0.role == "UAF" }) {
            a.target.removeAll { $0.code.hasPrefix("IMG") }
        }
        if a.target.isEmpty { a.targetFromPlace = false }
    }
}
