import ArabicText

/// The gazetteer (`gazetteer.tsv` beside the `.lex` files, docs/places.md): a point for every state
/// of the lexicon, GeoNames towns with their Arabic names, and the lexicon's places located by hand,
/// with the indexes place resolution looks names up in.
///
/// Read in one pass over the bytes (split at newlines and tabs); names are normalised as the text is.
/// An overlay directory's `gazetteer.tsv` replaces rows of the same identity (a town's geonameid,
/// a state's code, a hand point's state and lexicon key) and adds the others.
public struct Gazetteer: Sendable {
    /// Every row, in file order (overlay rows that add come last).
    public private(set) var places: [GazetteerPlace] = []
    /// Towns by their normalised Arabic names (by first word, longest first); a name of two words
    /// also joined into one.
    public private(set) var nameIndex = PhraseIndex<Int32>()
    /// "ISO3 normalised-key" → the row that locates a lexicon `capital:`/`place:` key.
    private var byLexKey: [String: Int32] = [:]
    /// ISO3 → the state's row.
    private var stateRows: [String: Int32] = [:]

    public init() {}

    /// The file's name in the lexicon directory.
    public static let fileName = "gazetteer.tsv"

    public var isEmpty: Bool { places.isEmpty }

    /// The state's row (its point, FIPS code and English name).
    public func state(_ country: String) -> GazetteerPlace? { stateRows[country].map { places[Int($0)] } }

    /// The index of the state's row in ``places``.
    public func stateIndex(_ country: String) -> Int? { stateRows[country].map(Int.init) }

    /// The row that locates the lexicon key `key` (any spelling; normalised here) of `country`.
    public func lexiconPlace(_ key: String, country: String) -> Int? {
        byLexKey[country + " " + ArabicNormalizer.normalize(key)].map(Int.init)
    }

    /// The row that locates an already normalised lexicon key.
    public func lexiconPlace(normalised key: String, country: String) -> Int? {
        byLexKey[country + " " + key].map(Int.init)
    }

    /// The towns with exactly this normalised name, most people first (then the lower geonameid).
    public func towns(named normalised: String) -> [Int] {
        let words = normalised.fields(" ").map { Word(String($0)) }
        guard let first = words.first else { return [] }
        let rows = nameIndex.phrases(startingWith: first).filter { $0.words == words }.map { Int($0.ref) }
        return sortedByPopulation(rows)
    }

    /// Whether every place with exactly this normalised name is in `country` (true when none is).
    public func onlyIn(_ country: String, named normalised: String) -> Bool {
        var words: [Word] = []
        for w in normalised.fields(" ") { words.append(Word(String(w))) }
        guard let first = words.first else { return true }
        return nameIndex.phrases(startingWith: first).allSatisfy { $0.words != words || places[Int($0.ref)].country == country }
    }

    /// Rows ordered for the last step of resolution: most people first, then the lower geonameid.
    public func sortedByPopulation(_ rows: [Int]) -> [Int] {
        var seen = Set<Int>()
        return rows.filter { seen.insert($0).inserted }.sorted { a, b in
            let x = places[a]
            let y = places[b]
            if x.population != y.population { return x.population > y.population }
            return (x.geonameid ?? Int.max) < (y.geonameid ?? Int.max)
        }
    }

    /// Parses a gazetteer file. Every malformed row is an error naming `file:line`, and is skipped.
    public static func parse(_ text: String, file: String) -> (rows: [GazetteerPlace], errors: [LexiconError]) {
        var rows: [GazetteerPlace] = []
        var errors: [LexiconError] = []
        rows.reserveCapacity(text.utf8.count / 70)
        var lineNo = 0
        for rawLine in text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false) {
            lineNo += 1
            var line = rawLine
            if line.last == 0x0D { line = line.dropLast() }
            guard let first = line.first, first != 0x23 else { continue }  // blank or # comment
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
            let fields = line.split(separator: 0x09, omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
            switch parseRow(fields, location: "\(file):\(lineNo)") {
            case .success(let p): rows.append(p)
            case .failure(let e): errors.append(LexiconError(file: file, line: lineNo, message: e.message))
            }
        }
        return (rows, errors)
    }

