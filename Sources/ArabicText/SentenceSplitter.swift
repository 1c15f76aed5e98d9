/// Splits text into sentences, with original Unicode scalar offsets.
///
/// Boundaries are the stops . ! ? ؟ … ۔ (and runs of them, "?!" "...") and every line
/// break: a line without final punctuation — a headline, a dateline — is a sentence of
/// its own. Spans are trimmed of whitespace and invisible controls; empty spans are
/// dropped. A stop does NOT end a sentence when it is
/// - a decimal separator between digits ("3.5"; "٣٫٥" has no stop at all);
/// - the dot of a one-letter abbreviation ("أ.ف.ب", "د. محمد", "م.", "ص.", "ج.", "ق.م",
///   "هـ.", "U.S.", "e.g.") or of a Latin title/abbreviation in `latinAbbreviations`
///   ("Mr.", "Dr.", "Gen.", "Jan.", …);
/// - a dot followed with no space by a Latin letter or a digit ("x.com", "No.5"), or
///   followed by a lowercase Latin letter or by , ، ; ؛ : ) ];
/// - an ellipsis followed by a continuation: no space then a letter, a lowercase Latin
///   letter, a digit, a non-final punctuation mark, or a continuation word
///   (لكن ثم أو بل حتى إلى في من …);
/// - inside a quotation «…», "…", “…”, „…“ that closes later on the same line: quoted
///   speech stays in the sentence that attributes it. A stop right before the closing
///   quote ends the sentence after the quote ("... انتهى.»" ends after the »), and
///   closing brackets right after a stop stay with its sentence;
/// - at the start of a span that has no letters yet, or after a bare list number ("1.").
public enum SentenceSplitter {
    public static let latinAbbreviations: Set<String> = [
        "Mr", "Mrs", "Ms", "Dr", "Prof", "St", "Jr", "Sr", "Gen", "Col", "Lt", "Sgt", "Capt", "Cpt",
        "Gov", "Sen", "Rep", "Inc", "Ltd", "Co", "Corp", "No", "Nos", "Jan", "Feb", "Mar", "Apr",
        "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "vs", "approx", "Mt", "Ft", "Ave",
        "Adm", "Brig", "Maj", "Pres", "Hon", "Rev", "Messrs", "Mme", "Mlle", "Dept", "Univ", "Fig",
        "cf", "ca", "Vol", "pp", "al",
    ]

    /// Words that continue a sentence after an ellipsis or an era mark (normalised).
    static let continuationWords: Set<String> = Set(
        [
            "لكن", "ولكن", "لكنه", "لكنها", "ثم", "أو", "بل", "حتى", "إلى", "في", "من", "عن",
            "على", "مع", "أن", "إن", "إلا", "أي", "لأن", "كما", "بينما", "حيث", "التي", "الذي",
            "دون", "بعد", "قبل", "عندما",
        ].map(ArabicNormalizer.normalize))

    public static func split(_ s: String) -> [SentenceSpan] {
        let u = NormalizedText.scalars(of: s)
        let n = u.count
        let (depth, isClose) = quoteStructure(u)
        var spans: [SentenceSpan] = []
        var start = 0

        func emit(_ a: Int, _ b: Int) {
            var a = a
            var b = b
            while a < b && isTrimmable(u[a]) { a += 1 }
            while b > a && isTrimmable(u[b - 1]) { b -= 1 }
            guard a < b else { return }
            // (The whole text, as a headline or a one-sentence text is: the string itself, not a copy.)
            spans.append(SentenceSpan(text: a == 0 && b == n ? s : NormalizedText.string(u[a..<b]), start: a, end: b))
        }

        var i = 0
        // Letters/digits seen so far in the current span (kept incrementally: linear time).
        var spanHasLetter = false
        var spanHasDigit = false
        while i < n {
            let c = u[i]
            if ScalarClass.isLineBreak(c) {
                emit(start, i)
                start = i + 1
                spanHasLetter = false
                spanHasDigit = false
                i += 1
                continue
            }
            guard isTerminal(c) else {
                switch ScalarClass.of(c) {
                case .letter: spanHasLetter = true
                case .digit: spanHasDigit = true
                default: break
                }
                i += 1
                continue
            }
            var j = i
            while j < n && isTerminal(u[j]) { j += 1 }
            var k = j
            while k < n && isCloser(u[k], closesQuote: isClose[k]) { k += 1 }
            // Nothing but a list number (or nothing at all) before a dot: not a sentence yet.
            let started = spanHasLetter || (spanHasDigit && u[i] != ".")
            if started && depth[k] == 0 && shouldSplit(u, run: i..<j, after: k) {
                emit(start, k)
                start = k
                spanHasLetter = false
                spanHasDigit = false
                i = k
            } else {
                i = j
            }
        }
        emit(start, n)
        return spans
    }

