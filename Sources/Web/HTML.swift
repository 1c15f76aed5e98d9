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
        "<\(tag) dir=\"rtl\" lang=\"ar\" class=\"ar\(className.map { " " + $0 } ?? "")\">\(escape(s))</\(tag)>"
    }
}

/// The page frame: viewport, CSS that wraps at phone width, the Arabic font stack, navigation.
enum Page {
    static let css = """
        :root { --q1: #2b8a3e; --q2: #74b816; --q3: #f08c00; --q4: #c92a2a; --fg: #212529; --muted: #6c757d; }
        * { box-sizing: border-box; }
        body { font-family: system-ui, "DejaVu Sans", sans-serif; color: var(--fg); margin: 0; line-height: 1.5; }
        header { background: #1c3d5a; color: #fff; padding: .5rem 1rem; display: flex; flex-wrap: wrap; gap: .25rem 1rem; align-items: baseline; }
        header a { color: #fff; text-decoration: none; } header .brand { font-weight: bold; margin-right: 1rem; }
        main { max-width: 960px; margin: 0 auto; padding: 1rem; overflow-wrap: anywhere; }
        .ar { font-family: "Noto Naskh Arabic", "Amiri", "DejaVu Sans", serif; font-size: 1.15rem; line-height: 1.9; text-align: right; }
        form { display: flex; flex-wrap: wrap; gap: .5rem; align-items: end; margin: .5rem 0 1rem; }
        form label { display: flex; flex-direction: column; font-size: .85rem; color: var(--muted); max-width: 100%; min-width: 0; }
        input, select, button { font: inherit; padding: .3rem .4rem; max-width: 100%; }
        svg { width: 100%; height: auto; display: block; margin: .5rem 0; }
        table { border-collapse: collapse; width: 100%; font-size: .9rem; display: block; overflow-x: auto; }
        th, td { border-bottom: 1px solid #dee2e6; padding: .25rem .5rem; text-align: left; vertical-align: top; overflow-wrap: normal; white-space: nowrap; }
        td:last-child { white-space: normal; min-width: 14rem; }
        mark { border-radius: 3px; padding: 0 2px; }
        mark.trigger { background: #ffd43b; } mark.source { background: #a5d8ff; } mark.target { background: #ffc9c9; }
        mark.hit { background: #ffec99; }
        .evidence { background: #f1f3f5; }
        .legend span { display: inline-block; margin-right: 1rem; font-size: .85rem; }
        .swatch { display: inline-block; width: .8rem; height: .8rem; margin-right: .3rem; vertical-align: middle; }
        .muted { color: var(--muted); font-size: .9rem; }
        .flag { border-left: 4px solid var(--q4); padding: .25rem .75rem; margin: .75rem 0; background: #fff5f5; }
        dl { display: grid; grid-template-columns: max-content 1fr; gap: .15rem 1rem; } dt { color: var(--muted); } dd { margin: 0; }
        code { font-size: .9em; }
        """

    static func layout(title: String, body: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="en" dir="ltr">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(HTML.escape(title)) — Tawthiq</title>
        <style>\(css)</style>
        </head>
        <body>
        <header><a class="brand" href="/">Tawthiq <span lang="ar" dir="rtl">توثيق</span></a>
        <a href="/relations">Relations</a> <a href="/events">Events</a> <a href="/flags">Flags</a> <a href="/search">Search</a> <a href="/openapi.json">API</a></header>
        <main>
        \(body)
        </main>
        </body>
        </html>
        """
    }
}
