import Testing

@testable import ArabicText

/// SplitMix64: a small, seeded, reproducible generator.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

enum RandomArabic {
    static let letters: [Unicode.Scalar] = Array(
        "ءآأؤإئابةتثجحخدذرزسشصضطظعغفقكلمنهوىيکیۀ".unicodeScalars)
    static let latin: [Unicode.Scalar] = Array("abcXYZÉé".unicodeScalars)
    static let digits: [Unicode.Scalar] = Array("0123456789٠١٢٣٤٥٦٧٨٩۰۵۹".unicodeScalars)
    static let punctuation: [Unicode.Scalar] = Array(".,،؛؟!?:«»\"“”()-…٪٫".unicodeScalars)
    static let spaces: [Unicode.Scalar] = ["\u{20}", "\u{20}", "\u{20}", "\u{A0}", "\n", "\t", "\u{2003}"]
    static let rare: [Unicode.Scalar] = [
        "\u{FEFB}", "\u{FE8E}", "\u{FDF2}", "\u{200C}", "\u{200F}", "\u{FEFF}", "\u{00AD}",
    ]
    /// Tashkeel U+064B–U+065F, superscript alef U+0670 and tatweel U+0640.
    static let marks: [Unicode.Scalar] =
        (0x064B...0x065F).map { Unicode.Scalar($0)! } + [Unicode.Scalar(0x0670)!, Unicode.Scalar(0x0640)!]

    static func string(_ g: inout SeededGenerator, maxLength: Int = 80) -> [Unicode.Scalar] {
        let n = Int.random(in: 0...maxLength, using: &g)
        var out: [Unicode.Scalar] = []
        for _ in 0..<n {
            let r = Int.random(in: 0..<100, using: &g)
            let pool: [Unicode.Scalar]
            switch r {
            case 0..<55: pool = letters
            case 55..<62: pool = latin
            case 62..<70: pool = digits
            case 70..<80: pool = punctuation
            case 80..<95: pool = spaces
            case 95..<98: pool = marks
            default: pool = rare
            }
            out.append(pool.randomElement(using: &g)!)
        }
        return out
    }

    static func text(_ scalars: [Unicode.Scalar]) -> String {
        var v = String.UnicodeScalarView()
        v.append(contentsOf: scalars)
        return String(v)
    }

    /// Inserts tatweel/tashkeel between letters of words (after a letter followed by a letter).
    static func withMarksInsideWords(_ s: [Unicode.Scalar], _ g: inout SeededGenerator) -> [Unicode.Scalar] {
        var out: [Unicode.Scalar] = []
        for (k, c) in s.enumerated() {
            out.append(c)
            let isLetter = letters.contains(c)
            let nextIsLetter = k + 1 < s.count && letters.contains(s[k + 1])
            if isLetter && nextIsLetter && Bool.random(using: &g) {
                for _ in 0..<Int.random(in: 1...3, using: &g) { out.append(marks.randomElement(using: &g)!) }
            }
        }
        return out
    }
}

private let rounds = 400

@Test func normalizingTwiceChangesNothing() {
    var g = SeededGenerator(seed: 0xA11CE)
    for _ in 0..<rounds {
        let s = RandomArabic.text(RandomArabic.string(&g))
        let once = ArabicNormalizer.normalize(s)
        #expect(ArabicNormalizer.normalize(once) == once, "\(s.unicodeScalars.map { String($0.value, radix: 16) })")
        #expect(NormalizedText(s).normalizedString == once)
    }
}

@Test func normalizedViewOriginsAreInBoundsAndNonDecreasing() {
    var g = SeededGenerator(seed: 7)
    for _ in 0..<rounds {
        let scalars = RandomArabic.string(&g)
        let t = NormalizedText(RandomArabic.text(scalars))
        #expect(t.original == scalars)
        #expect(t.origin.count == t.normalized.count)
        #expect(t.origin.allSatisfy { $0 >= 0 && $0 < scalars.count })
        #expect(zip(t.origin, t.origin.dropFirst()).allSatisfy { $0 <= $1 })
        if !t.normalized.isEmpty {
            let a = Int.random(in: 0..<t.normalized.count, using: &g)
            let b = Int.random(in: a...t.normalized.count, using: &g)
            let r = t.originalRange(ofNormalized: a..<b)
            #expect(r.lowerBound >= 0 && r.upperBound <= scalars.count)
        }
    }
}

