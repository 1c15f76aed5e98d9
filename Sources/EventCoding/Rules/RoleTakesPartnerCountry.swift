import Lexicon

/// «أوقفت الشرطة التركية … امرأة»، «الميليشيات الحوثية تحتجز صحفيين»، «اجتماع أمير المنطقة مع الشركات
/// المستثمرة»: people, firms or the press named by role alone (CVL, BUS, MED: no state of their own)
/// across an act from one state's agent are that state's own: the police arrest, the governor meets
/// and the ministry thanks its own. Not for violence, whose victims are as often another state's
/// («قتلت قوات الاحتلال مدنيين»), nor where the sentence names another state, nor when the partner
/// is only a place or an IGO; a body (GOV, LEG)
/// with no state stays as it is (a sultan or a parliament unnamed is no one's by default).
struct RoleTakesPartnerCountry: ArgumentRule {
    let name = "role-takes-partner-country"

    func apply(_ a: inout Arguments, _ c: TriggerContext) {
        guard let root = c.code.count >= 2 ? String(c.code.prefix(2)) : nil, !["18", "19", "20"].contains(root), !c.violent else { return }
        // (Only where the sentence names no other state: «زار عائلة الشهيد … الرئيس الفلسطيني»،
        // «أسفنا لمقتل جنود أفغان … نقدم تعازينا للمصابين» are another people's.)
        func alone(_ country: String) -> Bool { c.actors.allSatisfy { $0.country == nil || $0.country == country } }
        if let country = Self.stateOf(a.source), alone(country), a.target.contains(where: Self.roleOnly) {
            a.target = a.target.map { Self.roleOnly($0) ? Self.give($0, country) : $0 }
        }
        if let country = Self.stateOf(a.target), alone(country), a.source.contains(where: Self.roleOnly) {
            a.source = a.source.map { Self.roleOnly($0) ? Self.give($0, country) : $0 }
        }
        // «أصدرت المحكمة الجزائية المتخصصة حكماً … بإدانة مواطن بالانضمام إلى جبهة النصرة … في
        // سورية»: a citizen (cue citizen-words) a court or the police acts on is their state's, not
        // that of a place the sentence names (which located him only by inference).
        if let country = Self.stateOf(a.source), a.source.allSatisfy({ ["JUD", "COP"].contains($0.role ?? "") }) {
            let citizens = c.cues[.citizenWords]
            a.target = a.target.map { t in
                t.role == "CVL" && t.countryInferred && t.country != country && c.toks[t.from].matchesAnyReading(citizens)
                    ? Self.give(t, country) : t
            }
        }
    }

    static let people: Set<String> = ["CVL", "BUS", "MED"]
    static let agents: Set<String> = ["GOV", "COP", "MIL", "JUD", "LEG", "REB", "SPY"]

    static func roleOnly(_ m: FoundActor) -> Bool { m.country == nil && people.contains(m.role ?? "") && m.code == m.role }

    /// The one state every partner is an agent of (not a bare country, which may be a place).
    static func stateOf(_ xs: [FoundActor]) -> String? {
        guard let country = xs.first?.country, xs.allSatisfy({ $0.country == country && agents.contains($0.role ?? "") && !$0.placeLike })
        else { return nil }
        return country
    }

    static func give(_ m: FoundActor, _ country: String) -> FoundActor {
        var m = m
        m.code = country + (m.role ?? "")
        m.country = country
        m.countryInferred = true
        return m
    }
}
