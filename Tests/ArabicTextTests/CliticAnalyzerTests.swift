import Testing

@testable import ArabicText

private func analyses(_ word: String) -> [CliticAnalysis] {
    CliticAnalyzer.analyses(of: ArabicNormalizer.normalize(word))
}

private func contains(
    _ all: [CliticAnalysis], prefix: String, stem: String, suffix: String = "", article: Bool = false
) -> Bool {
    all.contains(
        CliticAnalysis(
            prefix: ArabicNormalizer.normalize(prefix), stem: ArabicNormalizer.normalize(stem),
            suffix: suffix, hasArticle: article))
}

@Test func unsegmentedReadingComesFirst() {
    for w in ["وبالعلاقات", "لللاجئين", "وسيلتقي", "لقائه", "استقباله", "وليد", "بلال", "كمال", "سلام", "كتاب"] {
        let a = analyses(w)
        #expect(
            a.first == CliticAnalysis(prefix: "", stem: ArabicNormalizer.normalize(w), suffix: "", hasArticle: false))
        #expect(a.first?.isUnsegmented == true)
        #expect(Set(a).count == a.count, "no duplicates for \(w)")
    }
}

@Test func conjunctionPrepositionAndArticle() {
    let a = analyses("وبالعلاقات")
    #expect(contains(a, prefix: "وبال", stem: "علاقات", article: true))
    #expect(contains(a, prefix: "و", stem: "بالعلاقات"))
    #expect(contains(a, prefix: "وب", stem: "العلاقات"))
}

@Test func lamLamIsPrepositionPlusArticle() {
    let a = analyses("لللاجئين")
    #expect(contains(a, prefix: "لل", stem: "لاجئين", article: true))
    let b = analyses("للحكومة")
    #expect(contains(b, prefix: "لل", stem: "حكومة", article: true))
    #expect(contains(b, prefix: "ل", stem: "لحكومة"))
}

@Test func lamOfPurposeIsNotTheArticle() {
    func lam(_ prefix: String) -> Bool {
        CliticAnalysis(prefix: ArabicNormalizer.normalize(prefix), stem: "خطف", suffix: "", hasArticle: false).endsInLam
    }
    for p in ["ل", "لل", "ولل", "فل"] { #expect(lam(p), "\(p)") }
    for p in ["", "ال", "وال", "بال", "و"] { #expect(!lam(p), "\(p)") }
}

@Test func futureMarkerOnlyBeforeImperfectVerbs() {
    let a = analyses("وسيلتقي")
    #expect(contains(a, prefix: "وس", stem: "يلتقي"))
    #expect(contains(a, prefix: "و", stem: "سيلتقي"))
    // سلام and سفير: س is not the future marker (stem does not start with ي ت ن ا).
    #expect(analyses("سلام") == [CliticAnalysis(prefix: "", stem: "سلام", suffix: "", hasArticle: false)])
    #expect(!analyses("سفير").contains { $0.prefix == "س" })
    #expect(analyses("فسيعلن").contains { $0.prefix == "فس" && $0.stem == "يعلن" })
}

@Test func pronounSuffixesWithBaseForms() {
    let a = analyses("لقائه")
    #expect(contains(a, prefix: "", stem: "لقاء", suffix: "ه"))
    let b = analyses("استقباله")
    #expect(contains(b, prefix: "", stem: "استقبال", suffix: "ه"))
    let c = analyses("حكومتها")
    #expect(contains(c, prefix: "", stem: "حكومة", suffix: "ها"))
    let d = analyses("ورئيسهم")
    #expect(contains(d, prefix: "و", stem: "رئيس", suffix: "هم"))
    let e = analyses("بلادنا")
    #expect(contains(e, prefix: "", stem: "بلاد", suffix: "نا"))
}

@Test func articleAndSuffixNeverTogether() {
    for w in ["الامريكي", "والعلاقات", "بالعاصمة"] {
        #expect(!analyses(w).contains { $0.hasArticle && !$0.suffix.isEmpty })
    }
}

@Test func namesStayWhole() {
    for w in ["وليد", "بلال", "كمال", "سلام", "وائل", "فيصل", "الله"] {
        #expect(analyses(w).count == 1, "\(w) should not be segmented")
    }
}

@Test func stemLengthGuards() {
    for w in ["وبالعلاقات", "لللاجئين", "وسيلتقي", "لقائه", "فكتبه", "وهم", "بها", "لكم", "ولهم"] {
        for x in analyses(w) where !x.isUnsegmented {
            // proclitics: one per letter of the prefix, the article ال counting once
            let clitics = x.prefix.count - (x.prefix.hasSuffix("ال") ? 1 : 0) + (x.suffix.isEmpty ? 0 : 1)
            #expect(x.stem.count >= 2, "\(w) → \(x)")
            if clitics > 1 { #expect(x.stem.count >= 3, "\(w) → \(x)") }
        }
    }
    // Two-letter stems only with a single clitic; nothing at all for short words.
    #expect(analyses("به").count == 1)
    #expect(analyses("وهم").contains { $0.prefix == "و" && $0.stem == "هم" })
}

@Test func nonArabicInputIsLeftAlone() {
    #expect(analyses("washington").count == 1)
    #expect(analyses("2019").count == 1)
}