    // MARK: - Decisions

    private static func shouldSplit(_ u: [Unicode.Scalar], run: Range<Int>, after k: Int) -> Bool {
        let n = u.count
        let i = run.lowerBound
        let j = run.upperBound
        var m = k
        while m < n && !ScalarClass.isLineBreak(u[m]) && ScalarClass.of(u[m]) == .space { m += 1 }
        let next: Unicode.Scalar? = (m < n && !ScalarClass.isLineBreak(u[m])) ? u[m] : nil
        let spaced = m > k
        let closers = k > j

        if u[run].contains(where: { $0 == "!" || $0 == "?" || $0 == "؟" || $0.value == 0x203C }) {
            return true
        }
        let dotCount = u[run].reduce(0) { $0 + ($1 == "." || $1.value == 0x06D4 ? 1 : 3) }
        if dotCount == 1 {
            if !closers, i > 0, ScalarClass.of(u[i - 1]) == .digit, j < n, ScalarClass.of(u[j]) == .digit {
                return false
            }
            let word = wordBefore(u, i)
            if word.letters == 1 {
                // "م." / "هـ." after a year: an era mark, which usually ends the sentence
                // too; keep going only when a continuation follows ("عام 1950 م. في …").
                guard isEraAfterNumber(u, i, word.text) else { return false }
                guard let next else { return true }
                return
                    !(startsContinuation(u, at: m) || ScalarClass.isLowercaseLatin(next)
                    || ScalarClass.of(next) == .digit || isMidSentencePunctuation(next))
            }
            if latinAbbreviations.contains(word.text) { return false }
            guard let next else { return true }
            if !spaced && !closers {
                if ScalarClass.isLatinLetter(next) || ScalarClass.of(next) == .digit { return false }
                if ScalarClass.of(next) == .letter { return true }
            }
            if ScalarClass.isLowercaseLatin(next) { return false }
            if isMidSentencePunctuation(next) { return false }
            return true
        }
        // Ellipsis.
        guard let next else { return true }
        if !spaced && !closers && ScalarClass.of(next) == .letter { return false }
        if ScalarClass.isLowercaseLatin(next) || ScalarClass.of(next) == .digit { return false }
        if isMidSentencePunctuation(next) { return false }
        if startsContinuation(u, at: m) { return false }
        return true
    }

    /// Whether the word at `m` is a continuation word (possibly behind و/ف).
    private static func startsContinuation(_ u: [Unicode.Scalar], at m: Int) -> Bool {
        var e = m
        while e < u.count {
            let cl = ScalarClass.of(u[e])
            guard cl == .letter || cl == .mark else { break }
            e += 1
        }
        guard e > m else { return false }
        let w = ArabicNormalizer.normalize(NormalizedText.string(u[m..<e]))
        if continuationWords.contains(w) { return true }
        if let f = w.first, f == "و" || f == "ف", continuationWords.contains(String(w.dropFirst())) {
            return true
        }
        return false
    }

    /// The one-letter word before the dot at `i` is م or هـ right after a number ("2004م.", "1950 م.").
    private static func isEraAfterNumber(_ u: [Unicode.Scalar], _ i: Int, _ letter: String) -> Bool {
        guard letter == "م" || letter == "ه" else { return false }
        var p = i - 1
        while p >= 0 && ScalarClass.of(u[p]) != .letter { p -= 1 }  // skip tatweel/marks
        p -= 1  // the letter itself
        while p >= 0 && (u[p] == " " || u[p].value == 0xA0) { p -= 1 }
        return p >= 0 && ScalarClass.of(u[p]) == .digit
    }

