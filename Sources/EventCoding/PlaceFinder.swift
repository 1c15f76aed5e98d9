import ArabicText
import Lexicon

/// Finds the place names of a sentence and resolves each (``PlaceResolver``): the lexicon's
/// states, capitals and places among the actors found, and names only the gazetteer has, which are
/// read only in a place slot (after في، ب، قرب، بالقرب من، شمال…، من، إلى, or a place noun: مدينة،
/// بلدة، ريف …) so that a town named like a common word is not read everywhere. Also finds the
/// dateline's place at the head of an article's text.
struct PlaceFinder {
    let resolver: PlaceResolver
    var lexicon: Lexicon { resolver.lexicon }
    var cues: Cues { resolver.cues }
    var gazetteer: Gazetteer { lexicon.gazetteer }

    /// The text of tokens `from..<to` and its offsets (in the part, or the article's text for a dateline).
    typealias TextOf = (_ from: Int, _ to: Int) -> (String, Int, Int)

    /// The place names in `toks`. `actors` are the sentence's actor mentions; `blocked` tokens
    /// (dates, formulae) hold no name; with `anySlot` a gazetteer name is read wherever it stands
    /// (`tawthiq place`). `skipBefore`: tokens ending at or before this scalar offset hold no name
    /// (the dateline, already read).
    func find(
        _ toks: [TokenInfo], actors: [FoundActor], states: [String: String], blocked: Set<Int>, article: ArticlePlaces, date: CalendarDay?,
        basis: PlaceMention.Basis, anySlot: Bool = false, skipBefore: Int = 0, text: TextOf
    ) -> [FoundPlace] {
        guard !gazetteer.isEmpty else { return [] }
        var out: [FoundPlace] = []
        // (Arrays by token, not sets: looked up for every word.)
        var taken = [Bool](repeating: false, count: toks.count)
        for t in blocked where t < toks.count { taken[t] = true }
        var inActor = [Int](repeating: -1, count: toks.count)  // token → the first token of the actor mention holding it
        for a in actors {
            for t in a.from..<min(a.to, toks.count) {
                taken[t] = true
                inActor[t] = a.from
            }
        }
        var namesakes = Set<Int>()
        var e = PlaceResolver.Evidence()
        e.sentence = states
        e.article = article.states
        if let d = article.dateline { e.dateline = (d.mention.country, d.mention.name) }
        func evidence() -> PlaceResolver.Evidence { e }
        // The lexicon's states, capitals and places.
        for a in actors {
            guard let pk = a.placeKey, a.from < toks.count, toks[a.from].token.end > skipBefore else { continue }
            let first = Word(String(pk.key.split(separator: " ").first ?? ""))
            let attached = toks[a.from].forms.first(where: { $0.0 == first })?.1.attachedPreposition
            let slot = self.slot(before: a.from, attached: attached, toks)
            var reading = PlaceResolver.Reading(kind: pk.kind, entry: pk.entry)
            let (written, _, _) = text(a.from, a.to)
            if let ci = lexicon.countryByCode[a.country ?? ""], ci == pk.entry, lexicon.homographCapitalOf[pk.key] == ci {
                reading.homograph =
                    "«\(written)» is spelled like \(lexicon.countries[lexicon.countryByCode[firstCountry(pk.key)] ?? ci].code)'s name; the sentence names \(a.country!) and not that state"
            }
            // «في منطقة الرباط الواقعة بين مدينة صبر ودار سعد»: after a place noun other than a
            // city's, a capital of a state that neither the sentence nor the article names otherwise
            // may be a local namesake the gazetteer lacks (decided below, from the other places).
            let city = cityCue(a.from, a.to, toks)
            if pk.kind == .capital, !city, a.from > 0, reads(toks[a.from - 1], .placeNouns), let c = a.country,
                e.sentence[c].map({ $0 == written }) ?? true, e.article[c].map({ $0 == written }) ?? true
            {
                namesakes.insert(a.from)
            }
            guard
                let d = resolver.decide(
                    key: pk.key, written: written, reading: reading, cityCue: city, qualifier: qualifier(after: a.to, toks, actors),
                    evidence: evidence())
            else { continue }
            out.append(
                place(
                    d, key: pk.key, from: a.from, to: a.to, slot: slot, reference: a.reference, keyKind: pk.kind, country: formerState(pk.entry, date),
                    basis: basis, text: text))
        }
        // Names only the gazetteer has, in a place slot.
        var i = 0
        while i < toks.count {
            // (Inside an actor mention only after ب or في: «وزارة العمل بمدينة الرياض».)
            let inside = inActor[i] >= 0 && inActor[i] < i
            guard toks[i].isWord, toks[i].hasPlaceHits, !taken[i] || inside && !blocked.contains(i), toks[i].token.end > skipBefore else {
                i += 1
                continue
            }
            // (The gazetteer names of the word's forms with no suffix are memoised with its readings.)
            let readings = toks[i].readings
            var best: (n: Int, analysis: CliticAnalysis, key: String)?
            for hit in readings.placeHits {
                let n = hit.count
                if best.map({ $0.n >= n }) ?? false { continue }
                // (The second word's fingerprint first: a word opens many names (تل، عين، كفر).)
                guard i + n <= toks.count, n == 1 || toks[i + 1].normWord.fingerprint == hit.second else { continue }
                let ph = hit.phrase
                guard
                    (1..<max(n, 1)).allSatisfy({ k in
                        k >= n || ((inside || !taken[i + k]) && !blocked.contains(i + k) && toks[i + k].normWord == ph.words[k])
                    })
                else { continue }
                best = (n, readings.forms[hit.form].1, ph.words.map(\.text).joined(separator: " "))
            }
            // (A name in no place slot — no ب or ل on it, no preposition or place noun before it —
            // is not read: a town named like a common word.)
            guard let b = best else {
                i += 1
                continue
            }
            let slot = self.slot(before: i, attached: b.analysis.attachedPreposition, toks)
            guard anySlot || slot != .bare, !inside || slot == .at else {
                i += 1
                continue
            }
            let (written, _, _) = text(i, i + b.n)
            guard
                let d = resolver.decide(
                    key: b.key, written: written, reading: nil, cityCue: false, qualifier: qualifier(after: i + b.n, toks, actors), evidence: evidence())
            else {
                i += 1
                continue
            }
            out.append(
                place(d, key: b.key, from: i, to: i + b.n, slot: slot, reference: isReference(i, toks), keyKind: nil, country: nil, basis: basis, text: text))
            i += b.n
        }
        out += capitals(toks, found: out, blocked: blocked, states: states, article: article, date: date, basis: basis, text: text)
        // A suspected namesake is dropped when a town or region of another state is named in the
        // sentence: the act is there, and the namesake one of its places.
        let found = out
        out.removeAll { p in
            namesakes.contains(p.from)
                && found.contains { !namesakes.contains($0.from) && $0.mention.kind != .state && $0.mention.country != p.mention.country }
        }
        return out.sorted { $0.from < $1.from }
    }

