import Lexicon

/// The sentence's place names, resolved to gazetteer rows (``PlaceFinder``, docs/places.md). A
/// lexicon place that context reads as another state's town (طرابلس with «لبنان») makes its actor
/// mention that state's too, and the role nouns located by it, so that an act located by it
/// (target-from-place) agrees with its place. Records the states the sentence names for the sentences after it.
struct PlaceStage: SentenceStage {
    let name = "places"
    let reads: Set<PipelineSlot> = [.sentence, .tokens, .formulae, .dates, .actors, .triggers, .article]
    let writes: Set<PipelineSlot> = [.places, .actors, .article]

    /// Rules that read a name against the lexicon's default, from the text around it.
    static let contextRules: Set<String> = ["qualifier", "sentence-context", "article-context", "dateline-context"]

    func run(_ s: inout SentenceState, _ c: CodingContext) {
        guard let text = s.text, !c.lexicon.gazetteer.isEmpty else { return }
        let finder = PlaceFinder(resolver: c.places)
        let states = finder.sentenceStates(s.tokens, s.actors)
        let whereNamed = s.part == .title ? "the headline" : "sentence \(s.index)"
        if s.part == .title {
            for (country, _) in states.sorted(by: { $0.key < $1.key }) where !s.article.headlineStates.contains(country) {
                s.article.headlineStates.append(country)
            }
        }
        // A sentence with no trigger has no act to place: it only tells the later ones which states
        // the article is about (the gazetteer's towns are not looked for in it).
        guard !s.triggers.isEmpty else {
            for (country, words) in states { s.article.saw(country, "«\(words)» in \(whereNamed)") }
            return
        }
        if !s.article.datelineRead {
            let head = finder.dateline(of: s.doc.text, date: s.doc.date)
            s.article.dateline = head.dateline
            s.article.datelineEnd = head.datelineEnd
            s.article.datelineRead = true
        }
        let skip = s.part == .text && s.index == 0 ? s.article.datelineEnd - s.span.start : 0
        let toks = s.tokens
        s.places = finder.find(
            toks, actors: s.actors, states: states, blocked: s.dateTokens.union(s.formulaTokens), article: s.article, date: s.doc.date,
            basis: .sentence, skipBefore: skip
        ) { text.text(toks, $0, $1) }
        for p in s.places where p.keyKind != nil && PlaceStage.contextRules.contains(p.rule) {
            guard let k = s.actors.firstIndex(where: { $0.from == p.from && $0.to == p.to }), let old = s.actors[k].country, old != p.mention.country,
                s.actors[k].placeOnly || s.actors[k].prep != nil
            else { continue }
            if s.actors[k].code == old { s.actors[k].code = p.mention.country }
            s.actors[k].country = p.mention.country
            s.actors[k].entries.append(p.location)
            // (Role nouns the sentence located by this place — or by the same state before it —
            // are in that state too: «قتل ثلاثة أشخاص في طرابلس … الجيش اللبناني».)
            for j in s.actors.indices where s.actors[j].countryInferred && s.actors[j].country == old {
                let role = s.actors[j].role ?? ""
                s.actors[j].country = p.mention.country
                if s.actors[j].code == old + role { s.actors[j].code = p.mention.country + role }
            }
        }
        for (country, words) in states { s.article.saw(country, "«\(words)» in \(whereNamed)") }
        for p in s.places where p.mention.kind != .state && (PlaceStage.contextRules.contains(p.rule) || finder.unambiguous(p.key, p.mention.country)) {
            s.article.saw(p.mention.country, "«\(p.mention.name)» in \(whereNamed)")
            // (The headline's towns name its states too: «… لمسجد قوات الطوارئ بأبها».)
            if s.part == .title, !s.article.headlineStates.contains(p.mention.country) { s.article.headlineStates.append(p.mention.country) }
        }
    }
}
