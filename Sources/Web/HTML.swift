import Hummingbird

/// HTML escaping and small pieces.
enum HTML {
    /// Escapes text for element content and quoted attribute values.
    /// Whether `s` is an absolute http(s) URL, the only kind of article address made a link.
    static func isWebURL(_ s: String) -> Bool {
        let lower = s.trimmingCharacters(in: .whitespaces).lowercased()
        return (lower.hasPrefix("http://") || lower.hasPrefix("https://")) && !s.contains(where: { $0.isNewline || $0 == "\t" })
    }

    static func escape(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for c in s.unicodeScalars {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\u{0}"..."\u{8}", "\u{B}", "\u{C}", "\u{E}"..."\u{1F}": continue
            default: out.unicodeScalars.append(c)
            }
        }
        return out
    }

    /// A query string from pairs, empty values left out, each part percent-encoded.
    static func query(_ pairs: [(String, String?)]) -> String {
        let parts = pairs.compactMap { k, v -> String? in
            guard let v, !v.isEmpty else { return nil }
            return k + "=" + percent(v)
        }
        return parts.isEmpty ? "" : "?" + parts.joined(separator: "&")
    }

    static func percent(_ s: String) -> String {
        var out = ""
        for b in s.utf8 {
            switch b {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."), UInt8(ascii: "~"):
                out.unicodeScalars.append(Unicode.Scalar(b))
            default:
                let hex = Array("0123456789ABCDEF")
                out += "%" + String(hex[Int(b >> 4)]) + String(hex[Int(b & 15)])
            }
        }
        return out
    }

    /// Arabic text in its own right-to-left block.
    static func arabic(_ s: String, tag: String = "p", className: String? = nil) -> String {
        "<\(tag) dir=\"rtl\" lang=\"ar\" class=\"ar\(className.map { " " + $0 } ?? "")\">\(text(s, .ar))</\(tag)>"
    }

    /// Text for a page in `lang`, escaped, with each run of the other direction isolated in a
    /// `<bdi>`: Arabic in an English page, Latin (codes, ids, file names, ISO dates) in an Arabic
    /// one. The punctuation around a run («», :, parentheses) then stays where it was written,
    /// instead of the bidi algorithm pulling it into the run (`so «أمس الأحد« cannot be resolved`).
    static func text(_ s: String, _ lang: Lang) -> String {
        let scalars = Array(s.unicodeScalars)
        let rtl = lang == .ar
        func foreign(_ c: Unicode.Scalar) -> Bool { rtl ? Bidi.isLatin(c) : Bidi.isArabicLetter(c) }
        func native(_ c: Unicode.Scalar) -> Bool { rtl ? Bidi.isArabicLetter(c) : Bidi.isLatinLetter(c) }
        func joins(_ c: Unicode.Scalar) -> Bool { rtl ? Bidi.joinsLatin(c) : Bidi.joinsArabic(c) }
        let open = lang == .ar ? "<bdi dir=\"ltr\">" : "<bdi lang=\"ar\" dir=\"rtl\">"
        var out = ""
        var i = 0
        while i < scalars.count {
            guard foreign(scalars[i]) else {
                var plain = String.UnicodeScalarView()
                while i < scalars.count && !foreign(scalars[i]) {
                    plain.append(scalars[i])
                    i += 1
                }
                out += escape(String(plain))
                continue
            }
            // The run: foreign characters and what joins them, up to the last foreign character
            // or digit (a year after an Arabic month name belongs to it).
            var end = i + 1
            var last = i
            while end < scalars.count && !native(scalars[end]) && (foreign(scalars[end]) || joins(scalars[end])) {
                if foreign(scalars[end]) || scalars[end].properties.numericType == .decimal { last = end }
                end += 1
            }
            var run = String.UnicodeScalarView()
            run.append(contentsOf: scalars[i...last])
            out += open + escape(String(run)) + "</bdi>"
            i = last + 1
        }
        return out
    }
}

/// Which characters belong to a right-to-left Arabic run or a left-to-right Latin run.
enum Bidi {
    static func isArabicLetter(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x0660...0x0669, 0x06F0...0x06F9, 0x060C, 0x061B, 0x061F: return false  // digits and punctuation
        case 0x0600...0x06FF, 0x0750...0x077F, 0x08A0...0x08FF, 0xFB50...0xFDFF, 0xFE70...0xFEFF: return true
        default: return false
        }
    }

    static func isLatinLetter(_ c: Unicode.Scalar) -> Bool {
        (c.isASCII && c.properties.isAlphabetic) || (0x00C0...0x024F).contains(c.value)
    }

    /// Latin letters and Western digits: in an Arabic page, codes (SYRGOV), ids and ISO dates.
    static func isLatin(_ c: Unicode.Scalar) -> Bool { isLatinLetter(c) || ("0"..."9").contains(c) }

    /// Inside an Arabic run: spaces, digits, Arabic punctuation and marks, tatweel, joiners.
    static func joinsArabic(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x20, 0xA0, 0x30...0x39, 0x0660...0x0669, 0x06F0...0x06F9, 0x060C, 0x061B, 0x061F, 0x0640, 0x200C, 0x200D: return true
        default: return c.properties.generalCategory == .nonspacingMark
        }
    }

    /// Inside a Latin run: what codes, ids, file:line references and dates are made of.
    static func joinsLatin(_ c: Unicode.Scalar) -> Bool { " -.:/_+@#%=&'".unicodeScalars.contains(c) }
}