@Test func tokenOffsetsAreInBoundsIncreasingAndCutTheirText() {
    var g = SeededGenerator(seed: 42)
    for _ in 0..<rounds {
        let scalars = RandomArabic.string(&g)
        let s = RandomArabic.text(scalars)
        let tokens = Tokenizer.tokenize(s)
        var previousEnd = 0
        for t in tokens {
            #expect(t.start >= previousEnd && t.start < t.end && t.end <= scalars.count)
            if t.start >= 0 && t.start < t.end && t.end <= scalars.count {
                #expect(RandomArabic.text(Array(scalars[t.start..<t.end])) == t.text)
            }
            #expect(!t.norm.isEmpty)
            previousEnd = t.end
        }
    }
}

@Test func sentenceSpansAreInBoundsIncreasingAndCoverAllText() {
    var g = SeededGenerator(seed: 99)
    for _ in 0..<rounds {
        let scalars = RandomArabic.string(&g, maxLength: 160)
        let s = RandomArabic.text(scalars)
        let spans = SentenceSplitter.split(s)
        var previousEnd = 0
        var covered = [Bool](repeating: false, count: scalars.count)
        for span in spans {
            #expect(span.start >= previousEnd && span.start < span.end && span.end <= scalars.count)
            guard span.start >= previousEnd, span.start < span.end, span.end <= scalars.count else { continue }
            #expect(RandomArabic.text(Array(scalars[span.start..<span.end])) == span.text)
            for k in span.start..<span.end { covered[k] = true }
            previousEnd = span.end
        }
        // Every letter and digit is in some sentence.
        for (k, c) in scalars.enumerated() where RandomArabic.letters.contains(c) || RandomArabic.digits.contains(c) {
            #expect(covered[k], "scalar \(k) of \(s) not in any sentence")
        }
    }
}

@Test func dateMentionsAreInBoundsAndDoNotOverlap() {
    var g = SeededGenerator(seed: 2024)
    let words = [
        "أمس", "اليوم", "غداً", "قبل", "يومين", "الأحد", "الماضي", "المقبل", "27", "كانون", "الأول",
        "من", "مايو", "2019", "عام", "أول", "الأسبوع", "يوم", "مساء", "السادس", "ثلاثة", "أيام", "،", "(",
    ]
    for _ in 0..<rounds {
        let n = Int.random(in: 0...14, using: &g)
        let s = (0..<n).map { _ in words.randomElement(using: &g)! }.joined(separator: " ")
        let count = s.unicodeScalars.count
        for pub in [wednesday, nil] {
            let m = DateExpressions.find(in: s, publication: pub)
            #expect(m.allSatisfy { $0.start >= 0 && $0.start < $0.end && $0.end <= count })
            #expect(zip(m, m.dropFirst()).allSatisfy { $0.end <= $1.start })
            if pub == nil { #expect(m.allSatisfy { $0.isRelative ? $0.day == nil : true }) }
        }
    }
}

@Test func tatweelAndTashkeelInsideWordsChangeNoMatchingForm() {
    var g = SeededGenerator(seed: 0xBEEF)
    for _ in 0..<rounds {
        let plain = RandomArabic.string(&g)
        let marked = RandomArabic.withMarksInsideWords(plain, &g)
        let a = RandomArabic.text(plain)
        let b = RandomArabic.text(marked)
        #expect(ArabicNormalizer.normalize(a) == ArabicNormalizer.normalize(b))
        #expect(Tokenizer.tokenize(a).map(\.norm) == Tokenizer.tokenize(b).map(\.norm))
        #expect(Tokenizer.tokenize(a).map(\.kind) == Tokenizer.tokenize(b).map(\.kind))
    }
}

@Test func cliticAnalysesAlwaysStartUnsegmentedAndKeepAStem() {
    var g = SeededGenerator(seed: 5)
    let prefixes = ["", "و", "ف", "ب", "ل", "وب", "وال", "بال", "لل", "فس", "وس", "ك"]
    let suffixes = ["", "ه", "ها", "هم", "نا", "ي", "كم"]
    for _ in 0..<rounds {
        let core = (0..<Int.random(in: 1...6, using: &g)).map { _ in RandomArabic.letters.randomElement(using: &g)! }
        let word = ArabicNormalizer.normalize(
            prefixes.randomElement(using: &g)! + RandomArabic.text(core) + suffixes.randomElement(using: &g)!)
        let a = CliticAnalyzer.analyses(of: word)
        #expect(a.first == CliticAnalysis(prefix: "", stem: word, suffix: "", hasArticle: false))
        #expect(a.allSatisfy { $0.stem.count >= 2 || $0.isUnsegmented })
        #expect(Set(a).count == a.count)
    }
}
