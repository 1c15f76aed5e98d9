import ArabicText
import Lexicon

/// Resolves a place name to a gazetteer row, and says why (docs/places.md, "Resolving a name"):
///
/// 1. a lexicon key reads as the lexicon says: a state's name is the state (its capital city after
///    «مدينة»/«العاصمة»), a capital or place is its row; a name only the gazetteer has is every town
///    so named;
/// 2. a qualifier right after the name picks the state (طرابلس شمال لبنان، الإسكندرية بولاية فرجينيا،
///    القنيطرة المغربية);
/// 3. context: a namesake in another state is taken when that state is named in the sentence (a
///    country, a nisba, an actor of it, an unambiguous place in it) and the lexicon's is not; then
///    in the headline and the sentences before; then the dateline. A namesake must be sizeable
///    (a tenth of the lexicon reading's people) to outweigh the lexicon's reading on context alone:
///    «لندن» next to Canada stays London;
/// 4. population, largest first (then the lower geonameid). A town of fewer than 15,000 people that
///    the lexicon does not name is taken only when context names its state.
///
/// `tawthiq place` and the coder's place stage both decide here.
public struct PlaceResolver: Sendable {
    public let lexicon: Lexicon
    let cues: Cues

    /// A namesake outweighs the lexicon's reading on context only with at least 1/10 of its people.
    static let sizeableShare = 10
    /// Towns smaller than this, not in the lexicon, need their state named in the context.
    static let smallTown = 15_000

    public init(lexicon: Lexicon) {
        self.init(lexicon: lexicon, cues: Cues(lexicon))
    }

    init(lexicon: Lexicon, cues: Cues) {
        self.lexicon = lexicon
        self.cues = cues
    }

    /// The states the context names, each with the words that named it.
    struct Evidence {
        var sentence: [String: String] = [:]
        var article: [String: String] = [:]
        var dateline: (country: String, words: String)?
    }

    /// A lexicon key's reading: its kind and the entry (state index) it belongs to.
    struct Reading {
        let kind: PlaceKeyKind
        let entry: Int
        /// Set when the coder read a capital-homograph (عمان) as this state's capital from its sentence.
        var homograph: String?
    }

    struct Decision {
        let row: Int
        let rule: String
        let why: String
        /// Every row considered, the lexicon's first, then the namesakes by population.
        let candidates: [Int]
    }

    var gazetteer: Gazetteer { lexicon.gazetteer }

    func describe(_ row: Int) -> String {
        let p = gazetteer.places[row]
        let pop = p.population > 0 ? ", \(p.population) people" : ""
        return "\(p.english) (\(p.country), \(p.kind.rawValue)\(pop), \(p.location))"
    }