/// The page frame: language and direction, viewport, CSS that wraps at phone width and mirrors
/// for right-to-left (logical properties: start/end, not left/right), the Arabic font stack,
/// navigation and the language switch.
enum Page {
    static let css = """
        :root { --q1: #2b8a3e; --q2: #74b816; --q3: #f08c00; --q4: #c92a2a; --fg: #212529; --muted: #6c757d; }
        * { box-sizing: border-box; }
        body { font-family: system-ui, "DejaVu Sans", sans-serif; color: var(--fg); margin: 0; line-height: 1.5; }
        html[lang="ar"] body { font-family: "Noto Sans Arabic", "Noto Naskh Arabic", "DejaVu Sans", sans-serif; }
        header { background: #1c3d5a; color: #fff; padding: .5rem 1rem; display: flex; flex-wrap: wrap; gap: .25rem 1rem; align-items: baseline; }
        header a { color: #fff; text-decoration: none; } header .brand { font-weight: bold; margin-inline-end: 1rem; }
        header .lang { margin-inline-start: auto; border: 1px solid #fff8; border-radius: 3px; padding: 0 .4rem; }
        main { max-width: 960px; margin: 0 auto; padding: 1rem; overflow-wrap: anywhere; }
        .ar { font-family: "Noto Naskh Arabic", "Amiri", "DejaVu Sans", serif; font-size: 1.15rem; line-height: 1.9; text-align: start; }
        bdi.ar, span.ar { font-size: 1.05rem; }
        form { display: flex; flex-wrap: wrap; gap: .5rem; align-items: end; margin: .5rem 0 1rem; }
        form label { display: flex; flex-direction: column; font-size: .85rem; color: var(--muted); max-width: 100%; min-width: 0; }
        input, select, button { font: inherit; padding: .3rem .4rem; max-width: 100%; }
        svg { width: 100%; height: auto; display: block; margin: .5rem 0; }
        svg.map path { vector-effect: non-scaling-stroke; }
        table { border-collapse: collapse; width: 100%; font-size: .9rem; display: block; overflow-x: auto; }
        th, td { border-bottom: 1px solid #dee2e6; padding: .25rem .5rem; text-align: start; vertical-align: top; overflow-wrap: normal; white-space: nowrap; }
        td:last-child { white-space: normal; min-width: 14rem; }
        mark { border-radius: 3px; padding: 0 2px; }
        mark.trigger { background: #ffd43b; } mark.source { background: #a5d8ff; } mark.target { background: #ffc9c9; }
        mark.hit { background: #ffec99; }
        .evidence { background: #f1f3f5; }
        .legend span { display: inline-block; margin-inline-end: 1rem; font-size: .85rem; }
        .swatch { display: inline-block; width: .8rem; height: .8rem; margin-inline-end: .3rem; vertical-align: middle; }
        .muted { color: var(--muted); font-size: .9rem; }
        .flag { border-inline-start: 4px solid var(--q4); padding: .25rem .75rem; margin: .75rem 0; background: #fff5f5; }
        .note { border-inline-start: 4px solid #999; padding: .25rem .75rem; margin: .75rem 0; background: #f6f6f6; }
        dl { display: grid; grid-template-columns: max-content 1fr; gap: .15rem 1rem; } dt { color: var(--muted); } dd { margin: 0; }
        code { font-size: .9em; }
        """

    /// The same page in the other language: this path and query, `lang` swapped.
    static func switchLink(_ req: Request, to lang: Lang) -> String {
        let q = Query(req.uri.query)
        let pairs = q.values.keys.sorted().filter { $0 != "lang" }.map { ($0, q.values[$0]) } + [("lang", lang.rawValue)]
        return req.uri.path + HTML.query(pairs)
    }

    static func layout(title: String, body: String, lang: Lang, req: Request) -> String {
        let other = lang.other
        return """
            <!DOCTYPE html>
            <html lang="\(lang.rawValue)" dir="\(lang.dir)">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(HTML.escape(title)) — \(lang("Tawthiq", "توثيق"))</title>
            <style>\(css)</style>
            </head>
            <body>
            <header><a class="brand" href="/">\(lang("Tawthiq <bdi lang=\"ar\" dir=\"rtl\">توثيق</bdi>", "توثيق <bdi lang=\"en\" dir=\"ltr\">Tawthiq</bdi>"))</a>
            <a href="/relations">\(lang("Relations", "العلاقات"))</a> <a href="/events">\(lang("Events", "الأحداث"))</a> <a href="/map">\(lang("Map", "الخريطة"))</a> <a href="/flags">\(lang("Flags", "التنبيهات"))</a> <a href="/search">\(lang("Search", "البحث"))</a> <a href="/openapi.json">API</a>
            <a class="lang" href="\(HTML.escape(switchLink(req, to: other)))" hreflang="\(other.rawValue)" lang="\(other.rawValue)" dir="\(other.dir)">\(other.endonym)</a></header>
            <main>
            \(body)
            </main>
            </body>
            </html>
            """
    }
}
