/// HTML to plain text: tags dropped, entities decoded, one line per paragraph.
enum HTMLText {
    /// Elements that end a paragraph or line.
    static let blockElements: Set<String> = [
        "address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "figcaption", "figure",
        "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre",
        "section", "table", "tr", "ul",
    ]

    /// Elements whose content is not text.
    static let skippedElements: Set<String> = ["script", "style", "noscript", "template"]

    static func isBlock(_ name: String) -> Bool { blockElements.contains(name) }

    /// Marks a line break made by markup, as against a raw line break in the source.
    static let structuralBreak: Character = "\u{2029}"

    /// The plain text of an HTML fragment. Raw line breaks count as breaks only when the fragment
    /// has no block tags (plain text sent as "HTML").
    static func plainText(_ html: String) -> String {
        let s = Array(html.unicodeScalars)
        var out = String.UnicodeScalarView()
        var i = 0
        while i < s.count {
            let c = s[i]
            if c == "<", i + 1 < s.count, startsMarkup(s[i + 1]) {
                if starts(s, i, "<!--") {
                    i = indexAfter(s, "-->", from: i + 4)
                    continue
                }
                let (name, closing, end) = tag(s, from: i)
                i = end
                if !closing, skippedElements.contains(name) {
                    i = indexAfterClosingTag(s, name, from: i)
                } else if isBlock(name) {
                    out.append("\u{2029}")
                } else if name == "td" || name == "th" {
                    out.append(" ")
                }
            } else if c == "&", let (decoded, end) = entity(s, from: i) {
                out.append(contentsOf: decoded.unicodeScalars)
                i = end
            } else {
                out.append(c)
                i += 1
            }
        }
        return tidy(String(out))
    }

    /// One line per paragraph: spaces collapsed, lines trimmed, blank lines dropped. When the text
    /// has breaks made by markup (`structuralBreak`), raw line breaks are only spaces.
    static func tidy(_ text: String) -> String {
        let rawBreaks = !text.contains(structuralBreak)
        var lines: [String] = []
        var line = ""
        var pendingSpace = false
        func endLine() {
            if !line.isEmpty { lines.append(line) }
            line = ""
            pendingSpace = false
        }
        for ch in text {
            if ch == structuralBreak {
                endLine()
            } else if ch == "\n" || ch == "\r\n" || ch == "\r" {
                if rawBreaks { endLine() } else { pendingSpace = !line.isEmpty }
            } else if ch.isWhitespace {
                pendingSpace = !line.isEmpty
            } else if ch == "\u{00AD}" {
                continue
            } else {
                if pendingSpace { line.append(" ") }
                pendingSpace = false
                line.append(ch)
            }
        }
        endLine()
        return lines.joined(separator: "\n")
    }

    /// All whitespace, line breaks included, collapsed to single spaces.
    static func oneLine(_ text: String) -> String { tidy(text).split(separator: "\n").joined(separator: " ") }

    private static func startsMarkup(_ c: Unicode.Scalar) -> Bool {
        c == "/" || c == "!" || c == "?" || (c.isASCII && c.properties.isAlphabetic)
    }

    /// A tag's lowercased name, whether it is an end tag, and the index after its `>`.
    private static func tag(_ s: [Unicode.Scalar], from start: Int) -> (String, Bool, Int) {
        var i = start + 1
        let closing = s[i] == "/"
        if closing { i += 1 }
        var name = ""
        while i < s.count, s[i].isASCII, s[i].properties.isAlphabetic || s[i].properties.numericType != nil {
            name.unicodeScalars.append(s[i])
            i += 1
        }
        var quote: Unicode.Scalar?
        while i < s.count {
            let c = s[i]
            i += 1
            if let q = quote {
                if c == q { quote = nil }
            } else if c == "\"" || c == "'" {
                quote = c
            } else if c == ">" {
                break
            }
        }
        return (name.lowercased(), closing, i)
    }

    private static func indexAfterClosingTag(_ s: [Unicode.Scalar], _ name: String, from i: Int) -> Int {
        var k = i
        while k < s.count {
            if s[k] == "<", starts(s, k, "</"), tag(s, from: k).0 == name { return tag(s, from: k).2 }
            k += 1
        }
        return s.count
    }

    /// A decoded `&name;`, `&#N;` or `&#xH;` and the index after it; nil for a bare `&`.
    private static func entity(_ s: [Unicode.Scalar], from start: Int) -> (String, Int)? {
        var i = start + 1
        var body = ""
        while i < s.count, s[i] != ";", body.unicodeScalars.count < 32 {
            guard s[i].isASCII, s[i].properties.isAlphabetic || s[i].properties.numericType != nil || s[i] == "#" else { return nil }
            body.unicodeScalars.append(s[i])
            i += 1
        }
        guard i < s.count, s[i] == ";", !body.isEmpty else { return nil }
        if body.hasPrefix("#") {
            let digits = body.dropFirst()
            let value = digits.first == "x" || digits.first == "X" ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
            guard let value else { return nil }
            let scalar = Unicode.Scalar(value).flatMap { $0.value == 0 ? nil : $0 } ?? "\u{FFFD}"
            return (String(Character(scalar)), i + 1)
        }
        guard let named = namedEntities[body] else { return nil }
        return (named, i + 1)
    }

    private static func starts(_ s: [Unicode.Scalar], _ i: Int, _ p: String) -> Bool {
        let m = Array(p.unicodeScalars)
        return i + m.count <= s.count && s[i..<(i + m.count)].elementsEqual(m)
    }

    private static func indexAfter(_ s: [Unicode.Scalar], _ p: String, from i: Int) -> Int {
        var k = i
        while k < s.count {
            if starts(s, k, p) { return k + p.unicodeScalars.count }
            k += 1
        }
        return s.count
    }

    /// The named entities met in news feeds.
    static let namedEntities: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'",
        "nbsp": "\u{00A0}", "ensp": "\u{2002}", "emsp": "\u{2003}", "thinsp": "\u{2009}",
        "zwnj": "\u{200C}", "zwj": "\u{200D}", "lrm": "\u{200E}", "rlm": "\u{200F}", "shy": "\u{00AD}",
        "ndash": "–", "mdash": "—", "hellip": "…", "bull": "•", "middot": "·",
        "lsquo": "‘", "rsquo": "’", "sbquo": "‚", "ldquo": "“", "rdquo": "”", "bdquo": "„",
        "laquo": "«", "raquo": "»", "lsaquo": "‹", "rsaquo": "›",
        "copy": "©", "reg": "®", "trade": "™", "deg": "°", "plusmn": "±", "times": "×", "divide": "÷",
        "para": "¶", "sect": "§", "euro": "€", "pound": "£", "yen": "¥", "cent": "¢",
    ]
}
