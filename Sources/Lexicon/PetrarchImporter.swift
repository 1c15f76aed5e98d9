import ArabicText

/// Converts PETRARCH / TABARI dictionaries (actors and agents) into Tawthiq `.lex` blocks.
///
/// Pure: text in, blocks and errors out; nothing is read, printed or written. Every error names
/// `file:line` of the dictionary; lines with errors are skipped and the rest is converted.
///
/// ## Grammar accepted
///
/// Both kinds: blank lines are ignored; `#` and `;` start a comment anywhere on a line (TABARI
/// wrote coder notes after `;`). A phrase is one token with `_` for spaces (`BASHAR_AL_ASSAD_`,
/// `بشار_الأسد_`); the trailing `_` is dropped and the others become spaces. Names are kept as
/// written, in any script: English PETRARCH dictionaries and the Arabic UniversalPetrarch ones
/// convert alike (the `.lex` loader normalises Arabic when it compiles).
///
/// **Actors** (`--kind actors`):
/// ```
/// # a name line, then its alternate names and codes, indented
/// BASHAR_AL_ASSAD_  [SYRGOV 000717-241208] [SYRELI >241208]
///     +BASHAR_HAFEZ_AL_ASSAD_
///     +بشار_الأسد_
/// HOSNI_MUBARAK_
///     [EGYGOV 811014-110211]
///     [EGYELI >110211]
/// UNITED_NATIONS_ [IGOUNO]            # one code, no date: an organisation
/// SECURITY_COUNCIL_ IGOUNO            # a code may be written without brackets
/// ```
/// - A line starting at column 0 with a phrase starts an actor; codes may follow on the line.
/// - `+PHRASE` (indented or not) is an alternate name of the current actor; codes may follow.
/// - `[CODE]`, `[CODE DATES]`, or `CODE` / `CODE DATES` without brackets, on the name line or on
///   indented lines, are the actor's codes. CODE is groups of three capital letters.
/// - DATES: `YYMMDD-YYMMDD` (a range), `<YYMMDD` (before), `>YYMMDD` (from), `YYMMDD-` and
///   `-YYMMDD` (open ranges). YYYYMMDD works too. Two-digit years 00–30 are 2000–2030 and 31–99
///   are 1931–1999, as in KEDS, TABARI and PETRARCH.
///
/// An actor with one code and no date becomes (part of) `[org CODE]`: every such actor with the
/// same code is merged into one block (a later block with the same id would replace it). Any
/// other actor becomes `[person id]` (the id from its first name: lower case, `-` for spaces)
/// with one `role: CODE - START..END` line per code; an undated code is an open `..` role.
///
/// Dates are read as Tawthiq boundaries: `S-E` → `S..E`, `>D` → `D..`, `<D` → `..D`, so a
/// successor's `>D` written with the same D as the predecessor's end (the example above) makes
/// D the successor's first day, as in Tawthiq's half-open ranges. TABARI itself counted E as
/// inside the range; a dictionary written that way (`…-090119` then `090120-…`) still codes the
/// day E as before, because a day outside every range falls back to the latest earlier role.
///
/// **Agents** (`--kind agents`):
/// ```
/// POLICE_ [~COP]
/// SOLDIER_ {SOLDIERS_} [~MIL]
/// PROTESTER {S} [~OPP]                # {S}, {ES}: suffix; {IES}: Y → IES
/// جندي_ {جنود_} [~MIL]
/// ```
/// - `PHRASE [{PLURAL}] [~ROLE]`: the noun, an optional plural in braces, and the role to append
///   to the country (`~COP` → USA + COP = USACOP). The role may be written without `~`; it is one
///   3-letter role code (a prefix code `COP~` or a longer code is reported).
/// - `{S}`, `{ES}` add a suffix and `{IES}` replaces a final Y; anything else in braces is the
///   plural written out. No plural is invented when there are no braces (Tawthiq's matcher does
///   not pluralise, and PETRARCH's English rules would be wrong for Arabic).
/// - Every agent with the same role is merged into one `[agent ROLE]` block.
///
/// Every block gets `source: PETRARCH FILE:LINE` (the first line it came from).
public enum PetrarchImporter {
    /// Which dictionary the file is.
    public enum Kind: String, Sendable, CaseIterable {
        case actors
        case agents
    }

    /// The converted blocks (in the order of their first line), their `.lex` text, and every
    /// problem found, each with the dictionary's file and line.
    public struct Output: Sendable {
        public let blocks: [LexiconBlock]
        public let errors: [LexiconError]

        /// The blocks as a `.lex` file, with a header comment naming the source.
        public func text(source: String) -> String {
            var out = "# Imported from \(source) (PETRARCH/TABARI dictionary) by `tawthiq lexicon import-petrarch`.\n"
            for b in blocks { out += "\n" + b.rendered }
            return out
        }
    }

