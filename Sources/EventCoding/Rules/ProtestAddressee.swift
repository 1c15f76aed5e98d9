import Lexicon

/// "مطالبين الحكومة التركية"، "يسقط فلان"، "للتنديد بإعدام الرئيس العراقي": the actor named right
/// after a demand, slogan or condemnation (the one nearest the trigger) is who the protest
/// addresses; failing an actor, a nisba on the thing demanded or denounced (مطالبين بالاستقلال عن
/// الهيمنة الأميركية).
struct ProtestAddressee: ArgumentRule {
    let name = "protest-addressee"

    func apply(_ a: inout Arguments, _ c: TriggerContext) {
        guard c.root == "14", a.target.isEmpty else { return }
        let sourceGroups = Set(a.source.map(\.group))
        let cueTokens = c.toks.indices.filter { isCue(c.toks[$0], c) }.sorted(by: { abs($0 - c.trig.from) < abs($1 - c.trig.from) })
        for k in cueTokens {
            if let t = c.actors.first(where: {
                $0.from > k && $0.from <= k + 4 && !$0.placeOnly && !($0.placeLike && $0.prep != nil) && $0.country != nil
                    && !ActorRoles.civilians.contains($0.role ?? "") && !sourceGroups.contains($0.group)
                    && !a.source.map(\.code).contains($0.code)  // (the protesters' own side is not whom they address)
            }) {
                cite(k, &a, c)
                a.target = c.group(t.group)
                return
            }
            if let (country, j) = c.nisbaStarting(in: (k + 1..<min(c.toks.count, k + 5)).prefix(while: { c.toks[$0].isWord })),
                !a.source.contains(where: { $0.country == country })
            {
                cite(k, &a, c)
                a.setTarget([c.nisbaActor(country, at: j, group: -2)], by: "protest-addressee-nisba")
                return
            }
        }
    }

    func isCue(_ t: TokenInfo, _ c: TriggerContext) -> Bool {
        t.matchesAnyReading(c.cues[.protestAddress]) || t.matchesAnyReading(c.cues[.protestAddressee])
    }

    func cite(_ k: Int, _ a: inout Arguments, _ c: TriggerContext) {
        a.cite(c.toks[k].cueLocation(c.cues[.protestAddress]) ?? c.toks[k].cueLocation(c.cues[.protestAddressee]))
    }
}
