import Lexicon

/// «وصلت إلى مطار عدن الطائرة السعودية الإغاثية»: humanitarian aid (070, 073) is given by a state,
/// not by the aircraft or ship that carries it. An instrument as the source stands for its state's
/// government (SAUMIL → SAUGOV); with no state of its own, for the state the sentence names as an
/// actor other than the target's («إنفاذاً لتوجيهات خادم الحرمين الشريفين … وصلت الطائرة»).
struct AidIsTheStates: ArgumentRule {
    let name = "aid-is-the-states"

    func apply(_ a: inout Arguments, _ c: TriggerContext) {
        guard c.code.hasPrefix("070") || c.code.hasPrefix("073"), !a.source.isEmpty, a.source.allSatisfy(\.instrument) else { return }
        let targetCountry = a.target.first?.country
        let country =
            a.source.first?.country
            ?? c.actors.first(where: { m in
                m.country != nil && m.country != targetCountry && !m.placeLike && !m.placeOnly && !m.instrument && !ActorCode.isIGO(m.code)
            })?.country
        guard let country, var giver = a.source.first else {
            a.source = []
            return
        }
        giver.country = country
        giver.code = country + "GOV"
        giver.role = "GOV"
        a.source = [giver]
    }
}
