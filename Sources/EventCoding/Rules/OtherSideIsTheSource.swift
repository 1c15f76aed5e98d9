import ArabicText
import Lexicon

/// «واصلت طائرات التحالف … ضرب أهداف للحوثي حيث لقي 25 مسلحاً حوثياً مصرعهم»، «دمر طيران
/// التحالف عربة للحوثي في غارة على مواقع للحوثيين»، «قتل خمسة أشخاص خلال هجوم شنه مسلحون»:
/// violence that names whom it hit (someone with a state or a known group) but no one who did it
/// was done by the one armed side the clause names apart from the victims (an army, rebels, a
/// known armed group, unidentified gunmen), when there is exactly one such side. Not a side
/// counted among the dead («مقتل 3 جنود»، «و903 من جماعة حزب الله»، «بينهم جندي»), one the
/// victims belong to («رجلاً أكدت انتماءه لتنظيم داعش»), nor a clash, whose sides are both named
/// («مواجهات مع المقاومة»: the symmetric frame reads them). In a sentence of clashes that counts
/// the dead of two sides, each side's dead are the other's doing.
struct OtherSideIsTheSource: ArgumentRule {
    let name = "other-side-is-the-source"

    func apply(_ a: inout Arguments, _ c: TriggerContext) {
        guard c.violent, !c.pat.symmetric, a.source.isEmpty, !a.target.isEmpty, !a.targetFromPlace,
            a.target.contains(where: { $0.namesSomeone && $0.role != "CVL" || $0.country != nil }),
            !a.target.contains(where: \.instrument)
        else { return }
        // (A state's rebels are another side than its forces: «الحوثيين» and «القوات الموالية للشرعية».)
        func key(_ m: FoundActor) -> String {
            m.code.hasPrefix("IMG") || ActorCode.isIGO(m.code) ? m.code : (m.country ?? m.code) + (m.role == "REB" ? "REB" : "")
        }
        func armed(_ m: FoundActor) -> Bool { m.code.hasPrefix("IMG") || m.code == "UAF" || ["MIL", "REB", "SPY"].contains(m.role ?? "") }
        let targetGroups = Set(a.target.map(\.group))
        let targetKeys = Set(a.target.map(key))
        // (A side is counted among the dead when a count, a word of the dead, «بينهم» or a word of
        // belonging stands within three words before it: «و903 من جماعة حزب الله».)
        func counted(_ m: FoundActor) -> Bool {
            (max(m.from < c.cs ? 0 : c.cs, m.from - 3)..<m.from).contains { k in
                c.toks[k].isCount || c.toks[k].matchesAnyReading(c.cues[.casualtyNouns]) || c.toks[k].matchesAnyReading(c.cues[.amongWords])
                    || c.toks[k].matchesAnyReading(c.cues[.affiliationWords])
            }
        }
        func sides(_ ms: [FoundActor]) -> [FoundActor] {
            ms.filter { m in
                armed(m) && !m.placeLike && !targetGroups.contains(m.group) && !targetKeys.contains(key(m))
                    && (m.country != nil || m.code.hasPrefix("IMG") || m.code == "UAF") && !counted(m)
                    && c.group(m.group).allSatisfy(armed)
            }
        }
        // (The clause first; a clause that names no side takes the sentence's one side, if it
        // names one only: «وتمكنت القوات الموالية للشرعية من كسر الهجوم …، وقتل في تلك المواجهات
        // 14 حوثيا».)
        var found = sides(c.inClause)
        // (Not a side named only after a clause of contrast later in the sentence: «… قتلوا بعد تجدد
        // قصف المخيسة، في حين واصل تنظيم داعش تقدمه داخل أحياء مدينة بيجي».)
        let contrast = (c.trig.to..<c.toks.count).first { k in
            c.toks[k].matches(c.cues[.contrastWords]) || ArgumentStage.phraseAt(c.cues[.contrastWords], c.toks, k)
        }
        if found.isEmpty { found = sides(c.actors.filter { m in !m.placeOnly && contrast.map { m.from < $0 } ?? true }) }
        // «مقتل 8 من الحوثيين وقوات صالح، إلى جانب مقتل 7 من المقاومة الشعبية، خلال مواجهات»: in a
        // sentence of clashes that counts the dead of two sides, each side's dead were the other's
        // doing (when the sentence counts one other armed side only).
        if found.isEmpty,
            c.triggers.contains(where: { t in c.lexicon.events[t.pattern].symmetric && c.coding.isViolent(c.lexicon.events[t.pattern].code) })
        {
            found = c.actors.filter { m in
                armed(m) && !m.placeOnly && !targetGroups.contains(m.group) && !targetKeys.contains(key(m))
                    && (m.country != nil || m.code.hasPrefix("IMG")) && counted(m) && c.group(m.group).allSatisfy(armed)
            }
        }
        guard Set(found.map(key)).count == 1, let side = found.min(by: { abs($0.from - c.trig.from) < abs($1.from - c.trig.from) }) else { return }
        a.source = c.group(side.group)
    }
}
