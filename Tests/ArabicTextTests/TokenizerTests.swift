import Testing

@testable import ArabicText

/// Every token's offsets must cut its text out of the original scalars.
func expectOffsetsCutText(_ s: String, _ tokens: [Token], sourceLocation: SourceLocation = #_sourceLocation) {
    let scalars = Array(s.unicodeScalars)
    var previousEnd = 0
    for t in tokens {
        #expect(t.start >= previousEnd && t.start < t.end && t.end <= scalars.count, sourceLocation: sourceLocation)
        guard t.start >= 0, t.end <= scalars.count, t.start < t.end else { continue }
        var v = String.UnicodeScalarView()
        v.append(contentsOf: scalars[t.start..<t.end])
        #expect(String(v) == t.text, sourceLocation: sourceLocation)
        previousEnd = t.end
    }
}

@Test func tokenizesWordsNumbersAndPunctuation() {
    let s = "قال الرئيسُ إن ٣٫٥ مليون، و2,000 شخص (U.S.) غادروا!"
    let tokens = Tokenizer.tokenize(s)
    #expect(
        tokens.map(\.text) == [
            "قال", "الرئيسُ", "إن", "٣٫٥", "مليون", "،", "و", "2,000", "شخص", "(", "U", ".", "S", ".", ")",
            "غادروا", "!",
        ])
    #expect(
        tokens.map(\.norm) == [
            "قال", "الرييس", "ان", "3.5", "مليون", ",", "و", "2,000", "شخص", "(", "u", ".", "s", ".", ")",
            "غادروا", "!",
        ])
    #expect(tokens[3].kind == .number)
    #expect(tokens[5].kind == .punctuation)
    #expect(tokens[0].kind == .word)
    expectOffsetsCutText(s, tokens)
}

@Test func wordsKeepInternalMarksAndTatweel() {
    let s = "كـتـابٌ  مُهِمٌّ"
    let tokens = Tokenizer.tokenize(s)
    #expect(tokens.count == 2)
    #expect(tokens[0].text == "كـتـابٌ")
    #expect(tokens[0].norm == "كتاب")
    #expect(tokens[1].text == "مُهِمٌّ")
    #expect(tokens[1].norm == "مهم")
    expectOffsetsCutText(s, tokens)
}

@Test func offsetsCountScalarsNotCharacters() {
    // Emoji, combining Latin accents, bidi controls and CRLF before the Arabic.
    let s = "👍🏽 cafe\u{0301}\r\n\u{200F}مرحبا"
    let tokens = Tokenizer.tokenize(s)
    #expect(tokens.map(\.norm).suffix(2) == ["cafe\u{0301}", "مرحبا"])
    #expect(tokens.last?.start == 11)  // 👍 🏽 space c a f e ◌́ CR LF RLM
    expectOffsetsCutText(s, tokens)
}

@Test func decimalSeparatorsOnlyBetweenDigits() {
    let tokens = Tokenizer.tokenize("بلغ 3.5. ثم 1,2 و,3")
    #expect(tokens.map(\.norm) == ["بلغ", "3.5", ".", "ثم", "1,2", "و", ",", "3"])
    #expect(tokens.filter { $0.kind == .number }.map(\.text) == ["3.5", "1,2", "3"])
}

@Test func reusesAnExistingView() {
    let s = "وزير الخارجية يلتقي نظيره"
    #expect(Tokenizer.tokenize(NormalizedText(s)) == Tokenizer.tokenize(s))
}

@Test func ligatureExpandingToSeveralWordsIsOneToken() {
    let s = "النبي ﷺ قال"
    let tokens = Tokenizer.tokenize(s)
    #expect(tokens.count == 3)
    #expect(tokens[1].text == "ﷺ")
    #expect(tokens[1].norm == "صلي الله عليه وسلم")
    expectOffsetsCutText(s, tokens)
}

@Test func emptyAndBlankInputs() {
    #expect(Tokenizer.tokenize("").isEmpty)
    #expect(Tokenizer.tokenize(" \n\t\u{200F} ").isEmpty)
}

/// «و نظيرهم»: the conjunction typed apart is its word's clitic, one token over the space; before a
/// number or a mark, or doubled, it stays a word of its own.
@Test func joinsALoneConjunctionToItsWord() {
    let s = "اجتماع الوزراء و نظيرهم الأمريكي، و 2,000 شخص و و"
    let tokens = Tokenizer.tokenize(s)
    #expect(tokens.map(\.text) == ["اجتماع", "الوزراء", "و نظيرهم", "الأمريكي", "،", "و", "2,000", "شخص", "و", "و"])
    #expect(tokens[2].norm == "ونظيرهم")
    expectOffsetsCutText(s, tokens)
}

/// The Arabic block's classes are bit masks in `ScalarClass.of`: they must be the ranges.
@Test func arabicBlockMasksAreTheRanges() {
    for v in UInt32(0x0600)...UInt32(0x06FF) {
        let s = Unicode.Scalar(v)!
        #expect(ScalarClass.of(s) == ScalarClass.arabicBlock(v), "U+\(String(v, radix: 16, uppercase: true))")
    }
}