    struct RowError: Error { let message: String }

    static func parseRow(_ f: [String], location: String) -> Result<GazetteerPlace, RowError> {
        func fail(_ m: String) -> Result<GazetteerPlace, RowError> { .failure(RowError(message: m)) }
        let kind: GazetteerPlace.Kind
        switch f[0] {
        case "C": kind = .state
        case "T": kind = .town
        case "R": kind = .region
        default: return fail("a gazetteer row starts with C, T or R, got '\(f[0])'")
        }
        let expected = kind == .state ? 9 : 10
        guard f.count == expected else { return fail("a \(f[0]) row has \(expected) tab-separated columns, got \(f.count)") }
        let country = f[1]
        guard country.utf8.count == 3, country.utf8.allSatisfy({ (0x41...0x5A).contains($0) }) else {
            return fail("the state is an ISO alpha-3 code, got '\(country)'")
        }
        var geonameid: Int?
        if kind == .region {
            guard f[2] == "-", f[3] == "-" else { return fail("a hand point (R) has no geonameid and no admin1: write '-'") }
        } else {
            guard let g = Int(f[2]), g > 0 else { return fail("geonameid must be a positive integer, got '\(f[2])'") }
            geonameid = g
        }
        guard let lat = Double(f[4]), (-90...90).contains(lat) else { return fail("latitude must be a number in -90…90, got '\(f[4])'") }
        guard let lon = Double(f[5]), (-180...180).contains(lon) else { return fail("longitude must be a number in -180…180, got '\(f[5])'") }
        guard let population = Int(f[6]), population >= 0 else { return fail("population must be a whole number ≥ 0, got '\(f[6])'") }
        func list(_ s: String) -> [String] {
            s == "-" ? [] : s.fields("|").map { String($0) }
        }
        switch kind {
        case .state:
            guard f[3].utf8.count == 2 else { return fail("a state's FIPS 10-4 code has two letters, got '\(f[3])'") }
            guard f[7] == "centroid" || f[7] == "capital" else { return fail("a state's point is 'centroid' or 'capital', got '\(f[7])'") }
            guard !f[8].isEmpty else { return fail("a state needs its English name") }
            return .success(
                GazetteerPlace(
                    kind: kind, country: country, geonameid: geonameid, admin1: nil, fips: f[3], lat: lat, lon: lon, population: population,
                    english: f[8], names: [], lexKeys: [], location: location))
        case .town, .region:
            guard !f[7].isEmpty, f[7] != "-" else { return fail("a row needs its English name") }
            let names = list(f[8])
            let keys = list(f[9])
            if kind == .region && !names.isEmpty { return fail("a hand point (R) has no names of its own: it locates lexicon keys (the last column)") }
            if kind == .region && keys.isEmpty { return fail("a hand point (R) locates at least one lexicon key") }
            if names.contains(where: { ArabicNormalizer.normalize($0).trimmingSpaces.isEmpty })
                || keys.contains(where: { ArabicNormalizer.normalize($0).trimmingSpaces.isEmpty })
            {
                return fail("an empty name between '|'")
            }
            return .success(
                GazetteerPlace(
                    kind: kind, country: country, geonameid: geonameid, admin1: kind == .town && f[3] != "-" ? f[3] : nil, fips: nil, lat: lat,
                    lon: lon, population: population, english: f[7], names: names, lexKeys: keys, location: location))
        }
    }

