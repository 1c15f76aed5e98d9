import ArabicText
import Lexicon

/// "في عمليات نفذها قراصنة صوماليون"، "هجوم نُسب إلى المتمردين التاميل"، "على أيدي مسلحين من
/// حماس"، "من جانب عناصر من جيش المهدي"، "في غارة شنتها طائرة تابعة للقوات الأميركية": the actor a
/// state is known for, named by an agent phrase after the trigger in its clause or right after a
/// later violence noun, carried the attack out, when the trigger names no agent with a state of
/// its own.
struct AgentPhrase: ArgumentRule {
    let name = "agent-phrase"

    func apply(_ a: inout Arguments, _ c: TriggerContext) {
        guard c.violent, !c.pat.isReport, a.sourceFromContext || a.source.allSatisfy({ $0.country == nil || $0.role == "CVL" }) else { return }
        // (A clash names its sides «بين … و…»: an agent phrase in its sentence is another act's.)
        if c.pat.symmetric { return }
        // (An agent phrase right after a violence noun of the trigger's own phrase is the trigger's
        // agent; right after a later one, that one's: «تعرضت قرى درعا … لقصف عنيف … بعد هجوم شنته
        // المعارضة»، «تزامن الاشتباكات مع غارات نفذها الائتلاف الدولي».)
        let violentNouns = c.triggers.filter { n in c.isViolentNoun(n) && n.from >= c.trig.from }
        let nounEnds = violentNouns.filter { $0.from <= c.trig.to + 3 }.map(\.to)
        // (Not a later noun told as the cause of the harm — «جراء كمين نصبته المقاومة»، «في قصف
        // شنه الحوثيون», cue cause-of-harm-words or بـ on it — whose agent is the trigger's.)
        func cause(_ n: FoundTrigger) -> Bool {
            if c.toks[n.from].analyses.contains(where: { $0.attachedPreposition == Particle.bi }) { return true }
            var k = n.from - 1
            if k > c.trig.to, c.toks[k].isCount { k -= 1 }
            return k > c.trig.to && c.toks[k].matches(c.cues[.causeOfHarmWords])
        }
        let laterNounEnds = violentNouns.filter { $0.from > c.trig.to + 3 && !cause($0) }.map(\.to)
        // (A victim taken from the actor after the agent phrase is the agent: تعرضت للهجوم في عملية نفذها قراصنة.)
        let targetGroups = Set(a.target.filter { t in !(t.from > c.trig.to && (c.trig.to..<t.from).contains(where: c.agentCueAt)) }.map(\.group))
        let hit = (c.trig.to..<c.toks.count).lazy.filter { k in
            c.agentCueAt(k) && !laterNounEnds.contains { $0 <= k && k - $0 <= 2 } && (k < c.ce || nounEnds.contains { $0 <= k && k - $0 <= 2 })
        }.compactMap { k -> (Int, FoundActor)? in
            c.actors.first {
                $0.from > k && $0.from <= k + 3 && $0.namesSomeone && !$0.placeOnly && !($0.placeLike && $0.prep != nil)
                    && !targetGroups.contains($0.group)
            }.map { (k, $0) }
        }.first
        // (A passive's agent, or a death's, may also be the owner of a later violence noun: «قتل 30
        // مسلحا في غارات للتحالف»، «في قصف طيران التحالف»، «مقتل ثلاثة جنود في هجوم لحزب العمال»;
        // not the counted dead of a toll, «أدى إلى مقتل 15 شخصاً», nor civilians.)
        // (Or governed by «من» right after it, if armed: «نتيجة قصف من طائرات النظام».)
        // (After a verbal noun, only a noun in a phrase of its own: «مقتل جنود في هجوم لحزب
        // العمال», not a noun beside it, «مواجهات مع المقاومة وغارات لطيران التحالف».)
        func governed(_ n: FoundTrigger) -> Bool {
            var k = n.from - 1
            if k > c.cs, c.toks[k].isCount { k -= 1 }
            return c.toks[n.from].analyses.first?.attachedPreposition != nil
                || k >= c.cs && (c.toks[k].matches(c.cues[.prepositions]) || c.toks[k].matches(c.cues[.causeCues]))
        }
        // (A verb form governed by a preposition or a word of cause is the verbal noun: «قُتل جراء
        // قصف القوات الأوكرانية».)
        let nouns = c.triggers.filter { n in
            (c.isViolentNoun(n) || n.isVerb && c.coding.isViolent(c.lexicon.events[n.pattern].code) && governed(n))
                && n.from > c.trig.from && n.from < c.ce && !c.toks[n.from].matchesAnyReading(c.cues[.casualtyNouns])
                && (c.trig.isVerb || governed(n))
        }
        let owner =
            !a.source.isEmpty
            ? nil
            : nouns.lazy.compactMap { n in
                c.actors.first {
                    $0.from > n.from && $0.from <= n.to + 1
                        && ($0.prep == nil || $0.prep == Particle.li
                            || $0.prep == Particle.min && ActorRoles.armed.contains($0.role ?? "") && $0.from == n.to + 1)
                        && $0.namesSomeone && !$0.placeLike
                        && !targetGroups.contains($0.group) && $0.role != "CVL" && !($0.from > 0 && c.toks[$0.from - 1].isCount)
                }
            }.first
        guard let agent = hit?.1 ?? owner else { return }
        if let k = hit?.0 {
            a.cite(c.cues[.agentVerbs].location(of: c.toks[k].normWord) ?? c.cues[.agentPhrases].location)
        }
        a.target.removeAll { $0.group == agent.group }
        // (Victims the frame took for the source become the target; unidentified gunmen or a
        // suicide bomber, «هجوم انتحاري تبناه تنظيم داعش», are the named agent's own.)
        if a.target.isEmpty && !a.sourceFromContext { a.target = a.source.filter { $0.role == "CVL" || $0.country == nil && $0.role != "UAF" } }
        a.source = c.group(agent.group)
        a.sourceFromContext = false
    }
}
