import Lexicon

/// «تضامنه مع حكومة المملكة والشعب السعودي»، «تقف إلى جانب مصر وشعبها»: a people named beside its
/// own state or government in one role is the same party, said twice; it adds no event of its own
/// (the state or government stays). A people alone in its role («للشعب اليمني») stays.
struct PeopleBesideTheirState: ArgumentRule {
    let name = "people-beside-their-state"

    func apply(_ a: inout Arguments, _ c: TriggerContext) {
        let source = a.source
        let target = a.target
        if Self.repeats(source) { a.source = source.filter { !Self.isPeople($0, among: source) } }
        if Self.repeats(target) { a.target = target.filter { !Self.isPeople($0, among: target) } }
    }

    static func repeats(_ list: [FoundActor]) -> Bool { list.count > 1 && list.contains { isPeople($0, among: list) } }

    static func isPeople(_ m: FoundActor, among list: [FoundActor]) -> Bool {
        guard m.role == "CVL", let country = m.country else { return false }
        return list.contains { $0.country == country && $0.role != "CVL" }
    }
}
