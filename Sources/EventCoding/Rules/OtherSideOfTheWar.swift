import Lexicon

/// «ويقصف الطيران اللواء المتمركز في تلك المنطقة»، «تتقدم المقاومة … نحو محطة باشافعي»: violence by
/// one side of a war of the lexicon (`[war …]`: the coalition and Hadi's forces in Yemen), whose
/// target is only the place where it fell, in the war's state and time, is against that side's
/// enemy (YEMREB), not the state (YEM). Still flagged `target-from-place`: the sentence did not name
/// the side hit.
struct OtherSideOfTheWar: ArgumentRule {
    let name = "other-side-of-the-war"

    func apply(_ a: inout Arguments, _ c: TriggerContext) {
        guard c.violent, let day = c.date else { return }
        // «وواصل طيران التحالف امس قصف مواقع عسكرية في صنعاء»، «قصف الطيران موقعاً للدفاع الجوي
        // بمدينة الحديدة»: the side that alone flies strikes only its enemy, so a target in the
        // war's state named by the state's name or as its forces, police or offices (held by the
        // enemy) is the enemy; civilians stay.
        if !a.source.isEmpty, !a.target.isEmpty,
            let war = c.lexicon.wars.first(where: { w in
                !w.air.isEmpty && w.holds(on: day) && a.source.allSatisfy { w.air.contains($0.code) }
            }),
            a.target.allSatisfy({ t in t.country == war.country && [nil, "MIL", "COP", "GOV"].contains(t.role) && t.code != war.enemy })
        {
            a.target = a.target.map { t in
                var t = t
                t.code = war.enemy
                t.country = ActorCode.country(of: war.enemy)
                t.role = ActorCode.role(of: war.enemy)
                t.entries = t.entries + [war.location]
                return t
            }
            return
        }
        // «سيطرت المقاومة الشعبية على معسكر الأمن المركزي»، «غارات على معسكر قوات الأمن الخاصة في
        // إب»: a camp or seat named after a state's forces or offices (cue installation-heads), hit
        // or taken by a side of a war in its state, was the enemy's; no side strikes its own.
        if !a.source.isEmpty, !a.target.isEmpty,
            let war = c.lexicon.wars.first(where: { w in w.holds(on: day) && a.source.allSatisfy { w.sides.contains($0.code) } }),
            a.target.allSatisfy({ t in
                t.from > 0 && c.toks[t.from - 1].matchesAnyReading(c.cues[.installationHeads]) && ["MIL", "COP", "GOV"].contains(t.role ?? "")
                    && t.code != war.enemy
                    && (t.country == war.country || war.sides.contains { ActorCode.country(of: $0) == t.country })
            })
        {
            a.target = a.target.map { t in
                var t = t
                t.code = war.enemy
                t.country = ActorCode.country(of: war.enemy)
                t.role = ActorCode.role(of: war.enemy)
                t.entries = t.entries + [war.location]
                return t
            }
            return
        }
        guard a.targetFromPlace, let place = a.target.first, let country = place.country, !a.source.isEmpty,
            let war = c.lexicon.wars.first(where: { w in w.country == country && w.holds(on: day) && a.source.allSatisfy { w.sides.contains($0.code) } })
        else { return }
        var t = place
        t.code = war.enemy
        t.country = ActorCode.country(of: war.enemy)
        t.role = ActorCode.role(of: war.enemy)
        t.entries = place.entries + [war.location]
        a.target = [t]
    }
}
