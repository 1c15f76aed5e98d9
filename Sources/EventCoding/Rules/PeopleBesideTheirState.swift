import Lexicon

/// «تضامنه مع حكومة المملكة والشعب السعودي»، «تقف إلى جانب مصر وشعبها»: a people named beside its
/// own state or government in one role is the same party, said twice; it adds no event of its own
/// (the state or government stays). A people alone in its role («للشعب اليمني») stays, and so do
/// civilians beside police or an army (two parties).
struct PeopleBesideTheirState: ArgumentRule {
    let name = "people-beside-their-state"

    func apply(_ a: inout Arguments, _ c: TriggerContext) {
        let source = a.source
        let target = a.target
        func isPeople(_ m: FoundActor, among list: [FoundActor]) -> Bool {
            guard m.role == "CVL", let country = m.country, c.toks[m.from].matchesAnyReading(c.cues[.peopleWords]) else { return false }
            return list.contains { $0.country == country && ($0.role == nil || $0.role == "GOV") }
        }
        if source.contains(where: { isPeople($0, among: source) }) { a.source = source.filter { !isPeople($0, among: source) } }
        if target.contains(where: { isPeople($0, among: target) }) { a.target = target.filter { !isPeople($0, among: target) } }
    }
}