    /// «في العاصمة»، «بالعاصمة الليبية»: the capital standing alone, with no name after it, is the
    /// capital of the state its nisba names, else of the one state the sentence's places are in,
    /// else of the one state the sentence names, else the article's, else the dateline's.
    func capitals(
        _ toks: [TokenInfo], found: [FoundPlace], blocked: Set<Int>, states: [String: String], article: ArticlePlaces, date: CalendarDay?,
        basis: PlaceMention.Basis, text: TextOf
    ) -> [FoundPlace] {
        var out: [FoundPlace] = []
        let capitalWords = cues[.capitalWords]
        // (A word none of whose forms is a capital word is passed by its memoised cue mask.)
        for i in toks.indices where toks[i].isWord && toks[i].readings.cuesOfAnyForm.contains(capitalWords.index) && !blocked.contains(i) {
            // (The form ال + stem of a reading with the article: its bytes are the stem's and four more.)
            guard
                let a = toks[i].forms.first(where: {
                    $0.1.hasArticle && $0.1.suffix.isEmpty && $0.0.text.utf8.count == $0.1.stem.utf8.count + 4 && capitalWords.contains($0.0)
                })?.1 ?? (capitalWords.contains(toks[i].normWord) ? toks[i].analyses.first : nil),
                !found.contains(where: { $0.from <= i && i < $0.to }),
                slot(before: i, attached: a.attachedPreposition, toks) == .at
            else { continue }
            let nisbaAfter = i + 1 < toks.count ? nisba(toks[i + 1]) : nil
            let nameAfter = found.contains { $0.from == i + 1 || nisbaAfter != nil && $0.from == i + 2 }
            guard !nameAfter else { continue }
            var to = i + 1
            var state: (code: String, why: String)?
            if let c = nisbaAfter {
                state = (lexicon.countries[c].code, "its nisba «\(toks[i + 1].token.text)»")
                to = i + 2
            } else if Set(found.map(\.mention.country)).count == 1, let p = found.first {
                state = (p.mention.country, "the sentence's place «\(p.mention.name)» is in it")
            } else if states.count == 1, let (c, w) = states.first {
                state = (c, "the sentence names it («\(w)»)")
            } else if article.states.count == 1, let (c, w) = article.states.first {
                state = (c, "the article names it (\(w))")
            } else if let d = article.dateline {
                state = (d.mention.country, "the dateline «\(d.mention.name)» is in it")
            }
            guard let state, let ci = lexicon.countryByCode[state.code] else { continue }
            let entry = lexicon.countries[ci]
            guard let row = entry.capitals.lazy.compactMap({ self.gazetteer.lexiconPlace($0, country: state.code) }).first ?? gazetteer.stateIndex(state.code)
            else { continue }
            let d = PlaceResolver.Decision(
                row: row, rule: "capital-of-state",
                why: "«\(text(i, to).0)» with no name after it: the capital of \(state.code), as \(state.why) (\(entry.location))",
                candidates: [row])
            out.append(
                place(
                    d, key: toks[i].token.norm, from: i, to: to, slot: .at, reference: false, keyKind: nil, country: formerState(ci, date), basis: basis,
                    text: text))
        }
        return out
    }

