/// Splits text into words, numbers and punctuation marks over its normalised view.
///
/// - A word is a run of letters (Arabic, Latin or any other script); non-dropped
///   combining marks inside it are kept, and since tashkeel and tatweel are dropped from
///   the normalised view a word stays whole however it is vocalised. Its original text
///   runs from its first letter to its last, plus any tashkeel/tatweel right after it.
/// - A number is a run of digits (any decimal digits; Arabic-Indic and Persian digits
///   normalise to 0–9), including the separators "." "," "٫" "٬" when they stand between
///   two digits ("3.5", "٣٫٥", "1,000").
/// - Every other visible scalar is a punctuation token on its own (symbols included).
/// - Whitespace and stray marks make no token.
///
/// Offsets are original Unicode scalar offsets, in bounds and strictly increasing:
/// `Array(s.unicodeScalars)[t.start..<t.end]` is `t.text`. When a single original scalar
/// expands to several normalised words (the ligature ﷺ), they form one token.
public enum Tokenizer {
    public static func tokenize(_ s: String) -> [Token] {
        tokenize(NormalizedText(s))
    }

    /// Reuses an existing normalised view.
    public static func tokenize(_ t: NormalizedText) -> [Token] {
        let n = t.normalized
        var tokens: [Token] = []
        tokens.reserveCapacity(n.count / 5 + 1)
        var lastNormStart = 0

        func add(_ r: Range<Int>, _ kind: Token.Kind) {
            let orig = t.originalRange(ofNormalized: r)
            if let last = tokens.last, orig.lowerBound < last.end {
                // Same original scalar as the previous token (a ligature): merge.
                let merged = lastNormStart..<r.upperBound
                let o = last.start..<max(last.end, orig.upperBound)
                tokens[tokens.count - 1] = Token(
                    text: t.originalText(o), norm: t.normalizedText(merged),
                    start: o.lowerBound, end: o.upperBound, kind: last.kind)
                return
            }
            lastNormStart = r.lowerBound
            tokens.append(
                Token(
                    text: t.originalText(orig), norm: NormalizedText.string(n[r]),
                    start: orig.lowerBound, end: orig.upperBound, kind: kind))
        }

        var i = 0
        let count = n.count
        while i < count {
            switch ScalarClass.of(n[i]) {
            case .space, .mark:
                i += 1
            case .letter:
                var j = i + 1
                while j < count {
                    let k = ScalarClass.of(n[j])
                    guard k == .letter || k == .mark else { break }
                    j += 1
                }
                add(i..<j, .word)
                i = j
            case .digit:
                var j = i + 1
                while j < count {
                    if ScalarClass.of(n[j]) == .digit {
                        j += 1
                    } else if ScalarClass.isDecimalSeparator(n[j]), j + 1 < count,
                        ScalarClass.of(n[j + 1]) == .digit
                    {
                        j += 2
                    } else {
                        break
                    }
                }
                add(i..<j, .number)
                i = j
            case .other:
                add(i..<(i + 1), .punctuation)
                i += 1
            }
        }
        return joiningLoneConjunctions(tokens, t)
    }

    /// «و نظيرهم»: the conjunction و typed apart from its word is the word's clitic, as it is
    /// written joined (ونظيرهم): one token whose text runs over the space. (953 times in the
    /// 16,366 development articles.)
    static func joiningLoneConjunctions(_ tokens: [Token], _ t: NormalizedText) -> [Token] {
        guard tokens.contains(where: { $0.kind == .word && $0.normIs("و") }) else { return tokens }
        var out: [Token] = []
        out.reserveCapacity(tokens.count)
        var k = 0
        while k < tokens.count {
            let w = tokens[k]
            if w.kind == .word, w.normIs("و"), k + 1 < tokens.count, tokens[k + 1].kind == .word, !tokens[k + 1].normIs("و") {
                let next = tokens[k + 1]
                out.append(Token(text: t.originalText(w.start..<next.end), norm: "و" + next.norm, start: w.start, end: next.end, kind: .word))
                k += 2
            } else {
                out.append(w)
                k += 1
            }
        }
        return out
    }
}
