import ArabicText
import Lexicon

/// «تشهد مدينة درعا قصفاً جوياً مكثفاً من الطيران الحربي»، «نتيجة قصف من طائرات النظام السوري»:
/// after a verbal noun of violence and at most two of its adjectives, an armed actor governed by
/// «من» is the attacker, never the target (the aircraft the pattern's `any` slot took).
struct MinAgent: ArgumentRule {
    let name = "min-agent"

    func apply(_ a: inout Arguments, _ c: TriggerContext) {
        // (Not the dead: «قتلى من الحوثيين» are Houthis.)
        guard c.violent, !c.trig.isVerb || !VerbCandidates.looksFinite(c.toks[c.trig.from].token.text),
            !c.toks[c.trig.from].matchesAnyReading(c.cues[.casualtyNouns]),
            a.source.isEmpty || a.sourceFromContext
        else { return }
        var k = c.trig.to
        while k < min(c.trig.to + 2, c.toks.count), Self.isAdjective(k, c) { k += 1 }
        guard k < c.toks.count, c.toks[k].normWord == Word(Particle.min),
            let agent = c.actors.first(where: { $0.from == k + 1 && $0.prep == Particle.min }), !agent.placeLike, !agent.placeOnly,
            ActorRoles.armed.contains(agent.role ?? "") || agent.code.hasPrefix("IMG")
        else { return }
        a.source = c.group(agent.group)
        a.sourceFromContext = false
        a.target.removeAll { $0.group == agent.group }
    }

    /// A word that can qualify the noun: no clitic before it, no mention, trigger or date, and the
    /// shape of an adjective (a nisba, the tanween alif, the article: جوياً، مكثفاً، المدفعي).
    static func isAdjective(_ k: Int, _ c: TriggerContext) -> Bool {
        let t = c.toks[k]
        let n = t.token.norm
        return t.isWord && !c.actorTokens.contains(k) && !c.dateTokens.contains(k) && !t.matches(c.cues[.prepositions])
            && !c.triggers.contains { $0.from <= k && k < $0.to } && t.analyses.allSatisfy { $0.prefix.isEmpty }
            && (n.startsWithArticle || n.hasSuffix(Particle.nisbaEnding) || n.hasSuffix(Particle.nisbaFeminineEnding)
                || n.hasSuffix(Particle.tanweenAlif) && !n.hasSuffix("وا"))
    }
}