    /// The state a capital-homograph's spelling names as a state (عمان → OMN).
    func firstCountry(_ key: String) -> String {
        for ph in lexicon.actorIndex.phrases(startingWith: Word(key)) where ph.words.count == 1 {
            if case .countryName(let c) = ph.ref { return lexicon.countries[c].code }
        }
        return ""
    }

    /// A state that did not exist on the date is a region of the one it was part of.
    func formerState(_ entry: Int, _ date: CalendarDay?) -> String? {
        lexicon.countries[entry].formerState(on: date)
    }

    func place(
        _ d: PlaceResolver.Decision, key: String, from: Int, to: Int, slot: FoundPlace.Slot, reference: Bool, keyKind: PlaceKeyKind?, country: String?,
        basis: PlaceMention.Basis, text: TextOf
    ) -> FoundPlace {
        let (name, start, end) = text(from, to)
        let m = mention(row: d.row, name: name, start: start, end: end, basis: basis, country: country)
        let p = gazetteer.places[d.row]
        let reason = "\(p.location) \(p.english) (\(m.country), \(m.kind.rawValue)) by \(d.rule): \(d.why)"
        return FoundPlace(
            from: from, to: to, row: d.row, key: key, slot: slot, reference: reference, keyKind: keyKind, mention: m, rule: d.rule, candidates: d.candidates,
            reason: reason, location: p.location)
    }

    /// The place as coded: the row's point, the name as written.
    func mention(row: Int, name: String, start: Int, end: Int, basis: PlaceMention.Basis, country: String? = nil) -> PlaceMention {
        let p = gazetteer.places[row]
        let code = country ?? p.country
        let state = gazetteer.state(code)
        let kind: PlaceMention.Kind =
            switch p.kind {
            case .state: .state
            case .town: .town
            case .region: .region
            }
        let stateName = state?.english ?? code
        let full = p.kind == .state ? stateName : p.english + ", " + stateName
        return PlaceMention(
            name: name, country: code, admin1: country == nil ? p.admin1 : nil, lat: p.lat, lon: p.lon, geonameid: p.geonameid, start: start, end: end,
            kind: kind, basis: basis, fullName: full, fips: state?.fips)
    }

    /// Whether a token is a locative word (في، قرب، شمال …), bare or with و، ف، ب (وفي، بشمال).
    func isLocative(_ t: TokenInfo) -> Bool {
        let set = cues[.locatives]
        return set.contains(t.normWord) || zip(t.analyses, t.stems).contains { !$0.hasArticle && $0.suffix.isEmpty && set.contains($1) }
    }