    /// Converts one dictionary's text; `file` names it in errors and `source:` lines.
    public static func convert(_ text: String, file: String, kind: Kind) -> Output {
        switch kind {
        case .actors: return convertActors(text, file: file)
        case .agents: return convertAgents(text, file: file)
        }
    }

    // MARK: - lines

    struct Line {
        let number: Int
        let text: String
        let indented: Bool
    }

    /// Non-blank lines with comments removed.
    static func lines(_ text: String) -> [Line] {
        var out: [Line] = []
        var n = 0
        // "\r\n" is one Character in Swift: split on it too, or CRLF files would be one line.
        for raw in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }) {
            n += 1
            var s = Substring(raw)
            if let c = s.firstIndex(where: { $0 == "#" || $0 == ";" }) { s = s[..<c] }
            let t = s.trimmingSpaces
            if t.isEmpty { continue }
            let indented = s.unicodeScalars.first.map { $0.properties.isWhitespace } ?? false
            out.append(Line(number: n, text: t, indented: indented))
        }
        return out
    }

    /// `BASHAR_AL_ASSAD_` → `BASHAR AL ASSAD`.
    static func phrase(_ token: Substring) -> String {
        token.split(separator: "_", omittingEmptySubsequences: true).joined(separator: " ").trimmingSpaces
    }

    static func splitFirstToken(_ s: String) -> (String, String) {
        guard let i = s.unicodeScalars.firstIndex(where: { $0.properties.isWhitespace }) else { return (s, "") }
        return (String(s.unicodeScalars[..<i]), String(s.unicodeScalars[i...]).trimmingSpaces)
    }

    // MARK: - dates and codes

    /// `YYMMDD` (00–30 → 20YY, 31–99 → 19YY) or `YYYYMMDD`.
    static func date(_ s: Substring) -> CalendarDay? {
        guard s.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        let digits = s.compactMap { $0.wholeNumberValue }
        func num(_ r: Range<Int>) -> Int { digits[r].reduce(0) { $0 * 10 + $1 } }
        switch digits.count {
        case 6:
            let yy = num(0..<2)
            return CalendarDay(year: yy <= 30 ? 2000 + yy : 1900 + yy, month: num(2..<4), day: num(4..<6))
        case 8:
            return CalendarDay(year: num(0..<4), month: num(4..<6), day: num(6..<8))
        default:
            return nil
        }
    }

    struct Code {
        let code: String
        let start: CalendarDay?
        let end: CalendarDay?
        let dated: Bool
        let line: Int
    }

    /// Whether a token looks like a date restriction rather than a name or a code.
    static func looksLikeDates(_ s: String) -> Bool {
        guard let f = s.unicodeScalars.first else { return false }
        return f == "<" || f == ">" || f == "-" || (f.value >= 48 && f.value <= 57)
    }

    /// `<D`, `>D`, `S-E`, `S-`, `-E` → (start, end), or an error message.
    static func dates(_ s: String) -> Result<(CalendarDay?, CalendarDay?), DictionaryError> {
        let bad = DictionaryError("bad date restriction '\(s)': expected <YYMMDD, >YYMMDD, YYMMDD-YYMMDD, YYMMDD- or -YYMMDD")
        if s.hasPrefix("<") || s.hasPrefix(">") {
            guard let d = date(s.dropFirst()) else { return .failure(bad) }
            return .success(s.hasPrefix("<") ? (nil, d) : (d, nil))
        }
        let parts = s.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, !(parts[0].isEmpty && parts[1].isEmpty) else { return .failure(bad) }
        let a = parts[0].isEmpty ? nil : date(parts[0])
        let b = parts[1].isEmpty ? nil : date(parts[1])
        if (!parts[0].isEmpty && a == nil) || (!parts[1].isEmpty && b == nil) { return .failure(bad) }
        if let a, let b, a >= b { return .failure(DictionaryError("inverted date range '\(s)': the start is not before the end")) }
        return .success((a, b))
    }

    struct DictionaryError: Error {
        let message: String
        init(_ message: String) { self.message = message }
    }

    /// The codes written in `s`: `[CODE]`, `[CODE DATES]`, `CODE`, `CODE DATES`, in any number.
    static func codes(in s: String, line: Int) -> Result<[Code], DictionaryError> {
        var out: [Code] = []
        var items: [[String]] = []
        var rest = Substring(s)
        while let f = rest.first {
            if f.isWhitespace {
                rest = rest.dropFirst()
                continue
            }
            if f == "[" {
                guard let close = rest.firstIndex(of: "]") else { return .failure(DictionaryError("'[' without a closing ']'")) }
                items.append(rest[rest.index(after: rest.startIndex)..<close].split(whereSeparator: \.isWhitespace).map(String.init))
                rest = rest[rest.index(after: close)...]
            } else {
                let end = rest.firstIndex(where: \.isWhitespace) ?? rest.endIndex
                let token = String(rest[..<end])
                rest = rest[end...]
                if looksLikeDates(token), var last = items.popLast(), last.count == 1 {
                    last.append(token)
                    items.append(last)
                } else {
                    items.append([token])
                }
            }
        }
        for item in items {
            guard let code = item.first else { return .failure(DictionaryError("empty code '[]'")) }
            guard item.count <= 2 else {
                return .failure(DictionaryError("a code is '[CODE]' or '[CODE DATES]', got '[\(item.joined(separator: " "))]'"))
            }
            if code.contains("~") {
                return .failure(DictionaryError("'\(code)' is an agent code (~): convert agents dictionaries with --kind agents"))
            }
            guard ActorCode.isWellFormed(code) else {
                return .failure(DictionaryError("'\(code)' is not a CAMEO actor code (groups of three capital letters)"))
            }
            if item.count == 2 {
                switch dates(item[1]) {
                case .success(let (a, b)): out.append(Code(code: code, start: a, end: b, dated: true, line: line))
                case .failure(let e): return .failure(e)
                }
            } else {
                out.append(Code(code: code, start: nil, end: nil, dated: false, line: line))
            }
        }
        return .success(out)
    }

    // MARK: - actors

    struct Actor {
        var names: [String]
        var codes: [Code]
        let line: Int
    }

    static func convertActors(_ text: String, file: String) -> Output {
        var errors: [LexiconError] = []
        func err(_ line: Int, _ m: String) { errors.append(.init(file: file, line: line, message: m)) }
        var actors: [Actor] = []
        /// Whether the current actor's name line was good (its continuation lines are skipped if not).
        var currentOK = false
        for l in lines(text) {
            let first = l.text.unicodeScalars.first!
            if first == "+" {
                guard !actors.isEmpty, currentOK else {
                    if actors.isEmpty || currentOK { err(l.number, "an alternate name (+…) before any actor") }
                    continue
                }
                let (tok, rest) = splitFirstToken(String(l.text.dropFirst()))
                let name = phrase(Substring(tok))
                guard !name.isEmpty else {
                    err(l.number, "an empty alternate name")
                    continue
                }
                switch codes(in: rest, line: l.number) {
                case .success(let cs):
                    actors[actors.count - 1].names.append(name)
                    actors[actors.count - 1].codes += cs
                case .failure(let e): err(l.number, e.message)
                }
            } else if first == "[" || l.indented {
                guard !actors.isEmpty else {
                    err(l.number, "a code line before any actor")
                    continue
                }
                guard currentOK else { continue }
                switch codes(in: l.text, line: l.number) {
                case .success(let cs): actors[actors.count - 1].codes += cs
                case .failure(let e):
                    err(l.number, e.message + (l.indented && first != "[" ? " (an indented line is '+NAME' or '[CODE …]')" : ""))
                }
            } else {
                let (tok, rest) = splitFirstToken(l.text)
                let name = phrase(Substring(tok))
                actors.append(Actor(names: [name], codes: [], line: l.number))
                currentOK = false
                if name.isEmpty || tok.contains("[") || tok.contains("]") {
                    err(l.number, "expected an actor phrase (WORD_WORD_), got '\(tok)'")
                    continue
                }
                switch codes(in: rest, line: l.number) {
                case .success(let cs):
                    actors[actors.count - 1].codes = cs
                    currentOK = true
                case .failure(let e): err(l.number, e.message)
                }
            }
        }

        var blocks: [LexiconBlock] = []
        var orgAt: [String: Int] = [:]
        var ids: Set<String> = []
        for a in actors where !a.names[0].isEmpty {
            guard !a.codes.isEmpty else {
                // Only report actors whose own line was fine; a bad line was reported already.
                if !errors.contains(where: { $0.line == a.line }) { err(a.line, "actor '\(a.names[0])' has no code") }
                continue
            }
            if a.codes.count == 1, !a.codes[0].dated {
                let code = a.codes[0].code
                if let i = orgAt[code] {
                    var names = blocks[i].fields[0].values
                    for n in a.names where !names.contains(n) { names.append(n) }
                    blocks[i].fields[0] = .init(key: "name", values: names, line: blocks[i].fields[0].line)
                } else {
                    orgAt[code] = blocks.count
                    blocks.append(
                        LexiconBlock(
                            kind: "org", id: code, file: file, line: a.line,
                            fields: [
                                .init(key: "name", values: unique(a.names), line: a.line),
                                .init(key: "source", values: ["PETRARCH \(file):\(a.line)"], line: a.line),
                            ]))
                }
                continue
            }
            var id = slug(a.names[0])
            if id.isEmpty { id = "actor-\(a.line)" }
            if ids.contains(id) {
                var k = 2
                while ids.contains("\(id)-\(k)") { k += 1 }
                id = "\(id)-\(k)"
            }
            ids.insert(id)
            var fields: [LexiconBlock.Field] = [.init(key: "name", values: unique(a.names), line: a.line)]
            for c in a.codes {
                fields.append(.init(key: "role", values: ["\(c.code) - \(c.start?.iso ?? "")..\(c.end?.iso ?? "")"], line: c.line))
            }
            fields.append(.init(key: "source", values: ["PETRARCH \(file):\(a.line)"], line: a.line))
            blocks.append(LexiconBlock(kind: "person", id: id, file: file, line: a.line, fields: fields))
        }
        return Output(blocks: blocks, errors: errors.sorted { $0.line < $1.line })
    }

    // MARK: - agents

    static func convertAgents(_ text: String, file: String) -> Output {
        var errors: [LexiconError] = []
        func err(_ line: Int, _ m: String) { errors.append(.init(file: file, line: line, message: m)) }
        var blocks: [LexiconBlock] = []
        var roleAt: [String: Int] = [:]
        for l in lines(text) {
            guard let open = l.text.firstIndex(of: "["), let close = l.text.lastIndex(of: "]"), open < close else {
                err(l.number, "an agent line is 'PHRASE [{PLURAL}] [~ROLE]', found no [~ROLE]")
                continue
            }
            guard l.text[l.text.index(after: close)...].trimmingSpaces.isEmpty else {
                err(l.number, "unexpected text after ']'")
                continue
            }
            var code = l.text[l.text.index(after: open)..<close].trimmingSpaces
            if code.hasSuffix("~") {
                err(l.number, "'\(code)' is a prefix agent code: Tawthiq agents are roles appended to a country (~ROLE)")
                continue
            }
            if code.hasPrefix("~") { code.removeFirst() }
            guard code.unicodeScalars.count == 3, ActorCode.isWellFormed(code) else {
                err(l.number, "an agent role is one 3-letter role code such as ~COP, got '\(l.text[l.text.index(after: open)..<close])'")
                continue
            }
            var head = Substring(l.text[..<open])
            var plural: String?
            if let b = head.firstIndex(of: "{") {
                guard let e = head.firstIndex(of: "}"), b < e, head[head.index(after: e)...].trimmingSpaces.isEmpty else {
                    err(l.number, "a plural is '{PLURAL}' right before the code")
                    continue
                }
                plural = head[head.index(after: b)..<e].trimmingSpaces
                head = head[..<b]
            }
            let tokens = head.split(whereSeparator: \.isWhitespace)
            guard tokens.count == 1 else {
                err(
                    l.number,
                    tokens.isEmpty
                        ? "an agent line needs a phrase before the code" : "an agent phrase is one token with '_' for spaces, got '\(head.trimmingSpaces)'")
                continue
            }
            let noun = phrase(tokens[0])
            guard !noun.isEmpty else {
                err(l.number, "an empty agent phrase")
                continue
            }
            var names = [noun]
            if let plural, !plural.isEmpty {
                let stem = noun
                switch plural {
                case "S", "ES": names.append(stem + plural)
                case "IES" where stem.hasSuffix("Y"): names.append(String(stem.dropLast()) + "IES")
                default: names.append(phrase(Substring(plural)))
                }
            }
            if let i = roleAt[code] {
                var values = blocks[i].fields[0].values
                for n in names where !values.contains(n) { values.append(n) }
                blocks[i].fields[0] = .init(key: "name", values: values, line: blocks[i].fields[0].line)
            } else {
                roleAt[code] = blocks.count
                blocks.append(
                    LexiconBlock(
                        kind: "agent", id: code, file: file, line: l.number,
                        fields: [
                            .init(key: "name", values: unique(names), line: l.number),
                            .init(key: "source", values: ["PETRARCH \(file):\(l.number)"], line: l.number),
                        ]))
            }
        }
        return Output(blocks: blocks, errors: errors)
    }

    // MARK: - helpers

    static func unique(_ xs: [String]) -> [String] {
        var seen = Set<String>()
        return xs.filter { seen.insert($0).inserted }
    }

    /// `BASHAR AL ASSAD` → `bashar-al-assad`; letters of any script are kept, marks dropped.
    static func slug(_ s: String) -> String {
        var out = ""
        var dash = false
        for u in s.unicodeScalars {
            let p = u.properties
            if p.generalCategory == .nonspacingMark { continue }
            if p.isAlphabetic || p.numericType != nil {
                if dash, !out.isEmpty { out += "-" }
                dash = false
                out += String(u).lowercased()
            } else {
                dash = true
            }
        }
        return out
    }
}
