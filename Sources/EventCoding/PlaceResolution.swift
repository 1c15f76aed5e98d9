/// A place name resolved, with every reading considered and the rule that chose one
/// (`PlaceResolver.explain`, `tawthiq place`).
public struct PlaceResolution: Sendable, Equatable {
    /// The name as given.
    public var mention: String
    /// The words of it read as a place.
    public var matched: String
    /// The date it was resolved for (YYYY-MM-DD), or nil.
    public var date: String?
    /// The reading chosen.
    public var chosen: PlaceCandidate
    /// How the name was read: a lexicon key (`countries.lex:LINE`) or a name of the gazetteer.
    public var source: String
    /// The rule that chose it: lexicon, state, city-of-state, capital-homograph, qualifier,
    /// sentence-context, article-context, dateline-context, gazetteer, population.
    public var rule: String
    /// One plain sentence: the row, the rule, and the words that decided.
    public var reason: String
    /// Every reading considered, the chosen's first.
    public var candidates: [PlaceCandidate]

    public init(
        mention: String, matched: String, date: String?, chosen: PlaceCandidate, source: String, rule: String, reason: String, candidates: [PlaceCandidate]
    ) {
        self.mention = mention
        self.matched = matched
        self.date = date
        self.chosen = chosen
        self.source = source
        self.rule = rule
        self.reason = reason
        self.candidates = candidates
    }

    /// One JSON object on one line: `mention`, `matched`, `date`, `country`, `type`, `english`,
    /// `admin1`, `lat`, `lon`, `geonameid`, `population`, `row`, `source`, `rule`, `reason`, then
    /// `candidates` (objects of the same place keys).
    public var jsonLine: String {
        var w = JSONWriter()
        w.beginObject()
        w.string("mention", mention)
        w.string("matched", matched)
        w.string("date", date)
        PlaceResolution.fields(&w, chosen)
        w.string("source", source)
        w.string("rule", rule)
        w.string("reason", reason)
        w.beginArray("candidates")
        for c in candidates {
            w.beginObject()
            PlaceResolution.fields(&w, c)
            w.endObject()
        }
        w.endArray()
        w.endObject()
        return w.out
    }

    static func fields(_ w: inout JSONWriter, _ c: PlaceCandidate) {
        w.string("country", c.country)
        w.string("type", c.kind)
        w.string("english", c.english)
        w.string("admin1", c.admin1)
        w.raw("lat", EventJSON.coordinate(c.lat))
        w.raw("lon", EventJSON.coordinate(c.lon))
        if let g = c.geonameid { w.int("geonameid", g) } else { w.raw("geonameid", "null") }
        w.int("population", c.population)
        w.string("row", c.location)
    }
}
