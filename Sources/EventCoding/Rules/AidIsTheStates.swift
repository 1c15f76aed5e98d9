import ArabicText
import Lexicon

/// «وصلت إلى مطار عدن الطائرة السعودية الإغاثية»: humanitarian aid (070, 073) is given by a state,
/// not by the aircraft or ship that carries it. An instrument as the source stands for its state's
/// government (SAUMIL → SAUGOV); with no state of its own, for the state the sentence names as an
/// actor other than the target's («إنفاذاً لتوجيهات خادم الحرمين الشريفين … وصلت الطائرة»).
struct AidIsTheStates: ArgumentRule {
    let name = "aid-is-the-states"

    func apply(_ a: inout Arguments, _ c: TriggerContext) {
        guard c.code.hasPrefix("070") || c.code.hasPrefix("073") else { return }
        // (The arrival frame: a verb with its cargo or craft after it and the recipient after «إلى».)
        let arrival = c.trig.isVerb && c.trig.after != nil && c.pat.targets.first == .preposition(Particle.ila)
        // (A giver named as the subject before the verb stays: «… المساعدات التي يقدمها مركز الملك
        // سلمان … وصلت الطائرة الإغاثية الثالثة إلى مطار عدن».)
        let givenBefore =
            !a.sourceFromContext && !a.source.isEmpty && !a.source.allSatisfy(\.instrument)
            && a.source.allSatisfy { $0.to <= c.trig.from && $0.country != a.target.first?.country }
        if arrival, !givenBefore, !a.source.allSatisfy(\.instrument) || a.source.isEmpty {
            a.source = []
            // «وصلت صباح اليوم سفينة "درب الخير" إلى ميناء عدن محملة بالمساعدات المقدمة من مركز
            // الملك سلمان»، «وصلت سفينة الإغاثة الإماراتية»: the cargo or the craft its pattern
            // names after the verb is the subject, no actor; the giver is a nisba on it or the
            // state or body named after «من» (not the recipient's).
            let targetCountry = a.target.first?.country
            func gives(_ m: FoundActor) -> Bool {
                guard m.from > c.trig.to, m.prep == Particle.min, !m.placeLike, !m.placeOnly, !m.instrument, m.namesSomeone else { return false }
                return ActorCode.isIGO(m.code) || (m.country != nil && m.country != targetCountry)
            }
            if let (country, j) = c.nisbaStarting(in: c.trig.to..<min(c.toks.count, c.trig.to + 6)), country != targetCountry {
                a.source = [c.nisbaActor(country, at: j, role: "GOV", group: -3)]
            } else if let giver = c.actors.first(where: gives) {
                a.source = c.group(giver.group)
            }
            return
        }
        guard !a.source.isEmpty, a.source.allSatisfy(\.instrument) else { return }
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
