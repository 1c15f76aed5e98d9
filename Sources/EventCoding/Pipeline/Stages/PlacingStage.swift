import Lexicon

/// Where the act happened: the place slot nearest the trigger in its clause (a town over its own
/// state: «في حلب شمال سوريا» is Aleppo), else the nearest in the sentence, else the article's
/// dateline, else none. A place is one the act happened in — after a locative word or ب, or a
/// place noun, or a city or region of the lexicon standing bare — not an origin (من), a
/// destination (إلى, except for a visit, 042, or an arrival: وصلت الطائرة إلى مطار عدن), nor a
/// neighbour named to situate another place; a capital or state standing bare is an actor
/// («موسكو ترحب»), not the place — except as the host of a visit (يزور دمشق: 042's target, 043's
/// source) when nothing else places it.
struct PlacingStage: TriggerStage {
    let name = "placing"
    let reads: Set<PipelineSlot> = [.tokens, .clauses, .places, .arguments, .article]
    let writes: Set<PipelineSlot> = [.eventPlace]

    func run(_ t: inout TriggerState, _ s: inout SentenceState, _ c: CodingContext) {
        let trig = t.trigger
        let eligible = s.places.filter { p in
            guard !p.reference, p.to <= trig.from || p.from >= trig.to else { return false }
            switch p.slot {
            case .at, .named: return true
            case .bare: return p.keyKind == .place
            case .to: return t.code.hasPrefix("042") || s.tokens[trig.from].matchesAnyReading(c.cues[.arrivalWords])
            case .from: return false
            }
        }
        var pool = eligible
        var scope = "in its sentence"
        if let clauses = s.clauses {
            let lo = clauses.start(trig.from)
            let hi = clauses.end(max(trig.from, trig.to - 1))
            let inClause = eligible.filter { $0.from >= lo && $0.to <= hi }
            if !inClause.isEmpty {
                pool = inClause
                scope = "in its clause"
            }
        }
        func distance(_ p: FoundPlace) -> Int { p.from >= trig.to ? p.from - trig.to : trig.from - p.to + 1 }
        // A visit's host standing bare (يزور دمشق، زار روسيا): the visit happened there.
        if pool.isEmpty, let host = t.code.hasPrefix("042") ? t.arguments.target.first : t.code.hasPrefix("043") ? t.arguments.source.first : nil,
            host.placeLike, host.carried == nil, let p = s.places.first(where: { $0.from == host.from && $0.to == host.to && !$0.reference })
        {
            t.place = (p.mention, "the host of the visit, a place standing bare: " + p.reason, p.location)
            return
        }
        guard var best = pool.min(by: { distance($0) < distance($1) }) else {
            if let d = s.article.dateline { t.place = (d.mention, d.reason, d.location) }
            return
        }
        // A state is refined by a town of it where something happened in the sentence, in its clause
        // or not (في حلب شمال سوريا؛ غارة فوق سوريا … قرب بلدة سرمدا).
        if best.mention.kind == .state,
            let town = eligible.filter({ $0.mention.kind != .state && $0.mention.country == best.mention.country }).min(by: {
                distance($0) < distance($1)
            })
        {
            best = town
            scope += ", a town of the state named with it"
        }
        t.place = (best.mention, "the place nearest the trigger \(scope) (\(best.slot.rawValue)): " + best.reason, best.location)
    }
}
