import ArabicText

/// Reads the block grammar of `FORMAT.md`: `[kind id]` headers, `key: value | value` lines,
/// `#` comments. Collects every error with its file and line instead of stopping at the first.
public enum LexiconParser {
    /// Block kinds and the keys each may carry.
    public static let schema: [String: Set<String>] = [
        "country": [
            "name", "nisba", "nisba-form", "nisba-homograph", "capital", "capital-homograph", "seat", "place", "since", "part-of", "source",
        ],
        "org": ["name", "short", "context-name", "context", "country", "source"],
        "agent": ["name", "definite-name", "instrument", "alone", "not-after", "home-name", "bare-home-name", "home", "source"],
        "title": ["name", "role", "country", "states", "home", "source"],
        "person": ["name", "short", "role", "source"],
        "cue": ["gloss", "word", "source"],
        "war": ["gloss", "country", "since", "until", "side", "enemy", "air", "source"],
        "event": [
            "gloss", "verb", "passive", "form", "written", "noun", "after", "target", "source", "symmetric",
            "context", "not-after", "not-before", "source-after", "needs-target", "mode",
        ],
    ]

    /// Parses one file's text. Returns the blocks that parsed and the errors found.
    public static func parse(_ text: String, file: String) -> (blocks: [LexiconBlock], errors: [LexiconError]) {
        var blocks: [LexiconBlock] = []
        var errors: [LexiconError] = []
        var current: LexiconBlock?
        var lineNo = 0
        for rawLine in lines(of: text) {
            lineNo += 1
            var trimmed = rawLine.trimmingSpaces
            if trimmed.hasPrefix("["), let hash = trimmed.spaceHashIndex { trimmed = String(trimmed[..<hash]).trimmingSpaces }
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            if trimmed.hasPrefix("[") {
                if let c = current { blocks.append(c) }
                current = nil
                guard trimmed.hasSuffix("]") else {
                    errors.append(.init(file: file, line: lineNo, message: "a block header must end with ']'"))
                    continue
                }
                let inner = trimmed.dropFirst().dropLast().trimmingSpaces
                let parts = inner.fields(" ", maxSplits: 1).map { String($0).trimmingSpaces }
                guard parts.count == 2, !parts[1].isEmpty else {
                    errors.append(.init(file: file, line: lineNo, message: "a block header is '[kind id]', got '[\(inner)]'"))
                    continue
                }
                guard schema[parts[0]] != nil else {
                    let kinds = schema.keys.sorted().joined(separator: ", ")
                    errors.append(.init(file: file, line: lineNo, message: "unknown block kind '\(parts[0])' (known: \(kinds))"))
                    continue
                }
                current = LexiconBlock(kind: parts[0], id: parts[1], file: file, line: lineNo)
                continue
            }
            guard let colon = trimmed.firstIndex(of: ":") else {
                errors.append(.init(file: file, line: lineNo, message: "expected 'key: value', found no ':'"))
                continue
            }
            guard var block = current else {
                errors.append(.init(file: file, line: lineNo, message: "a 'key: value' line outside any [kind id] block"))
                continue
            }
            let key = String(trimmed[..<colon]).trimmingSpaces
            guard let allowed = schema[block.kind], allowed.contains(key) else {
                let keys = (schema[block.kind] ?? []).sorted().joined(separator: ", ")
                errors.append(.init(file: file, line: lineNo, message: "unknown key '\(key)' in a \(block.kind) block (known: \(keys))"))
                continue
            }
            var value = trimmed[trimmed.index(after: colon)...]
            if let hash = value.spaceHashIndex { value = value[..<hash] }
            let values = value.fields("|").map { String($0).trimmingSpaces }.filter { !$0.isEmpty }
            if values.isEmpty && key != "source" {
                errors.append(.init(file: file, line: lineNo, message: "key '\(key)' has no value"))
                continue
            }
            block.fields.append(.init(key: key, values: values, line: lineNo))
            current = block
        }
        if let c = current { blocks.append(c) }
        return (blocks, errors)
    }
}

extension LexiconParser {
    /// The lines of a text, split at "\n", "\r\n" or "\r" on its UTF-8 bytes (splitting by
    /// Character would run grapheme breaking over the whole lexicon).
    static func lines(of text: String) -> [Substring] {
        var out: [Substring] = []
        let u = text.utf8
        var start = u.startIndex
        var i = u.startIndex
        while i < u.endIndex {
            let b = u[i]
            if b == 0x0A || b == 0x0D {
                out.append(text[start..<i])
                var next = u.index(after: i)
                if b == 0x0D, next < u.endIndex, u[next] == 0x0A { next = u.index(after: next) }
                start = next
                i = next
            } else {
                i = u.index(after: i)
            }
        }
        out.append(text[start..<u.endIndex])
        return out
    }
}

extension StringProtocol {
    /// Without leading and trailing white space (any Unicode white space). Walks the scalar view in
    /// place: loading the lexicon trims every line and value.
    var trimmingSpaces: String {
        let sub = Substring(self)
        let v = sub.unicodeScalars
        var lo = v.startIndex
        var hi = v.endIndex
        while lo < hi, v[lo].properties.isWhitespace { lo = v.index(after: lo) }
        while hi > lo, v[v.index(before: hi)].properties.isWhitespace { hi = v.index(before: hi) }
        return String(Substring(v[lo..<hi]))
    }

    /// Where " #" (a comment after a value) starts, found on the UTF-8 bytes (no Foundation search).
    var spaceHashIndex: String.Index? {
        let sub = Substring(self)
        var previous: String.Index?
        for i in sub.utf8.indices {
            let b = sub.utf8[i]
            if b == UInt8(ascii: "#"), let p = previous { return p }
            previous = b == UInt8(ascii: " ") ? i : nil
        }
        return nil
    }
}
