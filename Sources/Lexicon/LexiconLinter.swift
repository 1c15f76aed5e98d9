import ArabicText

/// Lints a compiled lexicon: problems a parser cannot see, each named by file:line.
///
/// - unknown CAMEO event codes, and actor codes whose country is not a known state;
/// - inverted and overlapping date ranges (one person holding the same code and office twice at
///   once; one office of one country held by two people at once);
/// - one key (after normalisation) coded two different ways by countries, organisations or agents;
/// - keys within one entry that normalise to the same string;
/// - cue words not written in the normal form the coder matches, or written twice in one kind.
/// - actor keys made only of function words (في، من، على…), which would match almost every sentence.
/// - the gazetteer against the lexicon (``Gazetteer/check(_:)``): every state and every `capital:`
///   and `place:` key has a point, every row's key and state is the lexicon's.
public enum LexiconLinter {
    public static func check(_ lex: Lexicon, eventCodes: Set<String>) -> [LexiconError] {
        var out: [LexiconError] = []
        func loc(_ s: String) -> (String, Int) {
            let i = s.lastIndex(of: ":")!
            return (String(s[..<i]), Int(s[s.index(after: i)...]) ?? 0)
        }
        func add(_ location: String, _ m: String) {
            let (f, l) = loc(location)
            out.append(.init(file: f, line: l, message: m))
        }
        for e in lex.events where !e.isReport && !eventCodes.contains(e.code) {
            add(e.location, "unknown CAMEO event code \(e.code)")
        }
        let known = Set(lex.countries.map(\.code))
        if !known.isEmpty {
            for p in lex.people {
                for r in p.roles {
                    if let c = r.country, !known.contains(c) { add(r.location, "unknown country \(c) in \(r.code)") }
                }
            }
            for o in lex.organisations {
                if let c = o.country, !known.contains(c) { add(o.location, "unknown country \(c)") }
            }
            for c in lex.countries {
                if let p = c.partOf, !known.contains(p) || p == c.code { add(c.location, "\(c.code): part-of \(p) is not another known state") }
            }
        }
        // Overlaps within one person, same code.
        for p in lex.people {
            for (i, a) in p.roles.enumerated() {
                for b in p.roles[(i + 1)...] where a.code == b.code && a.office == b.office && overlap(a, b) {
                    add(b.location, "\(p.id): \(b.code) \(b.rangeText) overlaps \(a.rangeText) (\(a.location))")
                }
            }
        }
        // One office of one country held by two people at once.
        var byOffice: [String: [(String, DatedRole)]] = [:]
        for p in lex.people {
            for r in p.roles {
                guard let o = r.office, let c = r.country else { continue }
                byOffice[c + " " + o, default: []].append((p.id, r))
            }
        }
        for (office, holders) in byOffice.sorted(by: { $0.key < $1.key }) {
            for (i, a) in holders.enumerated() {
                for b in holders[(i + 1)...] where a.0 != b.0 && overlap(a.1, b.1) {
                    add(b.1.location, "office \(office): \(b.0) \(b.1.rangeText) overlaps \(a.0) \(a.1.rangeText) (\(a.1.location))")
                }
            }
        }
        // One key, two codes.
        var codeOf: [String: (String, String)] = [:]
        func claim(_ key: String, _ code: String, _ location: String) {
            let k = Lexicon.norm(key)
            if let (c, l) = codeOf[k], c != code {
                add(location, "'\(key)' is coded \(code) here and \(c) at \(l)")
            } else {
                codeOf[k] = (code, location)
            }
        }
        for c in lex.countries {
            for n in c.names + c.capitals + c.places { claim(n, c.code, c.location) }
            for n in c.seats { claim(n, c.code + "GOV", c.location) }
        }
        for o in lex.organisations { for n in o.names { claim(n, o.code, o.location) } }
        for a in lex.agents { for n in a.names { claim(n, a.role, a.location) } }
        // Cue words are matched as the coder's normal form: one written otherwise reads, in the
        // file, as what no token ever is (a dead entry in a word list of code); and one written
        // twice in a kind is a slip.
        for b in lex.blocks where b.kind == "cue" {
            var seen: [String: Int] = [:]
            for f in b.fields where f.key == "word" {
                for v in f.values {
                    let n = Lexicon.norm(v)
                    if n != v {
                        out.append(.init(file: b.file, line: f.line, message: "cue word '\(v)' is not in normal form: tokens read '\(n)' (write that)"))
                    }
                    if let first = seen[n] {
                        out.append(.init(file: b.file, line: f.line, message: "cue word '\(v)' is written twice in cue \(b.id) (first at line \(first))"))
                    } else {
                        seen[n] = f.line
                    }
                }
            }
        }
        // Function words as names.
        func functionWords(_ keys: [String], _ location: String, _ what: String) {
            for k in keys where isFunctionWords(k) {
                add(location, "'\(k)' is a function word, not a name: as \(what) it would match almost every sentence")
            }
        }
        for c in lex.countries {
            functionWords(c.names + c.capitals + c.places + c.seats + c.nisbaForms, c.location, "a name of \(c.code)")
        }
        for o in lex.organisations { functionWords(o.names, o.location, "a name of \(o.code)") }
        for a in lex.agents { functionWords(a.names, a.location, "a name of the agent \(a.role)") }
        for p in lex.people { functionWords(p.names + p.shorts, p.location, "a name of \(p.id)") }
        for t in lex.titles { functionWords(t.names, t.location, "a title") }
        // Keys inside one entry that normalise alike.
        for b in lex.blocks {
            var seen: [String: String] = [:]
            for f in b.fields where ["name", "short", "capital", "seat", "place", "noun", "nisba-form"].contains(f.key) {
                for v in f.values {
                    let k = f.key + ":" + Lexicon.norm(v)
                    if let prev = seen[k] {
                        out.append(.init(file: b.file, line: f.line, message: "'\(v)' normalises like '\(prev)' in the same entry"))
                    } else {
                        seen[k] = v
                    }
                }
            }
        }
        out += Gazetteer.check(lex)
        return out
    }

