import ArabicText
import Foundation

/// The compiled lexicon: entries from the `.lex` files and the indexes the coder matches against.
public struct Lexicon: Sendable {
    public private(set) var countries: [CountryEntry] = []
    public private(set) var organisations: [OrganisationEntry] = []
    public private(set) var agents: [AgentEntry] = []
    public private(set) var titles: [TitleEntry] = []
    public private(set) var people: [PersonEntry] = []
    public private(set) var events: [EventPattern] = []
    /// Wars whose sides' blows at a place are against their enemy (`[war …]` blocks).
    public private(set) var wars: [WarEntry] = []
    /// Actor phrases by first normalised word.
    public private(set) var actorIndex = PhraseIndex<ActorRef>()
    /// Verbal-noun triggers by first normalised word (ref: event pattern index).
    public private(set) var nounIndex = PhraseIndex<Int>()
    /// Written verb forms (normalised) → patterns.
    public private(set) var verbIndex: [Word: [VerbHit]] = [:]
    /// Verb forms listed with `written:`, by their normal form: a trigger only where the token is
    /// printed with the hamza (``VerbHit/isWritten(in:)``), and not a verb to any other rule.
    public private(set) var writtenIndex: [Word: [VerbHit]] = [:]
    public private(set) var countryByCode: [String: Int] = [:]
    /// Homograph capitals (normalised) → the country whose capital they are (`capital-homograph:`).
    public private(set) var homographCapitalOf: [String: Int] = [:]
    /// Homograph nisba forms (normalised, bare and with ال) → their country (`nisba-homograph:`).
    public private(set) var homographNisbaOf: [String: Int] = [:]
    public private(set) var titleByID: [String: Int] = [:]
    /// Person id → index in `people` (the first person with that id).
    public private(set) var personByID: [String: Int] = [:]
    /// Office → the people who held it at some time, in lexicon order.
    public private(set) var peopleByOffice: [String: [Int]] = [:]
    /// The last word of a person's name of two words or more (normalised) → the person, where no
    /// other person's name ends so: «ظريف» of «محمد جواد ظريف», a name only right after a title
    /// («الوزير ظريف»; it is also the adjective "witty", so no `short:`).
    public private(set) var surnameAfterTitle: [Word: Int] = [:]
    /// The coder's word lists by kind (`[cue KIND]` blocks).
    public private(set) var cues: [String: CueSet] = [:]
    /// The blocks compiled, in order (for printing and checks).
    public private(set) var blocks: [LexiconBlock] = []
    /// A content hash of the blocks and the gazetteer, recorded with every event for provenance.
    public private(set) var version: String = ""
    /// Points for states, towns and the lexicon's places (`gazetteer.tsv`, docs/places.md); empty
    /// for a lexicon compiled from blocks alone.
    public private(set) var gazetteer = Gazetteer()

    public init() {}