    /// Whether a token is a place noun (مدينة، ريف …), bare or with a clitic (بمدينة، وريف).
    func isPlaceNoun(_ t: TokenInfo) -> Bool { reads(t, .placeNouns) }

    /// Whether the token, or the stem of one of its readings without a pronoun suffix, is a cue of the kind.
    func reads(_ t: TokenInfo, _ kind: CueKind) -> Bool {
        let set = cues[kind]
        return set.contains(t.normWord) || zip(t.analyses, t.stems).contains { $0.suffix.isEmpty && set.contains($1) }
    }

    /// What stands before token `i`, past a place noun (and a nisba between a place noun and the
    /// name: في العاصمة السورية دمشق).
    func slot(before i: Int, attached: String?, _ toks: [TokenInfo]) -> FoundPlace.Slot {
        if attached == Particle.bi { return .at }
        if attached == Particle.li { return .to }
        var j = i - 1
        var noun = false
        if j >= 1, nisba(toks[j]) != nil, isPlaceNoun(toks[j - 1]) { j -= 1 }
        if j >= 0, isPlaceNoun(toks[j]) {
            noun = true
            if !toks[j].spelled(cues[.placeNouns]),
                let p = toks[j].analyses.first(where: { $0.suffix.isEmpty && cues[.placeNouns].contains(Word($0.stem)) })?.attachedPreposition
            {
                return p == Particle.bi ? .at : p == Particle.li ? .to : .named
            }
            j -= 1
        }
        guard j >= 0, toks[j].isWord else { return noun ? .named : .bare }
        let t = toks[j]
        if isLocative(t) { return .at }
        if t.normWord == Word(Particle.min) || t.analyses.contains(where: { $0.hasConjunction && $0.stem == Particle.min }) {
            return j > 0 && reads(toks[j - 1], .nearWords) ? .at : .from
        }
        if t.normWord == Word(Particle.ila) || t.analyses.contains(where: { $0.hasConjunction && $0.stem == Particle.ila }) { return .to }
        return noun ? .named : .bare
    }

    /// «المجاورة لـ»، «القريبة من»: a neighbour named to situate another place.
    func isReference(_ i: Int, _ toks: [TokenInfo]) -> Bool {
        i > 0 && toks[i - 1].matches(cues[.neighbourWords]) || i > 1 && toks[i - 1].normWord == Word(Particle.min) && toks[i - 2].matches(cues[.neighbourWords])
    }

    /// «مدينة الكويت»، «العاصمة الجزائر»، «الجزائر العاصمة»: the state's name is its capital city.
    func cityCue(_ from: Int, _ to: Int, _ toks: [TokenInfo]) -> Bool {
        from > 0 && reads(toks[from - 1], .cityWords)
            || to < toks.count && toks[to].token.norm.startsWithArticle
                && toks[to].spelled(cues[.cityWords])
    }

    /// The state of a nisba adjective (اللبنانية → LBN), or nil.
    func nisba(_ t: TokenInfo) -> Int? {
        t.isWord ? t.readings.nisba : nil
    }

    /// A qualifier right after a name: a nisba (الإسكندرية المصرية), or past a comma, a bracket, a
    /// locative or a place noun (طرابلس شمال لبنان، الإسكندرية بولاية فرجينيا) a state's name or an
    /// unambiguous place of it.
    func qualifier(after to: Int, _ toks: [TokenInfo], _ actors: [FoundActor]) -> (country: String, words: String)? {
        var j = to
        var skipped = 0
        while j < toks.count, skipped < 2 {
            let t = toks[j]
            if t.token.kind == .punctuation && ["(", ",", "-"].contains(t.token.norm) || t.isWord && (isLocative(t) || isPlaceNoun(t)) {
                j += 1
                skipped += 1
                continue
            }
            break
        }
        guard j < toks.count else { return nil }
        if let c = nisba(toks[j]) { return (lexicon.countries[c].code, toks[j].token.text) }
        if let a = actors.first(where: { $0.from == j }), let c = a.country, let pk = a.placeKey, unambiguous(pk.key, c) {
            return (c, (j..<a.to).map { toks[$0].token.text }.joined(separator: " "))
        }
        return nil
    }

    /// Whether no town of another state has this name.
    func unambiguous(_ key: String, _ country: String) -> Bool {
        gazetteer.onlyIn(country, named: key)
    }

