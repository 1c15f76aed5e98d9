import Lexicon

/// "قُتل 13 عراقياً"، "60 شخصاً قُتلوا": civilians named with a violence verb and nothing else are
/// its victims (the unvocalised passive), not its agents.
struct CiviliansAreVictims: ArgumentRule {
    let name = "civilians-are-victims"

    func apply(_ a: inout Arguments, _ c: TriggerContext) {
        guard c.violent, c.trig.isVerb, a.target.isEmpty, !a.source.isEmpty, a.source.allSatisfy({ $0.role == "CVL" }) else { return }
        a.target = a.source
        a.source = []
    }
}
