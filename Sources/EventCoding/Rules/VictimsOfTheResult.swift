import Lexicon

/// «جددت ميليشيات الحوثي قصفها … قريتي مشرعة وحدنان …، وأدى القصف إلى سقوط عشرات الضحايا من
/// المدنيين»: violence whose object is no actor (villages, positions) has for its target the
/// victims its result names (cue result-words, then an actor within a few words), before the place
/// it happened in is taken for them (``PlaceRoles``). Also when no agent is named: «سقوط مقذوف … من
/// داخل الحدود اليمنية على منزل بمدينة نجران مما نتج عنه إصابة فتاة وطفلين سعوديين» is None →
/// SAUCVL, as the gold codes an unclaimed attack.
struct VictimsOfTheResult: ArgumentRule {
    let name = "victims-of-the-result"

    func apply(_ a: inout Arguments, _ c: TriggerContext) {
        guard c.violent, a.target.isEmpty else { return }
        let end = min(c.toks.count, c.nextVerb, c.trig.to + 30)
        guard c.trig.to < end,
            let k = (c.trig.to..<end).first(where: { c.toks[$0].isWord && c.toks[$0].matchesAnyReading(c.cues[.resultWords]) })
        else { return }
        guard
            let victim = c.actors.first(where: { m in
                m.from > k && m.from <= k + 8 && m.from < end && !m.placeLike && !m.placeOnly && !m.instrument && m.namesSomeone
                    && ["CVL", "MIL", "COP", "REB"].contains(m.role ?? "") && !a.source.contains { $0.group == m.group || $0.code == m.code }
            })
        else { return }
        a.cite(c.toks[k].cueLocation(c.cues[.resultWords]))
        a.setTarget([victim], by: name)
    }
}
