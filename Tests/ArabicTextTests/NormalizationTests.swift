import Testing

@testable import ArabicText

struct NormalizationCase: Sendable, CustomTestStringConvertible {
    let input: String
    let expected: String
    let note: String
    init(_ input: String, _ expected: String, _ note: String) {
        self.input = input
        self.expected = expected
        self.note = note
    }
    var testDescription: String { note }
}

let normalizationGolden: [NormalizationCase] = [
    NormalizationCase("أَحْمَدُ", "احمد", "tashkeel dropped, hamza alef"),
    NormalizationCase("إسرائيل", "اسراييل", "alef with hamza below, yeh with hamza"),
    NormalizationCase("آمال", "امال", "alef madda"),
    NormalizationCase("ٱلْحَمْدُ", "الحمد", "alef wasla"),
    NormalizationCase("مستشفى", "مستشفي", "alef maqsura"),
    NormalizationCase("الحكومة", "الحكومه", "ta marbuta"),
    NormalizationCase("مؤتمر", "موتمر", "waw with hamza"),
    NormalizationCase("رئيس", "رييس", "yeh with hamza"),
    NormalizationCase("هٰذا", "هذا", "superscript alef"),
    NormalizationCase("کتاب", "كتاب", "Persian keheh"),
    NormalizationCase("ایران", "ايران", "Farsi yeh"),
    NormalizationCase("خانۀ", "خانه", "heh with yeh above"),
    NormalizationCase("كـــتـــاب", "كتاب", "tatweel"),
    NormalizationCase("٢٠١٩", "2019", "Arabic-Indic digits"),
    NormalizationCase("۱۳۹۸", "1398", "Persian digits"),
    NormalizationCase("٣٫٥", "3.5", "Arabic decimal separator"),
    NormalizationCase("نعم، لا؛ لماذا؟ ٥٠٪", "نعم, لا; لماذا? 50%", "Arabic punctuation"),
    NormalizationCase("«قال» “yes” „ja“", "\"قال\" \"yes\" \"ja\"", "quotes"),
    NormalizationCase("U.S. Officials ÉCOLE", "u.s. officials école", "Latin lowercased"),
    NormalizationCase("ﻻ", "لا", "lam-alef ligature"),
    NormalizationCase("ﻷ", "لا", "lam-alef with hamza ligature"),
    NormalizationCase("ﷲ", "الله", "Allah ligature"),
    NormalizationCase("ﺑﺴﻢ", "بسم", "positional presentation forms"),
    NormalizationCase("ﺍﻟﺮﺋﻴﺲ", "الرييس", "presentation forms fold through the letter rules"),
    NormalizationCase("ﹰب", "ب", "isolated tanween form is a dropped mark"),
    NormalizationCase("a \u{00A0}\u{2003} b\n\tc", "a b c", "whitespace runs"),
    NormalizationCase("  x  ", " x ", "edges collapse but stay"),
    NormalizationCase("\u{200F}مرحبا\u{200E}\u{FEFF}", "مرحبا", "bidi marks and BOM"),
    NormalizationCase("حز\u{200C}ب\u{200D}", "حزب", "ZWNJ and ZWJ"),
    NormalizationCase("\u{202B}نص\u{202C} \u{2067}x\u{2069}", "نص x", "bidi embeddings and isolates"),
    NormalizationCase("soft\u{00AD}ware", "software", "soft hyphen"),
    NormalizationCase("\u{061C}ب", "ب", "Arabic letter mark"),
    NormalizationCase("قَالَ الرَّئِيسُ", "قال الرييس", "sentence with shadda"),
    NormalizationCase("ا\u{0654}", "ا", "decomposed hamza above folds like أ"),
    NormalizationCase("", "", "empty"),
]

@Test(arguments: normalizationGolden)
func normalizationGoldenCase(_ c: NormalizationCase) {
    #expect(ArabicNormalizer.normalize(c.input) == c.expected)
    #expect(NormalizedText(c.input).normalizedString == c.expected)
}

@Test func normalizedViewMapsBackToOriginal() {
    let s = "قَالَ الرَّئِيسُ «نعم»"
    let t = NormalizedText(s)
    #expect(t.original == Array(s.unicodeScalars))
    #expect(t.normalized.count == t.origin.count)
    // "الرييس" in the normalised form maps to the vocalised original, with its final damma.
    let norm = t.normalizedString
    let scalars = Array(norm.unicodeScalars)
    let target = Array("الرييس".unicodeScalars)
    let at = (0...(scalars.count - target.count)).first { Array(scalars[$0..<($0 + target.count)]) == target }!
    let r = t.originalRange(ofNormalized: at..<(at + target.count))
    #expect(t.originalText(r) == "الرَّئِيسُ")
}

@Test func originalRangeExtendsOverTrailingMarksButNotOverSpaces() {
    let t = NormalizedText("كتبَ  ـدرسٌ")
    // normalised: "كتب درس"
    #expect(t.normalizedString == "كتب درس")
    let first = t.originalRange(ofNormalized: 0..<3)
    #expect(t.originalText(first) == "كتبَ")
    let second = t.originalRange(ofNormalized: 4..<7)
    #expect(t.originalText(second) == "درسٌ")
    #expect(t.originalRange(ofNormalized: 2..<2).isEmpty)
}

@Test func ligatureExpansionKeepsOrigins() {
    let t = NormalizedText("ﻻ بأس")
    #expect(t.normalizedString == "لا باس")
    #expect(t.origin.prefix(2) == [0, 0])
    #expect(t.originalRange(ofNormalized: 0..<1) == 0..<1)
}

@Test func normalizingIsIdempotentOnGoldenOutputs() {
    for c in normalizationGolden {
        #expect(ArabicNormalizer.normalize(c.expected) == c.expected, "\(c.note)")
    }
}