    /// A gazetteer of these rows, each later layer replacing the earlier rows of the same identity
    /// (a state's code, a town's geonameid, a hand point's state and any of its lexicon keys).
    public static func build(_ layers: [[GazetteerPlace]]) -> Gazetteer {
        var rows: [GazetteerPlace] = []
        var position: [String: Int] = [:]
        for layer in layers {
            for p in layer {
                let keys = identity(p)
                if let at = keys.lazy.compactMap({ position[$0] }).first {
                    for k in identity(rows[at]) where position[k] == at { position[k] = nil }
                    rows[at] = p
                    for k in keys { position[k] = at }
                } else {
                    for k in keys { position[k] = rows.count }
                    rows.append(p)
                }
            }
        }
        var g = Gazetteer()
        g.places = rows
        for (i, p) in rows.enumerated() {
            let r = Int32(i)
            switch p.kind {
            case .state: g.stateRows[p.country] = r
            case .town:
                var seen = Set<Word>()  // (byte-hashed: a String set hashes Arabic by its normal form)
                for n in p.names {
                    let k = ArabicNormalizer.normalize(n).trimmingSpaces
                    if seen.insert(Word(k)).inserted { g.nameIndex.add(k, r) }
                    // A name of two words is also written joined (ديار بكر / دياربكر، أبو ظبي / أبوظبي).
                    let words = k.fields(" ")
                    if words.count == 2, words.allSatisfy({ $0.unicodeScalars.count >= 2 }) {
                        let joined = words.joined()
                        if seen.insert(Word(joined)).inserted { g.nameIndex.add(joined, r) }
                    }
                }
            case .region: break
            }
            for k in p.lexKeys {
                let key = p.country + " " + ArabicNormalizer.normalize(k).trimmingSpaces
                if g.byLexKey[key] == nil { g.byLexKey[key] = r }
            }
        }
        g.nameIndex.sortLongestFirst()
        return g
    }

    static func identity(_ p: GazetteerPlace) -> [String] {
        switch p.kind {
        case .state: return ["C " + p.country]
        case .town: return ["T \(p.geonameid ?? 0)"]
        case .region: return p.lexKeys.map { "R " + p.country + " " + ArabicNormalizer.normalize($0).trimmingSpaces }
        }
    }

    /// Problems between the gazetteer and the lexicon: a state without a point, a `capital:` or
    /// `place:` key without a row, a row's key the lexicon does not have, a state row or hand point
    /// of a state the lexicon does not have.
    /// Each names the `file:line` of the key or the row.
    public static func check(_ lex: Lexicon) -> [LexiconError] {
        let g = lex.gazetteer
        guard !g.isEmpty else { return [] }
        var out: [LexiconError] = []
        func add(_ location: String, _ m: String) {
            let i = location.lastIndex(of: ":")!
            out.append(LexiconError(file: String(location[..<i]), line: Int(location[location.index(after: i)...]) ?? 0, message: m))
        }
        var keysOf: [String: Set<String>] = [:]
        for b in lex.blocks where b.kind == "country" {
            if g.state(b.id) == nil {
                out.append(LexiconError(file: b.file, line: b.line, message: "state \(b.id) has no C row in \(fileName): add one (scripts/make-gazetteer.py)"))
            }
            for key in ["capital", "place"] {
                for (v, line) in b.values(key) {
                    let n = ArabicNormalizer.normalize(v).trimmingSpaces
                    keysOf[b.id, default: []].insert(n)
                    if g.lexiconPlace(normalised: n, country: b.id) == nil {
                        out.append(
                            LexiconError(
                                file: b.file, line: line,
                                message:
                                    "\(key) '\(v)' of \(b.id) has no point in \(fileName): run scripts/make-gazetteer.py, or add a row to scripts/gazetteer/manual.tsv (or to an overlay's \(fileName))"
                            ))
                    }
                }
            }
        }
        for p in g.places {
            // (A town of a territory the lexicon has no state for — Puerto Rico, Guadeloupe — is
            // kept: it is placed, with no FIPS code.)
            if p.kind == .region, g.state(p.country) == nil {
                add(p.location, "\(p.country) has no C row: a hand point's state must be a state of the lexicon")
            }
            if p.kind == .state, lex.countryByCode[p.country] == nil { add(p.location, "state \(p.country) is not a state of the lexicon") }
            for k in p.lexKeys where !(keysOf[p.country]?.contains(ArabicNormalizer.normalize(k).trimmingSpaces) ?? false) {
                add(p.location, "'\(k)' is not a capital: or place: key of \(p.country) in the lexicon")
            }
        }
        return out
    }
}
