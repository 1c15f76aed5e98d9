/// Byte-level look at an XML document before it is parsed: its root element, and any entity
/// declarations, found without running an XML parser.
enum XMLProlog {
    /// A declaration that makes the document unsafe to parse, and the 1-based line it is on.
    struct Refusal: Equatable {
        let line: Int
        let message: String
    }

    static let entityMessage = "the feed declares XML entities (<!ENTITY>); refused to protect against entity expansion"

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
