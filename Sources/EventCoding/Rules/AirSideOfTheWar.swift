import Lexicon

/// «غارات جوية استهدفت تجمعات ومواقع الحوثيين»، «في وقت شن فيه طيران التحالف غارات»: in a war of
/// the lexicon where one side alone flies (`air:` of `[war …]`: the coalition in Yemen), an air
/// strike — code 195, or a word of cue `air-strike-words` for the trigger or just before it —
/// that names none of the flying side as its doer is theirs. The enemy read as its doer (the other
/// side of the clause, or a subject misread) is what it hit; a doer of another state named for it
/// (a US drone) keeps it, and so does a strike on a group that is not the war's enemy (AQAP).
struct AirSideOfTheWar: ArgumentRule {
    let name = "air-side-of-the-war"

    func apply(_ a: inout Arguments, _ c: TriggerContext) {
        guard c.violent, !c.pat.isReport, let day = c.date else { return }
        let airWords = c.cues[.airStrikeWords]
        let airWord = (max(c.cs, c.trig.from - 2)..<c.trig.to).first { c.toks[$0].matchesAnyReading(airWords) }
        guard c.pat.code == "195" || airWord != nil,
            let war = c.lexicon.wars.first(where: { w in
                !w.air.isEmpty && w.holds(on: day) && c.actors.contains { $0.country == w.country || $0.code == w.enemy }
            })
        else { return }
        if a.source.contains(where: { war.air.contains($0.code) }) { return }
        let enemy = a.source.filter { $0.code == war.enemy }
        // (A doer of another state named for the strike: «غارة لطائرة أمريكية بدون طيار».)
        if enemy.isEmpty, a.source.contains(where: { $0.country != nil && $0.country != war.country && !war.sides.contains($0.code) }) { return }
        // (A strike on a group that is not the enemy: the US drones' on al-Qaeda.)
        if a.target.contains(where: { $0.code.hasPrefix("IMG") || ActorCode.isIGO($0.code) }) { return }
        guard let flyer = war.air.sorted().first, let country = ActorCode.country(of: flyer) else { return }
        a.sourceFromContext = false
        if let named = c.actors.filter({ war.air.contains($0.code) }).min(by: { abs($0.from - c.trig.from) < abs($1.from - c.trig.from) }) {
            // The flying side named in the sentence («وقصف طيران التحالف»، «الغارات الجوية لطيران التحالف»).
            a.source = c.group(named.group)
        } else {
            // Else the strike's word stands for it: the air word nearest the trigger in its clause.
            let at =
                airWord ?? (c.cs..<c.ce).filter({ c.toks[$0].matchesAnyReading(airWords) }).min(by: { abs($0 - c.trig.from) < abs($1 - c.trig.from) })
                ?? c.trig.from
            a.source = [
                FoundActor(
                    from: at, to: at + 1, code: flyer, country: country, role: ActorCode.role(of: flyer), prep: nil, group: -1, coordinated: false,
                    placeLike: false, entries: [war.location], title: nil, person: nil, personRoleReason: nil, former: false)
            ]
        }
        if !enemy.isEmpty {
            // The enemy read as the doer is what the strike hit.
            a.target = enemy
            a.targetFromPlace = false
        } else if a.target.contains(where: { war.sides.contains($0.code) }),
            let e = c.inClause.first(where: { $0.code == war.enemy })
        {
            // («غارات … على مواقع الحوثيين … تركزت على مقر اللواء»: the enemy named in the clause,
            // not an ally the strikes are told near.)
            a.target = c.group(e.group)
            a.targetFromPlace = false
        }
    }
}