    /// Decides the row for a name (normalised `key`, as written `written`).
    func decide(key: String, written: String, reading: Reading?, cityCue: Bool, qualifier: (country: String, words: String)?, evidence: Evidence) -> Decision? {
        let g = gazetteer
        guard !g.isEmpty else { return nil }
        let towns = g.towns(named: key)
        guard let reading else { return decideTown(towns, written: written, qualifier: qualifier, evidence: evidence) }
        let entry = lexicon.countries[reading.entry]
        let code = entry.code
        guard let stateRow = g.stateIndex(code) else { return nil }
        var lexRow = stateRow
        var rule: String
        var why: String
        switch reading.kind {
        case .country:
            if cityCue, let t = towns.first(where: { g.places[$0].country == code }) {
                lexRow = t
                rule = "city-of-state"
                why = "«\(written)» with «مدينة» or «العاصمة» is the capital city of \(code), not the state (\(entry.location))"
            } else {
                rule = "state"
                why = "«\(written)» names the state \(code) (\(entry.location)): its point"
            }
        case .capital, .place:
            if let r = g.lexiconPlace(normalised: key, country: code) {
                lexRow = r
                rule = "lexicon"
                why = "lexicon \(reading.kind.rawValue) «\(written)» of \(code) (\(entry.location))"
            } else if let t = towns.first(where: { g.places[$0].country == code }) {
                lexRow = t
                rule = reading.homograph != nil ? "capital-homograph" : "lexicon"
                why = "«\(written)» read as \(code)'s \(reading.kind.rawValue) (\(entry.location)), the town of \(code) so named"
            } else {
                rule = "lexicon-state"
                why = "lexicon \(reading.kind.rawValue) «\(written)» of \(code) (\(entry.location)) has no point of its own: the state's"
            }
            if let h = reading.homograph {
                rule = "capital-homograph"
                why += "; " + h
            }
        }
        let base = g.places[lexRow]
        let others = towns.filter { g.places[$0].country != code }
        let candidates = [lexRow] + others
        if !others.isEmpty, let q = qualifier {
            if q.country == code {
                return Decision(row: lexRow, rule: "qualifier", why: why + "; «\(q.words)» after it names \(code)" + namesakes(others), candidates: candidates)
            }
            if let t = others.first(where: { g.places[$0].country == q.country }) {
                return Decision(
                    row: t, rule: "qualifier", why: "«\(q.words)» after «\(written)» names \(q.country): not the lexicon's \(code) reading",
                    candidates: candidates)
            }
        }
        let sizeable = others.filter { g.places[$0].population * PlaceResolver.sizeableShare >= max(base.population, 1) }
        if !sizeable.isEmpty {
            if let own = evidence.sentence[code] {
                return Decision(row: lexRow, rule: rule, why: why + "; the sentence names \(code) («\(own)»)" + namesakes(sizeable), candidates: candidates)
            }
            if let t = sizeable.first(where: { evidence.sentence[g.places[$0].country] != nil }) {
                let c = g.places[t].country
                return Decision(
                    row: t, rule: "sentence-context",
                    why: "«\(written)» is also \(describe(lexRow)); the sentence names \(c) («\(evidence.sentence[c]!)») and not \(code)",
                    candidates: candidates)
            }
            if let own = evidence.article[code] {
                return Decision(row: lexRow, rule: rule, why: why + "; the article names \(code) (\(own))" + namesakes(sizeable), candidates: candidates)
            }
            if let t = sizeable.first(where: { evidence.article[g.places[$0].country] != nil }) {
                let c = g.places[t].country
                return Decision(
                    row: t, rule: "article-context",
                    why: "«\(written)» is also \(describe(lexRow)); the article names \(c) (\(evidence.article[c]!)) and not \(code)", candidates: candidates)
            }
            if let d = evidence.dateline, d.country != code, let t = sizeable.first(where: { g.places[$0].country == d.country }) {
                return Decision(
                    row: t, rule: "dateline-context", why: "«\(written)» is also \(describe(lexRow)); the dateline «\(d.words)» is in \(d.country)",
                    candidates: candidates)
            }
            return Decision(row: lexRow, rule: rule, why: why + "; nothing names the namesakes' states" + namesakes(sizeable), candidates: candidates)
        }
        if let q = qualifier, q.country != code, others.isEmpty, reading.kind != .country {
            // «قرية قصر البريج في ريف حلب»: a town of the lexicon placed by what follows in another
            // state is a namesake there that the gazetteer lacks; the qualifier locates the act.
            if reading.kind == .place { return nil }
            why += "; «\(q.words)» names \(q.country), where no town is so named"
        }
        return Decision(row: lexRow, rule: rule, why: why, candidates: candidates)
    }

    func namesakes(_ rows: [Int]) -> String {
        rows.isEmpty ? "" : " (also: " + rows.prefix(3).map(describe).joined(separator: "; ") + ")"
    }