    /// Prepositions, conjunctions, particles, pronouns and demonstratives (as written; compared
    /// normalised). Data, not code paths.
    static let functionWords: Set<String> = Set(
        [
            "في", "من", "إلى", "على", "عن", "مع", "منذ", "حتى", "خلال", "بين", "عند", "لدى", "قبل", "بعد",
            "حول", "ضد", "عبر", "دون", "نحو", "و", "ف", "ب", "ل", "ك", "أو", "أم", "ثم", "بل", "لكن",
            "أن", "إن", "أنّ", "إنّ", "كي", "لا", "لم", "لن", "ما", "هل", "قد", "لقد", "سوف", "إذا", "إذ", "كما",
            "هذا", "هذه", "ذلك", "تلك", "هؤلاء", "الذي", "التي", "الذين", "هو", "هي", "هم", "هما", "هن", "نحن",
            "أنا", "أنت", "كل", "بعض", "غير", "أيضا", "أيضاً", "عليه", "فيه", "منه", "له", "به",
        ].map(Lexicon.norm))

    /// Whether every word of `key` is a function word.
    static func isFunctionWords(_ key: String) -> Bool {
        let words = Lexicon.norm(key).fields(" ")
        return !words.isEmpty && words.allSatisfy { functionWords.contains(String($0)) }
    }

    static func overlap(_ a: DatedRole, _ b: DatedRole) -> Bool {
        let aStart = a.start?.daysSinceEpoch ?? Int.min
        let aEnd = a.end?.daysSinceEpoch ?? Int.max
        let bStart = b.start?.daysSinceEpoch ?? Int.min
        let bEnd = b.end?.daysSinceEpoch ?? Int.max
        return aStart < bEnd && bStart < aEnd
    }
}