    /// The lexicon shipped with Tawthiq, plus overlay directories whose entries add to or
    /// override it (same kind and id). Errors name file:line; blocks with errors are skipped,
    /// the rest loads.
    public static func load(builtIn: Bool = true, overlays: [URL] = []) -> (lexicon: Lexicon, errors: [LexiconError]) {
        var errors: [LexiconError] = []
        var blocks: [LexiconBlock] = []
        // The built-in files are one layer and each overlay argument another: a layer overrides
        // the ones before it, but an entry written twice within one layer is a mistake.
        var layers: [(files: [URL], builtIn: Bool)] = builtIn ? [(lexFiles(in: builtInDirectory), true)] : []
        // The gazetteer of each layer that has one (a directory's `gazetteer.tsv`).
        var gazetteers: [(url: URL, builtIn: Bool)] = builtIn ? [(builtInDirectory.appendingPathComponent(Gazetteer.fileName), true)] : []
        for dir in overlays {
            var isDir: ObjCBool = false
            if FileManager.default.fileExists(atPath: dir.path, isDirectory: &isDir), isDir.boolValue {
                layers.append((lexFiles(in: dir), false))
                let g = dir.appendingPathComponent(Gazetteer.fileName)
                if FileManager.default.fileExists(atPath: g.path) { gazetteers.append((g, false)) }
            } else if FileManager.default.fileExists(atPath: dir.path) {
                layers.append(([dir], false))
            } else {
                errors.append(.init(file: dir.path, line: 0, message: "no such lexicon file or directory"))
            }
        }
        for layer in layers {
            var layerBlocks: [LexiconBlock] = []
            for url in layer.files {
                let name = layer.builtIn ? url.lastPathComponent : url.path
                guard let data = FileManager.default.contents(atPath: url.path) else {
                    errors.append(.init(file: name, line: 0, message: "cannot read the file"))
                    continue
                }
                guard let text = String(validating: data, as: UTF8.self) else {
                    errors.append(.init(file: name, line: firstInvalidLine(data), message: "not valid UTF-8"))
                    continue
                }
                let parsed = LexiconParser.parse(text, file: name)
                errors += parsed.errors
                layerBlocks += parsed.blocks
            }
            errors += repeats(layerBlocks)
            blocks += layerBlocks
        }
        var lex = Lexicon()
        errors += lex.compile(overriding(blocks))
        var rows: [[GazetteerPlace]] = []
        var bytes: [[UInt8]] = []
        for (url, isBuiltIn) in gazetteers {
            let name = isBuiltIn ? url.lastPathComponent : url.path
            guard let data = FileManager.default.contents(atPath: url.path) else {
                errors.append(.init(file: name, line: 0, message: "cannot read the file"))
                continue
            }
            guard let text = String(validating: data, as: UTF8.self) else {
                errors.append(.init(file: name, line: firstInvalidLine(data), message: "not valid UTF-8"))
                continue
            }
            let parsed = Gazetteer.parse(text, file: name)
            errors += parsed.errors
            rows.append(parsed.rows)
            bytes.append(Array(data))
        }
        if !rows.isEmpty {
            lex.gazetteer = Gazetteer.build(rows)
            lex.version = Lexicon.hash(lex.blocks, extra: bytes)
        }
        return (lex, errors)
    }

    /// Compiles blocks parsed elsewhere (tests, tools). Returns the errors found.
    public static func compile(_ blocks: [LexiconBlock]) -> (lexicon: Lexicon, errors: [LexiconError]) {
        var lex = Lexicon()
        let errors = lex.compile(overriding(blocks))
        return (lex, errors)
    }

    /// Where the built-in `.lex` files are.
    public static var builtInDirectory: URL {
        Bundle.module.resourceURL!.appendingPathComponent("lexicon")
    }