    /// A name only the gazetteer has: context, then population.
    func decideTown(_ towns: [Int], written: String, qualifier: (country: String, words: String)?, evidence: Evidence) -> Decision? {
        let g = gazetteer
        guard let first = towns.first else { return nil }
        let states = Set(towns.map { g.places[$0].country })
        let several = states.count > 1
        func alsoAmong(_ t: Int) -> String {
            let rest = towns.filter { $0 != t }
            return rest.isEmpty ? "" : " (also: " + rest.prefix(3).map(describe).joined(separator: "; ") + ")"
        }
        if let q = qualifier, let t = towns.first(where: { g.places[$0].country == q.country }) {
            return Decision(
                row: t, rule: "qualifier", why: "gazetteer name «\(written)»; «\(q.words)» after it names \(q.country)" + alsoAmong(t), candidates: towns)
        }
        if let t = towns.first(where: { evidence.sentence[g.places[$0].country] != nil }) {
            let c = g.places[t].country
            return Decision(
                row: t, rule: several ? "sentence-context" : "gazetteer",
                why: "gazetteer name «\(written)»; the sentence names \(c) («\(evidence.sentence[c]!)»)" + alsoAmong(t),
                candidates: towns)
        }
        if let t = towns.first(where: { evidence.article[g.places[$0].country] != nil }) {
            let c = g.places[t].country
            return Decision(
                row: t, rule: several ? "article-context" : "gazetteer",
                why: "gazetteer name «\(written)»; the article names \(c) (\(evidence.article[c]!))" + alsoAmong(t),
                candidates: towns)
        }
        if let d = evidence.dateline, let t = towns.first(where: { g.places[$0].country == d.country }) {
            return Decision(
                row: t, rule: several ? "dateline-context" : "gazetteer",
                why: "gazetteer name «\(written)»; the dateline «\(d.words)» is in \(d.country)" + alsoAmong(t),
                candidates: towns)
        }
        guard g.places[first].population >= PlaceResolver.smallTown else { return nil }
        return Decision(
            row: first, rule: several ? "population" : "gazetteer",
            why: "gazetteer name «\(written)»" + (several ? ": nothing names a state, the largest town so named" : "") + alsoAmong(first), candidates: towns)
    }
}

extension PlaceResolver {
    /// How a place name resolves on a date, with every reading and why (`tawthiq place`). The
    /// `context` (a sentence or an article) gives the states named around the name and its
    /// dateline. Nil when nothing in the name is a place of the lexicon or the gazetteer.
    public func explain(_ name: String, context: String?, date: CalendarDay?) -> PlaceResolution? {
        let finder = PlaceFinder(resolver: self)
        var article = ArticlePlaces()
        var states: [String: String] = [:]
        if let context, !context.isEmpty {
            article = finder.dateline(of: context, date: date)
            for span in EventCoder.sentences(context) {
                let toks = TokenInfo.tokens(of: NormalizedText(span.text), cues: cues)
                let actors = ActorMentionFinder(lexicon: lexicon, cues: cues).find(toks, date: date)
                for (c, w) in finder.sentenceStates(toks, actors) where states[c] == nil { states[c] = w }
            }
        }
        let toks = TokenInfo.tokens(of: NormalizedText(name), cues: cues)
        guard !toks.isEmpty else { return nil }
        let actors = ActorMentionFinder(lexicon: lexicon, cues: cues).find(toks, date: date)
        for (c, w) in finder.sentenceStates(toks, actors) where states[c] == nil { states[c] = w }
        let scalars = Array(name.unicodeScalars)
        func text(_ from: Int, _ to: Int) -> (String, Int, Int) {
            let a = toks[from].token.start
            let b = toks[to - 1].token.end
            return (String(String.UnicodeScalarView(scalars[a..<b])), a, b)
        }
        let found = finder.find(toks, actors: actors, states: states, blocked: [], article: article, date: date, basis: .sentence, anySlot: true, text: text)
        guard let p = found.first else { return nil }
        func candidate(_ row: Int) -> PlaceCandidate {
            let g = gazetteer.places[row]
            return PlaceCandidate(
                country: g.country, kind: g.kind.rawValue, english: g.english, admin1: g.admin1, lat: g.lat, lon: g.lon, population: g.population,
                geonameid: g.geonameid, location: g.location)
        }
        var chosen = candidate(p.row)
        chosen.country = p.mention.country
        let source: String
        if let kind = p.keyKind, let a = actors.first(where: { $0.from == p.from && $0.to == p.to }), let pk = a.placeKey {
            source = "lexicon \(kind.rawValue) «\(p.mention.name)» of \(lexicon.countries[pk.entry].code) (\(lexicon.countries[pk.entry].location))"
        } else {
            source = "gazetteer name «\(p.mention.name)»"
        }
        return PlaceResolution(
            mention: name, matched: p.mention.name, date: date?.iso, chosen: chosen, source: source, rule: p.rule, reason: p.reason,
            candidates: ([p.row] + p.candidates.filter { $0 != p.row }).map(candidate))
    }
}
