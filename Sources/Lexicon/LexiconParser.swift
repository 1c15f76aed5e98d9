/// Reads the block grammar of `FORMAT.md`: `[kind id]` headers, `key: value | value` lines,
/// `#` comments. Collects every error with its file and line instead of stopping at the first.
public enum LexiconParser {
    /// Block kinds and the keys each may carry.
    public static let schema: [String: Set<String>] = [
        "country": ["name", "nisba", "nisba-form", "capital", "capital-homograph", "seat", "place", "since", "part-of", "source"],
        "org": ["name", "short", "country", "source"],
        "agent": ["name", "alone", "source"],
        "title": ["name", "role", "source"],
        "person": ["name", "short", "role", "source"],
        "event": [
            "gloss", "verb", "passive", "form", "noun", "after", "target", "source", "symmetric",
            "context", "needs-target", "mode",
        ],
    ]

    /// Parses one file's text. Returns the blocks that parsed and the errors found.
    public static func parse(_ text: String, file: String) -> (blocks: [LexiconBlock], errors: [LexiconError]) {
        var blocks: [LexiconBlock] = []
        var errors: [LexiconError] = []
        var current: LexiconBlock?
        var lineNo = 0
        // "\r\n" is one Character in Swift: split on every line-break form.
        for rawLine in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }) {
            lineNo += 1
            var trimmed = rawLine.trimmingSpaces
            if trimmed.hasPrefix("["), let hash = trimmed.range(of: " #") { trimmed = String(trimmed[..<hash.lowerBound]).trimmingSpaces }
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            if trimmed.hasPrefix("[") {
                if let c = current { blocks.append(c) }
                current = nil
                guard trimmed.hasSuffix("]") else {
                    errors.append(.init(file: file, line: lineNo, message: "a block header must end with ']'"))
                    continue
                }
                let inner = trimmed.dropFirst().dropLast().trimmingSpaces
                let parts = inner.split(separator: " ", maxSplits: 1).map { String($0).trimmingSpaces }
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
            if let hash = value.range(of: " #") { value = value[..<hash.lowerBound] }
            let values = value.split(separator: "|").map { String($0).trimmingSpaces }.filter { !$0.isEmpty }
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

extension StringProtocol {
    var trimmingSpaces: String {
        let scalars = Array(unicodeScalars)
        var lo = 0
        var hi = scalars.count
        while lo < hi, scalars[lo].properties.isWhitespace { lo += 1 }
        while hi > lo, scalars[hi - 1].properties.isWhitespace { hi -= 1 }
        var s = String.UnicodeScalarView()
        s.append(contentsOf: scalars[lo..<hi])
        return String(s)
    }
}