    static func lexFiles(in dir: URL) -> [URL] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
        return names.filter { $0.hasSuffix(".lex") }.sorted().map { dir.appendingPathComponent($0) }
    }

    static func firstInvalidLine(_ data: Data) -> Int {
        var line = 1
        var start = data.startIndex
        for (i, b) in data.enumerated() where b == 0x0A {
            let chunk = data[start..<(data.startIndex + i)]
            if String(validating: chunk, as: UTF8.self) == nil { return line }
            line += 1
            start = data.startIndex + i + 1
        }
        return line
    }

    /// What makes two blocks the same entry. Event blocks share codes (many triggers code 040):
    /// they are keyed by code and gloss.
    static func entryKey(_ b: LexiconBlock) -> String {
        b.kind + " " + b.id + (b.kind == "event" ? " " + (b.first("gloss") ?? "") : "")
    }

    /// An entry written twice in one layer (the second would silently replace the first).
    static func repeats(_ blocks: [LexiconBlock]) -> [LexiconError] {
        var first: [String: LexiconBlock] = [:]
        var out: [LexiconError] = []
        for b in blocks {
            let key = entryKey(b)
            if let a = first[key] {
                let what = b.kind == "event" ? "event \(b.id) (\(b.first("gloss") ?? ""))" : "\(b.kind) \(b.id)"
                out.append(
                    .init(
                        file: b.file, line: b.line,
                        message:
                            "\(what) is already defined at \(a.location): written twice, the later block replaces the earlier (an overlay, not a repeat, is how an entry is overridden)"
                    ))
            } else {
                first[key] = b
            }
        }
        return out
    }

    /// Later blocks with the same kind and id replace earlier ones (overlays override built-ins).
    static func overriding(_ blocks: [LexiconBlock]) -> [LexiconBlock] {
        var position: [String: Int] = [:]
        var out: [LexiconBlock] = []
        for b in blocks {
            let key = entryKey(b)
            if let p = position[key] {
                out[p] = b
            } else {
                position[key] = out.count
                out.append(b)
            }
        }
        return out
    }

    static func norm(_ s: String) -> String { ArabicNormalizer.normalize(s) }

    /// Fills ``surnameAfterTitle``: last words of names, dropping those two people share.
    mutating func indexSurnames() {
        var seen: [String: Int] = [:]
        var shared = Set<String>()
        for (i, p) in people.enumerated() {
            for name in p.names {
                let words = Lexicon.norm(name).fields(" ").map(String.init)
                // (A first name is no surname: «الرئيس عبدالله يامين»، «الرئيس ميشيل كفاندو»; nor a
                // word with the article, which after a title is its portfolio: «وزير العدل».)
                if let first = words.first { shared.insert(first) }
                guard words.count >= 2, let last = words.last, last.count >= 3, !last.hasPrefix("ال") else { continue }
                if let q = seen[last], q != i { shared.insert(last) } else { seen[last] = i }
            }
        }
        surnameAfterTitle = [:]
        for (w, i) in seen where !shared.contains(w) { surnameAfterTitle[Word(w)] = i }
    }

    /// Adds a phrase and, when it starts with ال, its form without the article; a name with
    /// «عبد ال…» is added written both ways (``nameSpellings(_:)``).
    mutating func addActor(_ phrase: String, _ ref: ActorRef, articleOptional: Bool) {
        let n = Lexicon.norm(phrase)
        guard !n.isEmpty else { return }
        for v in Lexicon.nameSpellings(n) { actorIndex.add(v, ref) }
        if articleOptional, n.hasPrefix("ال"), n.count > 4 {
            actorIndex.add(String(n.dropFirst(2)), ref)
        }
    }

    /// The spellings the press uses for one normalised name: a compound with «عبد» before a
    /// definite word is written joined or apart («عبدالله» and «عبد الله», «عبدالعزيز» and
    /// «عبد العزيز»), and each such compound of a name may be written either way. The name as
    /// given comes first.
    public static func nameSpellings(_ n: String) -> [String] {
        let words = n.fields(" ").map(String.init)
        guard words.contains(where: { $0 == "عبد" || $0.hasPrefix("عبدال") && $0.count > 5 }) else { return [n] }
        // Each word as its alternatives: "عبد" + "الX" → joined or apart; "عبدالX" → joined or apart.
        var options: [[[String]]] = []
        var i = 0
        while i < words.count {
            let w = words[i]
            if w == "عبد", i + 1 < words.count, words[i + 1].hasPrefix("ال") {
                options.append([[w, words[i + 1]], [w + words[i + 1]]])
                i += 2
            } else if w.hasPrefix("عبدال"), w.count > 5 {
                options.append([[w], ["عبد", String(w.dropFirst(3))]])
                i += 1
            } else {
                options.append([[w]])
                i += 1
            }
        }
        var out: [[String]] = [[]]
        for o in options { out = out.flatMap { prefix in o.map { prefix + $0 } } }
        var seen = Set<String>()
        return ([n] + out.map { $0.joined(separator: " ") }).filter { seen.insert($0).inserted }
    }

    static func parseDate(_ s: String) -> CalendarDay? {
        let parts = s.split(separator: "-").map(String.init)
        switch parts.count {
        case 1: return Int(parts[0]).flatMap { parts[0].count == 4 ? CalendarDay(year: $0, month: 1, day: 1) : nil }
        case 2:
            guard parts[0].count == 4, let y = Int(parts[0]), let m = Int(parts[1]) else { return nil }
            return CalendarDay(year: y, month: m, day: 1)
        default: return CalendarDay(iso: s)
        }
    }

    static func parsePair(_ s: String) -> (String, String)? {
        let parts = s.split(separator: "/").map { norm(String($0)) }
        guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else { return nil }
        return (parts[0], parts[1])
    }

    mutating func compile(_ blocks: [LexiconBlock]) -> [LexiconError] {
        var errors: [LexiconError] = []
        self.blocks = blocks
        func err(_ b: LexiconBlock, _ line: Int, _ m: String) { errors.append(.init(file: b.file, line: line, message: m)) }
        for b in blocks {
            let names = b.values("name").map(\.value)
            switch b.kind {
            case "country":
                guard b.id.count == 3, ActorCode.isWellFormed(b.id) else {
                    err(b, b.line, "a country id is an ISO alpha-3 code, got '\(b.id)'")
                    continue
                }
                if names.isEmpty { err(b, b.line, "country \(b.id) has no name") }
                var nisba: [String] = []
                for n in b.values("nisba") { nisba += CountryEntry.inflections(of: Lexicon.norm(n.value)).map(Lexicon.norm) }
                nisba += b.values("nisba-form").map { Lexicon.norm($0.value) }
                var since: CalendarDay?
                if let v = b.values("since").first {
                    since = Lexicon.parseDate(v.value)
                    if since == nil { err(b, v.line, "since: expects a date YYYY-MM-DD, got '\(v.value)'") }
                }
                let partOf = b.first("part-of")
                if b.values("since").isEmpty != (partOf == nil) {
                    err(b, b.line, "country \(b.id): 'since:' and 'part-of:' go together")
                }
                let entry = CountryEntry(
                    code: b.id, names: names, nisbaForms: VerbForms.unique(nisba), capitals: b.values("capital").map(\.value),
                    seats: b.values("seat").map(\.value), places: b.values("place").map(\.value), since: since, partOf: partOf,
                    homographCapitals: b.values("capital-homograph").map { Lexicon.norm($0.value) },
                    homographNisbaForms: VerbForms.unique(
                        b.values("nisba-homograph").flatMap { CountryEntry.inflections(of: Lexicon.norm($0.value)).map(Lexicon.norm) }),
                    source: b.first("source"), location: b.location)
                let i = countries.count
                countries.append(entry)
                countryByCode[b.id] = i
                for h in entry.homographCapitals { homographCapitalOf[h] = i }
                for h in entry.homographNisbaForms {
                    homographNisbaOf[h] = i
                    homographNisbaOf["ال" + h] = i
                }
                for n in names { addActor(n, .countryName(i), articleOptional: false) }
                for n in entry.nisbaForms { actorIndex.add(n, .nisba(i)) }
                for n in entry.capitals { addActor(n, .capital(i), articleOptional: false) }
                for n in entry.seats { addActor(n, .seat(i), articleOptional: false) }
                for n in entry.places { addActor(n, .place(i), articleOptional: false) }
            case "org":
                guard ActorCode.isWellFormed(b.id) else {
                    err(b, b.line, "an org id is a CAMEO actor code, got '\(b.id)'")
                    continue
                }
                let i = organisations.count
                let contextNames = b.values("context-name").map(\.value)
                let context = Set(b.values("context").map { Word(Lexicon.norm($0.value)) })
                if !contextNames.isEmpty && context.isEmpty { err(b, b.line, "org \(b.id): 'context-name:' needs 'context:' words") }
                organisations.append(
                    .init(
                        code: b.id, names: names + b.values("short").map(\.value), country: b.first("country"),
                        contextNames: Set(contextNames.flatMap { Lexicon.nameSpellings(Lexicon.norm($0)) }), context: context, location: b.location))
                for n in names + b.values("short").map(\.value) + contextNames { addActor(n, .organisation(i), articleOptional: false) }
            case "agent":
                guard ActorCode.isWellFormed(b.id), b.id.count == 3 else {
                    err(b, b.line, "an agent id is a 3-letter role code, got '\(b.id)'")
                    continue
                }
                let notAfter = Set(b.values("not-after").map { Word(Lexicon.norm($0.value)) })
                let home = b.first("home")
                if let home, home.count != 3 || !ActorCode.isWellFormed(home) {
                    err(b, b.line, "agent \(b.id): 'home:' is a 3-letter country code, got '\(home)'")
                }
                let i = agents.count
                // Names only with their article («الجانب» the side in talks, not «إلى جانب» beside).
                let definite = b.values("definite-name").map(\.value)
                agents.append(.init(role: b.id, names: names + definite, alone: b.first("alone") == "yes", notAfter: notAfter, location: b.location))
                for n in names { addActor(n, .agent(i), articleOptional: true) }
                for n in definite { addActor(n, .agent(i), articleOptional: false) }
                // Weapons and craft: the same role, told apart (``AgentEntry/instrument``).
                let instruments = b.values("instrument").map(\.value)
                if !instruments.isEmpty {
                    let k = agents.count
                    agents.append(.init(role: b.id, names: instruments, alone: false, notAfter: notAfter, instrument: true, location: b.location))
                    for n in instruments { addActor(n, .agent(k), articleOptional: true) }
                }
                // Names that alone stand for the home press's state (``AgentEntry/home``).
                let homeNames = b.values("home-name").map(\.value)
                if !homeNames.isEmpty {
                    if home == nil { err(b, b.line, "agent \(b.id): 'home-name:' needs 'home:' with the state they stand for") }
                    let k = agents.count
                    agents.append(.init(role: b.id, names: homeNames, alone: false, notAfter: notAfter, home: home, location: b.location))
                    // (A home name written with its article is matched only with it: «القيادة» is
                    // the leadership, «بقيادة المملكة» "led by".)
                    for n in homeNames { addActor(n, .agent(k), articleOptional: false) }
                }
                // Names that stand for it only when nothing else gives them a state (``AgentEntry/homeLast``).
                let bareHomeNames = b.values("bare-home-name").map(\.value)
                if !bareHomeNames.isEmpty {
                    if home == nil { err(b, b.line, "agent \(b.id): 'bare-home-name:' needs 'home:' with the state they stand for") }
                    let k = agents.count
                    agents.append(
                        .init(role: b.id, names: bareHomeNames, alone: false, notAfter: notAfter, home: home, homeLast: true, location: b.location))
                    for n in bareHomeNames { addActor(n, .agent(k), articleOptional: true) }
                }
            case "title":
                guard let role = b.first("role"), ActorCode.isWellFormed(role) else {
                    err(b, b.line, "title \(b.id) needs 'role:' with a role code")
                    continue
                }
                let i = titles.count
                let country = b.first("country")
                if let country, country.count != 3 || !ActorCode.isWellFormed(country) {
                    err(b, b.line, "title \(b.id): 'country:' is a 3-letter country code, got '\(country)'")
                }
                let states = Set(b.values("states").flatMap { $0.value.split(whereSeparator: { $0 == " " || $0 == "|" }).map(String.init) })
                for c in states where c.count != 3 || !ActorCode.isWellFormed(c) {
                    err(b, b.line, "title \(b.id): 'states:' lists 3-letter country codes, got '\(c)'")
                }
                let home = b.first("home")
                if let home, !states.isEmpty && !states.contains(home) || !ActorCode.isWellFormed(home) || home.count != 3 {
                    err(b, b.line, "title \(b.id): 'home:' must be a 3-letter country code and one of its 'states:' if it has any, got '\(home)'")
                }
                titles.append(.init(id: b.id, names: names, role: role, country: country, states: states, home: home, location: b.location))
                titleByID[b.id] = i
                for n in names { addActor(n, .title(i), articleOptional: true) }
            case "person":
                var roles: [DatedRole] = []
                for (v, line) in b.values("role") {
                    let parts = v.fields(" ").map(String.init)
                    guard parts.count == 3 else {
                        err(b, line, "a role is 'CODE OFFICE START..END', got '\(v)'")
                        continue
                    }
                    guard ActorCode.isWellFormed(parts[0]) else {
                        err(b, line, "'\(parts[0])' is not an actor code")
                        continue
                    }
                    let range = parts[2].components(separatedBy: "..")
                    guard range.count == 2 else {
                        err(b, line, "a date range is 'START..END', got '\(parts[2])'")
                        continue
                    }
                    let s = range[0].isEmpty ? nil : Lexicon.parseDate(range[0])
                    let e = range[1].isEmpty ? nil : Lexicon.parseDate(range[1])
                    if (!range[0].isEmpty && s == nil) || (!range[1].isEmpty && e == nil) {
                        err(b, line, "bad date in '\(parts[2])' (YYYY-MM-DD, YYYY-MM or YYYY)")
                        continue
                    }
                    if let s, let e, s >= e {
                        err(b, line, "inverted date range \(parts[2]): the start is not before the end")
                        continue
                    }
                    roles.append(.init(code: parts[0], office: parts[1] == "-" ? nil : parts[1], start: s, end: e, location: "\(b.file):\(line)"))
                }
                if names.isEmpty { err(b, b.line, "person \(b.id) has no name") }
                if roles.isEmpty {
                    err(b, b.line, "person \(b.id) has no role")
                    continue
                }
                let i = people.count
                let shorts = b.values("short").map(\.value)
                people.append(.init(id: b.id, names: names, shorts: shorts, roles: roles, location: b.location))
                if personByID[b.id] == nil { personByID[b.id] = i }
                for o in Set(roles.compactMap(\.office)) { peopleByOffice[o, default: []].append(i) }
                for n in names { addActor(n, .person(i), articleOptional: false) }
                for n in shorts { addActor(n, .personShort(i), articleOptional: false) }
            case "war":
                guard let country = b.first("country"), country.count == 3, ActorCode.isWellFormed(country) else {
                    err(b, b.line, "war \(b.id) needs 'country:' with an ISO alpha-3 code")
                    continue
                }
                guard let sinceValue = b.values("since").first, let since = Lexicon.parseDate(sinceValue.value) else {
                    err(b, b.line, "war \(b.id) needs 'since:' with a date YYYY-MM-DD")
                    continue
                }
                var until: CalendarDay?
                if let v = b.values("until").first {
                    until = Lexicon.parseDate(v.value)
                    if until == nil { err(b, v.line, "until: expects a date YYYY-MM-DD, got '\(v.value)'") }
                }
                var sides = Set<String>()
                for (v, line) in b.values("side") {
                    if ActorCode.isWellFormed(v) { sides.insert(v) } else { err(b, line, "side: expects an actor code, got '\(v)'") }
                }
                guard let enemy = b.values("enemy").first, ActorCode.isWellFormed(enemy.value), !sides.isEmpty else {
                    err(b, b.line, "war \(b.id) needs 'side:' and 'enemy:' actor codes")
                    continue
                }
                if sides.contains(enemy.value) { err(b, enemy.line, "war \(b.id): the enemy \(enemy.value) is also a side") }
                var air = Set<String>()
                for (v, line) in b.values("air") {
                    if sides.contains(v) { air.insert(v) } else { err(b, line, "air: expects a code of the war's 'side:', got '\(v)'") }
                }
                wars.append(
                    .init(id: b.id, country: country, since: since, until: until, sides: sides, enemy: enemy.value, air: air, location: b.location))
            case "cue":
                var set = CueSet(kind: b.id, location: b.location)
                for (v, line) in b.values("word") {
                    let n = Lexicon.norm(v)
                    if n.isEmpty {
                        err(b, line, "cue word '\(v)' is empty once normalised")
                        continue
                    }
                    set.add(n, at: "\(b.file):\(line)")
                }
                if set.count == 0 { err(b, b.line, "cue \(b.id) has no word") }
                cues[b.id] = set
            case "event":
                var verbs: [(String, String)] = []
                var passives: [(String, String)] = []
                for (v, line) in b.values("verb") {
                    if let p = Lexicon.parsePair(v) { verbs.append(p) } else { err(b, line, "a verb is 'PAST/PRESENT', got '\(v)'") }
                }
                for (v, line) in b.values("passive") {
                    if let p = Lexicon.parsePair(v) { passives.append(p) } else { err(b, line, "a passive is 'PAST/PRESENT', got '\(v)'") }
                }
                var targets: [EventPattern.Slot] = []
                for (v, _) in b.values("target") {
                    switch v {
                    case "object": targets.append(.object)
                    case "subject": targets.append(.subject)
                    case "any": targets.append(.any)
                    default: targets.append(.preposition(Lexicon.norm(v)))
                    }
                }
                // `source-after: من`: the source is the actor after that preposition; `object`: the
                // first bare one after the trigger. (`source:` in an event block is a provenance
                // note, as in every other block.)
                let sourceSlot: EventPattern.Slot =
                    b.first("source-after").map { $0 == "object" ? .object : .preposition(Lexicon.norm($0)) } ?? .subject
                let nouns = b.values("noun").map { Lexicon.norm($0.value) }
                let forms = b.values("form").map { Lexicon.norm($0.value) }
                let written = b.values("written").map { String(String.UnicodeScalarView($0.value.unicodeScalars.filter { !VerbHit.isMark($0) })) }
                for (w, line) in b.values("written") where Lexicon.norm(w) == w {
                    err(b, line, "written form '\(w)' has no hamza the normal form drops: write it with `form:`")
                }
                if verbs.isEmpty && passives.isEmpty && nouns.isEmpty && forms.isEmpty && written.isEmpty {
                    err(b, b.line, "event \(b.id) has no verb, passive, form or noun")
                }
                let i = events.count
                events.append(
                    EventPattern(
                        code: b.id, gloss: b.first("gloss") ?? "", verbs: verbs.map { (past: $0.0, present: $0.1) },
                        passives: passives.map { (past: $0.0, present: $0.1) }, forms: forms, nouns: nouns,
                        after: b.values("after").map { Lexicon.norm($0.value) }, context: b.values("context").map { Lexicon.norm($0.value) },
                        notAfter: b.values("not-after").map { Lexicon.norm($0.value) },
                        notBefore: b.values("not-before").map { Lexicon.norm($0.value) },
                        targets: targets.isEmpty ? [.object] : targets, sourceSlot: sourceSlot,
                        symmetric: b.first("symmetric") == "yes", needsTarget: b.first("needs-target") == "yes", location: b.location))
                func addVerb(_ form: String, _ tense: VerbForms.Tense, _ passive: Bool, own: Set<String> = [], feminine: Set<String> = []) {
                    let hit = VerbHit(pattern: i, tense: tense, passive: passive, ownSubject: own.contains(form), feminine: feminine.contains(form))
                    let w = Word(form)
                    if !(verbIndex[w]?.contains(hit) ?? false) { verbIndex[w, default: []].append(hit) }
                }
                for (p, r) in verbs {
                    let ownPast = VerbForms.ownSubject(past: p)
                    let ownPresent = VerbForms.ownSubject(present: r)
                    let feminine = VerbForms.feminine(past: p, present: r)
                    for f in VerbForms.past(p) { addVerb(f, .past, false, own: ownPast, feminine: feminine) }
                    for f in VerbForms.present(r) { addVerb(f, .present, false, own: ownPresent, feminine: feminine) }
                }
                for (p, r) in passives {
                    for f in VerbForms.past(p) { addVerb(f, .past, true) }
                    for f in VerbForms.present(r) { addVerb(f, .present, true) }
                }
                // (A written form in the first person plural or the plural carries its subject:
                // «ونعزي مصر حكومة وشعباً» — «we» console Egypt; «يعزون»، «نشروا». Not a perfect or a
                // participle that starts with ن: «نشرت»، «ناقلا».)
                let ownForms = Set(
                    forms.filter { f in
                        f.unicodeScalars.count >= 4
                            && (f.hasPrefix("ن") && !f.hasSuffix("ت") && !f.hasSuffix("ا") || f.hasSuffix("ون") || f.hasSuffix("وا"))
                    })
                for f in forms { addVerb(f, .past, false, own: ownForms) }
                // (Apart from `verbIndex`: «هنا» and «اثني» are not verbs to the rules that ask it.)
                for w in written {
                    let hit = VerbHit(pattern: i, tense: .past, passive: false, written: w)
                    writtenIndex[Word(Lexicon.norm(w)), default: []].append(hit)
                }
                for n in nouns { nounIndex.add(n, i) }
            default:
                break
            }
        }
        actorIndex.sortLongestFirst()
        nounIndex.sortLongestFirst()
        indexSurnames()
        version = Lexicon.hash(blocks)
        return errors
    }

    /// FNV-1a over the rendered blocks: stable across runs and machines.
    static func hash(_ blocks: [LexiconBlock], extra: [[UInt8]] = []) -> String {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in blocks {
            for byte in b.rendered.utf8 {
                h ^= UInt64(byte)
                h = h &* 0x100_0000_01b3
            }
        }
        for bytes in extra {
            for byte in bytes {
                h ^= UInt64(byte)
                h = h &* 0x100_0000_01b3
            }
        }
        let hex = String(h, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