    /// The letters right before position `i` (marks and tatweel skipped).
    private static func wordBefore(_ u: [Unicode.Scalar], _ i: Int) -> (letters: Int, text: String) {
        var p = i
        var letters: [Unicode.Scalar] = []
        while p > 0 {
            let c = u[p - 1]
            let cl = ScalarClass.of(c)
            if cl == .letter {
                letters.append(c)
            } else if cl != .mark {
                break
            }
            p -= 1
        }
        letters.reverse()
        return (letters.count, NormalizedText.string(letters[...]))
    }

    // MARK: - Quotes

    /// For each position, how many balanced quotations (closing on the same line) contain
    /// it strictly; and which positions close a balanced quotation. `depth` has n+1 entries.
    private static func quoteStructure(_ u: [Unicode.Scalar]) -> (depth: [Int], isClose: [Bool]) {
        let n = u.count
        var diff = [Int](repeating: 0, count: n + 2)
        var isClose = [Bool](repeating: false, count: n + 1)
        var stack: [(opener: Unicode.Scalar, at: Int)] = []
        func close(_ idx: Int, _ k: Int) {
            let o = stack[idx].at
            stack.removeSubrange(idx...)
            diff[o + 1] += 1
            diff[k] -= 1
            isClose[k] = true
        }
        for k in 0..<n {
            let c = u[k]
            if ScalarClass.isLineBreak(c) {
                stack.removeAll()
                continue
            }
            if stack.count > 32 { stack.removeFirst() }  // bound the work on pathological input
            switch c.value {
            case 0x00AB:  // «
                stack.append((c, k))
            case 0x00BB:  // »
                if let idx = stack.lastIndex(where: { $0.opener.value == 0x00AB }) { close(idx, k) }
            case 0x201C:  // “ opens, or closes „
                if let idx = stack.lastIndex(where: { $0.opener.value == 0x201E }) {
                    close(idx, k)
                } else {
                    stack.append((c, k))
                }
            case 0x201E:  // „
                stack.append((c, k))
            case 0x201D:  // ”
                if let idx = stack.lastIndex(where: { $0.opener.value == 0x201C || $0.opener.value == 0x201E }) {
                    close(idx, k)
                }
            case 0x22:  // "
                if let idx = stack.lastIndex(where: { $0.opener == "\"" }) {
                    close(idx, k)
                } else {
                    stack.append((c, k))
                }
            default:
                break
            }
        }
        var depth = [Int](repeating: 0, count: n + 1)
        var run = 0
        for k in 0...n {
            run += diff[k]
            depth[k] = run
        }
        depth[n] = 0
        return (depth, isClose)
    }

    // MARK: - Classes

    private static func isTerminal(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x2E, 0x21, 0x3F, 0x061F, 0x2026, 0x06D4, 0x203C, 0x2047, 0x2048, 0x2049: return true
        default: return false
        }
    }

    private static func isCloser(_ c: Unicode.Scalar, closesQuote: Bool) -> Bool {
        switch c.value {
        case 0x00BB, 0x201D, 0x2019, 0x29, 0x5D, 0x7D: return true
        case 0x22, 0x201C: return closesQuote
        default: return false
        }
    }

    private static func isMidSentencePunctuation(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x2C, 0x060C, 0x3B, 0x061B, 0x3A, 0x29, 0x5D, 0x2D, 0x2013, 0x2014: return true
        default: return false
        }
    }

    private static func isTrimmable(_ c: Unicode.Scalar) -> Bool {
        if c.properties.isWhitespace { return true }
        switch c.value {
        case 0x200B...0x200F, 0x202A...0x202E, 0x2060...0x2069, 0xFEFF, 0x061C, 0x00AD: return true
        default: return false
        }
    }
}
