/// Byte-level look at an XML document before it is parsed: its root element, and any entity
/// declarations, found without running an XML parser.
enum XMLProlog {
    /// A declaration that makes the document unsafe to parse, and the 1-based line it is on.
    struct Refusal: Equatable {
        let line: Int
        let message: String
    }

    static let entityMessage = "the feed declares XML entities (<!ENTITY>); refused to protect against entity expansion"

    /// The encodings a feed may declare: the bytes were checked to be UTF-8, and libxml2 must read
    /// them as UTF-8 (US-ASCII is a subset).
    static let acceptedEncodings: Set<String> = ["utf-8", "utf8", "us-ascii", "ascii"]

    /// The `encoding` of the XML declaration at the start of the document (after a BOM), if any.
    ///
    /// libxml2 switches to the declared encoding, so a declaration of UTF-7 (or UTF-16, Latin-1…)
    /// makes it read other characters than the bytes show: `+ADw-!ENTITY` is `<!ENTITY` in UTF-7.
    static func declaredEncoding(_ b: [UInt8]) -> String? {
        let i = b.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        guard has(b, i, "<?xml"), i + 5 < b.count, isSpace(b[i + 5]) else { return nil }
        let close = end(of: "?>", in: b, from: i + 5)
        let decl = b[(i + 5)..<close]
        let text = String(decoding: decl, as: UTF8.self)
        guard let name = text.range(of: "encoding") else { return nil }
        var rest = text[name.upperBound...].drop(while: \.isWhitespace)
        guard rest.first == "=" else { return nil }
        rest = rest.dropFirst().drop(while: \.isWhitespace)
        guard let quote = rest.first, quote == "\"" || quote == "'" else { return nil }
        return String(rest.dropFirst().prefix { $0 != quote && $0 != "?" })
    }

    /// The bytes the parser is given: the XML declaration and every processing instruction
    /// outside comments and CDATA blanked (spaces, line breaks kept, so positions stay where
    /// they were).
    ///
    /// - The declaration: the parser then reads UTF-8 whatever the declaration said.
    /// - Processing instructions: a feed has no use for them, and Foundation's `XMLParser`
    ///   crashes on one without data (`<?x?>`: its callback calls `strlen` on libxml2's NULL),
    ///   whether or not a delegate asks for them. Found by FuzzFeeds.
    static func forParser(_ b: [UInt8]) -> [UInt8] {
        var out = b
        func blank(_ from: Int, _ to: Int) {
            for k in from..<to where out[k] != 0x0A { out[k] = 0x20 }
        }
        var i = 0
        while i < b.count {
            guard let lt = nextLessThan(b, from: i) else { break }
            if has(b, lt, "<!--") {
                i = end(of: "-->", in: b, from: lt + 4)
            } else if has(b, lt, "<![CDATA[") {
                i = end(of: "]]>", in: b, from: lt + 9)
            } else if has(b, lt, "<?") {
                i = end(of: "?>", in: b, from: lt + 2)
                blank(lt, i)
            } else {
                i = lt + 1
            }
        }
        return out
    }

    /// The 1-based line and the offset of the first NUL byte, if any. XML does not allow NUL, and
    /// libxml2 takes `<\0?\0` for UTF-16 without a BOM: ASCII spelled that way is valid UTF-8 that
    /// a byte scan for `<!ENTITY` would not recognise.
    static func firstNUL(_ b: [UInt8]) -> (line: Int, byte: Int)? {
        guard let k = b.firstIndex(of: 0) else { return nil }
        return (b[..<k].reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }, k + 1)
    }

    /// The qualified name of the first element, or nil when there is none.
    static func rootElementName(_ b: [UInt8]) -> String? {
        var i = b.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        while i < b.count {
            if isSpace(b[i]) {
                i += 1
            } else if b[i] != 0x3C {  // <
                return nil
            } else if has(b, i, "<?") {
                i = end(of: "?>", in: b, from: i + 2)
            } else if has(b, i, "<!--") {
                i = end(of: "-->", in: b, from: i + 4)
            } else if has(b, i, "<!") {
                i = endOfDeclaration(b, from: i + 2)
            } else {
                var j = i + 1
                while j < b.count, !isSpace(b[j]), b[j] != 0x3E, b[j] != 0x2F { j += 1 }  // > /
                return j > i + 1 ? String(decoding: b[(i + 1)..<j], as: UTF8.self) : nil
            }
        }
        return nil
    }

    /// The first `<!ENTITY` declaration outside comments and CDATA sections, if any.
    ///
    /// Any entity declaration is refused, internal or external: internal ones can expand
    /// exponentially ("billion laughs"), external ones read files or URLs (XXE). A feed has no
    /// use for either.
    static func entityDeclaration(_ b: [UInt8]) -> Refusal? {
        var i = 0
        var line = 1
        var lineCountedTo = 0
        func lineAt(_ k: Int) -> Int {
            while lineCountedTo < k {
                if b[lineCountedTo] == 0x0A { line += 1 }
                lineCountedTo += 1
            }
            return line
        }
        while i < b.count {
            guard let lt = nextLessThan(b, from: i) else { return nil }
            if has(b, lt, "<!--") {
                i = end(of: "-->", in: b, from: lt + 4)
            } else if has(b, lt, "<![CDATA[") {
                i = end(of: "]]>", in: b, from: lt + 9)
            } else if has(b, lt, "<!ENTITY") {
                return Refusal(line: lineAt(lt), message: entityMessage)
            } else {
                i = lt + 1
            }
        }
        return nil
    }

    private static func nextLessThan(_ b: [UInt8], from i: Int) -> Int? {
        var k = i
        while k < b.count {
            if b[k] == 0x3C { return k }
            k += 1
        }
        return nil
    }

    /// The index just past a `<!…>` declaration, skipping quoted strings and a `[…]` subset.
    private static func endOfDeclaration(_ b: [UInt8], from start: Int) -> Int {
        var i = start
        var depth = 0
        var quote: UInt8 = 0
        while i < b.count {
            let c = b[i]
            if quote != 0 {
                if c == quote { quote = 0 }
            } else if c == 0x22 || c == 0x27 {
                quote = c
            } else if c == 0x5B {
                depth += 1
            } else if c == 0x5D {
                depth -= 1
            } else if c == 0x3E, depth <= 0 {
                return i + 1
            }
            i += 1
        }
        return b.count
    }

    /// The index just past the first `marker` at or after `i` (the end when there is none).
    private static func end(of marker: String, in b: [UInt8], from i: Int) -> Int {
        let m = Array(marker.utf8)
        var k = i
        while k + m.count <= b.count {
            if b[k] == m[0], b[k..<(k + m.count)].elementsEqual(m) { return k + m.count }
            k += 1
        }
        return b.count
    }

    private static func has(_ b: [UInt8], _ i: Int, _ s: String) -> Bool {
        let m = s.utf8
        return i + m.count <= b.count && b[i..<(i + m.count)].elementsEqual(m)
    }

    private static func isSpace(_ c: UInt8) -> Bool { c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D }
}
