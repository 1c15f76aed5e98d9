import Testing

@testable import ArabicText

struct SplitCase: Sendable, CustomTestStringConvertible {
    let input: String
    let expected: [String]
    let note: String
    init(_ note: String, _ input: String, _ expected: [String]) {
        self.input = input
        self.expected = expected
        self.note = note
    }
    var testDescription: String { note }
}

let splitGolden: [SplitCase] = [
    SplitCase(
        "plain stops", "قال الوزير إن المفاوضات ستستأنف. وأضاف أن الوفد سيصل غداً! هل ينجح الاتفاق؟ لا أحد يعرف",
        ["قال الوزير إن المفاوضات ستستأنف.", "وأضاف أن الوفد سيصل غداً!", "هل ينجح الاتفاق؟", "لا أحد يعرف"]),
    SplitCase(
        "decimal numbers", "ارتفع المؤشر 3.5 في المئة، ونما الاقتصاد ٣٫٥ بالمئة. وتراجع الدولار.",
        ["ارتفع المؤشر 3.5 في المئة، ونما الاقتصاد ٣٫٥ بالمئة.", "وتراجع الدولار."]),
    SplitCase(
        "number at sentence end", "بلغ عدد القتلى 35. وقال المتحدث إن العدد قد يرتفع.",
        ["بلغ عدد القتلى 35.", "وقال المتحدث إن العدد قد يرتفع."]),
    SplitCase(
        "agency abbreviation", "القاهرة (أ.ف.ب) - التقى الرئيس بالوفد. ثم غادر.",
        ["القاهرة (أ.ف.ب) - التقى الرئيس بالوفد.", "ثم غادر."]),
    SplitCase(
        "doctor before a name", "صرح د. محمد البرادعي بأن الأزمة طويلة. وأكد ذلك مسؤول آخر.",
        ["صرح د. محمد البرادعي بأن الأزمة طويلة.", "وأكد ذلك مسؤول آخر."]),
    SplitCase(
        "year, page, part, BC", "ولد عام 1950 م. في القاهرة، انظر ص. 12 ج. 3 من كتابه عن القرن الخامس ق.م وما بعده.",
        ["ولد عام 1950 م. في القاهرة، انظر ص. 12 ج. 3 من كتابه عن القرن الخامس ق.م وما بعده."]),
    SplitCase(
        "era mark after a year ending a sentence", "وقعت الحرب عام 2004م. قُتل 3 أشخاص. ثم انتهت عام 1440 هـ.",
        ["وقعت الحرب عام 2004م.", "قُتل 3 أشخاص.", "ثم انتهت عام 1440 هـ."]),
    SplitCase(
        "Latin abbreviations", "قال Mr. Smith إن U.S. forces انسحبت. وأكد Dr. Jones ذلك.",
        ["قال Mr. Smith إن U.S. forces انسحبت.", "وأكد Dr. Jones ذلك."]),
    SplitCase(
        "ellipsis mid-sentence", "انتظرنا طويلاً... لكن أحداً لم يأت. ثم عدنا... and then we left.",
        ["انتظرنا طويلاً... لكن أحداً لم يأت.", "ثم عدنا... and then we left."]),
    SplitCase(
        "ellipsis character", "الوضع صعب… حتى الآن. انتهى الأمر… الجولة المقبلة ستحسم",
        ["الوضع صعب… حتى الآن.", "انتهى الأمر…", "الجولة المقبلة ستحسم"]),
    SplitCase(
        "closing guillemet after the stop", "قال الوزير: «لن نتراجع. المعركة مستمرة.» وغادر القاعة.",
        ["قال الوزير: «لن نتراجع. المعركة مستمرة.»", "وغادر القاعة."]),
    SplitCase(
        "closing ASCII quote after the stop", "وكتب في بيان: \"انتهى الاجتماع. سنعود غداً.\" ثم أغلق هاتفه.",
        ["وكتب في بيان: \"انتهى الاجتماع. سنعود غداً.\"", "ثم أغلق هاتفه."]),
    SplitCase(
        "stop after the quote", "وصف الوضع بأنه «خطير». وطالب بالتهدئة.",
        ["وصف الوضع بأنه «خطير».", "وطالب بالتهدئة."]),
    SplitCase(
        "headline on its own line", "اشتباكات في طرابلس\nقال مسؤولون إن الاشتباكات اندلعت فجراً. وسقط قتلى.\n\nتحديث",
        ["اشتباكات في طرابلس", "قال مسؤولون إن الاشتباكات اندلعت فجراً.", "وسقط قتلى.", "تحديث"]),
    SplitCase(
        "CRLF and blank lines", "  العنوان  \r\n\r\n  النص هنا.  ",
        ["العنوان", "النص هنا."]),
    SplitCase(
        "unbalanced quote does not swallow the text", "قال «لن نتراجع. وغادر. ثم عاد.",
        ["قال «لن نتراجع.", "وغادر.", "ثم عاد."]),
    SplitCase(
        "interrobang run and closing parenthesis", "هل هذا معقول؟! (لا أظن.) ربما.",
        ["هل هذا معقول؟!", "(لا أظن.)", "ربما."]),
    SplitCase(
        "no space after the stop", "انتهى الاجتماع.وقال المتحدث إن الجولة المقبلة في جنيف.",
        ["انتهى الاجتماع.", "وقال المتحدث إن الجولة المقبلة في جنيف."]),
    SplitCase(
        "domain names and list numbers", "1. زار الموقع example.com أمس.",
        ["1. زار الموقع example.com أمس."]),
    SplitCase("empty", "", []),
    SplitCase("only whitespace", " \n \u{200F}\n", []),
]

@Test(arguments: splitGolden)
func splitGoldenCase(_ c: SplitCase) {
    let spans = SentenceSplitter.split(c.input)
    #expect(spans.map(\.text) == c.expected)
    let scalars = Array(c.input.unicodeScalars)
    var previousEnd = 0
    for span in spans {
        #expect(span.start >= previousEnd && span.start < span.end && span.end <= scalars.count)
        var v = String.UnicodeScalarView()
        v.append(contentsOf: scalars[span.start..<span.end])
        #expect(String(v) == span.text)
        previousEnd = span.end
    }
}

@Test func offsetsCountUnicodeScalars() {
    // "👍🏽" is one Character but two scalars; tashkeel are scalars of their own.
    let s = "👍🏽 قَالَ. ثم"
    let spans = SentenceSplitter.split(s)
    #expect(spans.map(\.text) == ["👍🏽 قَالَ.", "ثم"])
    #expect(spans[0].start == 0 && spans[0].end == 9)
    #expect(spans[1].start == 10 && spans[1].end == 12)
}