    /// The states a sentence names: its actors' (a place only when no town of another state has its
    /// name) and its nisba adjectives', each with the words that named it.
    func sentenceStates(_ toks: [TokenInfo], _ actors: [FoundActor]) -> [String: String] {
        var out: [String: String] = [:]
        for a in actors {
            guard let c = a.country, !ActorCode.isIGO(a.code), !a.countryInferred else { continue }
            if let pk = a.placeKey, !unambiguous(pk.key, c) || lexicon.homographCapitalOf[pk.key] != nil { continue }
            if out[c] == nil { out[c] = (a.from..<a.to).map { toks[$0].token.text }.joined(separator: " ") }
        }
        for t in toks {
            guard let c = nisba(t) else { continue }
            let code = lexicon.countries[c].code
            if out[code] == nil { out[code] = t.token.text }
        }
        return out
    }

    /// The marks around a dateline's place.
    static func isMark(_ u: Unicode.Scalar) -> Bool {
        switch u {
        case "-", "–", "—", "ـ", ":", "(", "/", "|": true
        default: false
        }
    }

    /// Whether a scalar is white space (Unicode's property is looked up only outside ASCII and Arabic).
    static func isSpace(_ u: Unicode.Scalar) -> Bool {
        if u.value < 0x80 { return u == " " || u.value >= 0x09 && u.value <= 0x0D }
        if u.value >= 0x600 && u.value <= 0x6FF { return false }
        return u.properties.isWhitespace
    }

    /// The dateline's place: a place name within the first words of the text, between the start
    /// or a dash and a dash, colon or bracket («موسكو - (وكالات)»، «سبق - جدة:»، «الرياض – واس»).
    func dateline(of text: String, date: CalendarDay?) -> ArticlePlaces {
        var article = ArticlePlaces()
        guard !gazetteer.isEmpty else { return article }
        // The place is in the first words and a mark follows it: no mark in the first line's first
        // 120 scalars, no dateline; else only the text up to the last such mark is read again.
        // (The place starts within the first 8 tokens, so within the first 8 words, and is a name
        // of a few words: a mark past the 16th word follows no dateline.)
        var line: [Unicode.Scalar] = []
        line.reserveCapacity(120)
        var words = 0
        var inWord = false
        for u in text.unicodeScalars {
            if u == "\n" || line.count == 120 { break }
            let space = Self.isSpace(u)
            if !space && !inWord {
                words += 1
                if words > 16 { break }
            }
            inWord = !space
            line.append(u)
        }
        guard let lastMark = line.lastIndex(where: Self.isMark) else { return article }
        let scalars = Array(line[...lastMark])
        var headView = String.UnicodeScalarView()
        headView.append(contentsOf: scalars)
        let head = String(headView)
        let toks = TokenInfo.tokens(of: NormalizedText(head), cues: cues)
        guard !toks.isEmpty else { return article }
        let actors = ActorMentionFinder(lexicon: lexicon, cues: cues).find(toks, date: date)
        func textOf(_ from: Int, _ to: Int) -> (String, Int, Int) {
            let a = toks[from].token.start
            let b = toks[to - 1].token.end
            return (String(String.UnicodeScalarView(scalars[a..<b])), a, b)
        }
        let found = find(
            toks, actors: actors, states: sentenceStates(toks, actors), blocked: [], article: article, date: date, basis: .dateline, anySlot: true, text: textOf
        )
        for p in found where p.from < 8 {
            let start = toks[p.from].token.start
            let end = toks[p.to - 1].token.end
            var k = start - 1
            while k >= 0, Self.isSpace(scalars[k]) { k -= 1 }
            let before = k < 0 || Self.isMark(scalars[k])
            var e = end
            while e < scalars.count, Self.isSpace(scalars[e]) { e += 1 }
            let after = e < scalars.count && Self.isMark(scalars[e])
            // (Nothing but a name, an outlet and dashes before it: no verb, no sentence.)
            guard before, after, (0..<p.from).allSatisfy({ toks[$0].isWord || toks[$0].token.kind == .punctuation }) else { continue }
            article.dateline = (p.mention, "the dateline's place: " + p.reason, p.location)
            article.datelineEnd = end
            break
        }
        return article
    }
}
