import ArabicText
import Lexicon

/// «قُتل عشرة جنود أفغان في غارة أميركية»، «مقتل مدنيين جراء قصف روسي»: a killing with no agent
/// named, told with the attack it came by (a verbal noun of violence a few words after it, behind
/// في، جراء، إثر، بـ), has the attack's agent: the military of the state its nisba names.
struct MeansNisbaAgent: ArgumentRule {
    let name = "means-nisba-agent"

    func apply(_ a: inout Arguments, _ c: TriggerContext) {
        guard c.violent, a.source.isEmpty, !a.target.isEmpty,
            let means = c.triggers.first(where: { $0.from > c.trig.to && $0.from <= c.trig.to + 10 && $0.from < c.ce && c.isViolentNoun($0) }),
            means.from > 0, Self.introducesMeans(c.toks[means.from - 1], c.toks[means.from], c.cues[.meansPrepositions]),
            let (country, j) = c.nisbaAfter(means.to),
            !a.target.contains(where: { $0.country == country })
        else { return }
        a.source = [c.nisbaActor(country, at: j, role: "MIL", group: -1)]
    }

    /// «في غارة»، «جراء قصف»، «إثر هجوم»، «بقصف»: a preposition of cause or means before the noun
    /// (cue means-prepositions), or «بـ» attached to it.
    static func introducesMeans(_ before: TokenInfo, _ noun: TokenInfo, _ words: Cue) -> Bool {
        words.contains(before.normWord) || noun.analyses.contains { $0.attachedPreposition == Particle.bi }
    }
}
