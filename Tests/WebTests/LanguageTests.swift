import ArabicText
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Store
import Testing

@testable import Web

/// The dashboard in Arabic and English: how the language is chosen and remembered, direction,
/// digits, mirrored charts, and Arabic isolated inside English text (and Latin inside Arabic).
@Suite struct LanguageTests {
    static func get(_ client: any TestClientProtocol, _ uri: String, _ headers: HTTPFields = [:]) async throws -> TestResponse {
        try await client.execute(uri: uri, method: .get, headers: headers)
    }

    static let arabicLetters = "\u{0621}-\u{064A}"

    @Test func langParameterCookieAndAcceptLanguageChooseTheLanguage() async throws {
        let (app, _) = try await makeApp()
        try await app.test(.router) { client in
            let ar = try await Self.get(client, "/flags?lang=ar")
            #expect(ar.status == .ok)
            #expect(ar.text.contains("<html lang=\"ar\" dir=\"rtl\">"))
            #expect(ar.text.contains("أخبار تناقض نفسها"))
            #expect(ar.headers[.setCookie]?.hasPrefix("lang=ar;") == true, "\(ar.headers)")
            #expect(ar.headers[.vary]?.contains("Accept-Language") == true)

            // The cookie is remembered: no parameter, Arabic again, and no new cookie.
            let remembered = try await Self.get(client, "/events", [.cookie: "theme=dark; lang=ar"])
            #expect(remembered.text.contains("<html lang=\"ar\" dir=\"rtl\">"))
            #expect(remembered.headers[.setCookie] == nil)

            // The parameter wins over the cookie, and sets it.
            let en = try await Self.get(client, "/events?lang=en", [.cookie: "lang=ar"])
            #expect(en.text.contains("<html lang=\"en\" dir=\"ltr\">"))
            #expect(en.headers[.setCookie]?.hasPrefix("lang=en;") == true)

            let browserAr = try await Self.get(client, "/search", [.acceptLanguage: "ar-EG,ar;q=0.9,en;q=0.8"])
            #expect(browserAr.text.contains("<html lang=\"ar\" dir=\"rtl\">"))
            let browserEn = try await Self.get(client, "/search", [.acceptLanguage: "en-GB,en;q=0.9,ar;q=0.4"])
            #expect(browserEn.text.contains("<html lang=\"en\" dir=\"ltr\">"))
            let none = try await Self.get(client, "/search")
            #expect(none.text.contains("<html lang=\"en\" dir=\"ltr\">"))

            let bad = try await Self.get(client, "/flags?lang=fr")
            #expect(bad.status == .badRequest)
            #expect(bad.text.contains("parameter &#39;lang&#39;"), "\(bad.text)")
        }
    }

    @Test(arguments: [
        ("ar", Lang.ar), ("ar-SA, en;q=0.5", .ar), ("en, ar", .en), ("ar;q=0.3, en;q=0.7", .en), ("fr-FR, ar;q=0.8", .ar),
        ("fr, de", .en), ("", .en), ("en;q=0, ar;q=0.1", .ar), ("AR-eg", .ar),
    ])
    func acceptLanguage(_ header: String, _ expected: Lang) {
        #expect(Lang.preferred(header) == expected, "\(header)")
    }

    @Test func everyPageSpeaksArabicWithArabicDigits() async throws {
        let (app, store) = try await makeApp()
        let event = try #require(try await store.events(EventFilter(limit: 1)).first)
        try await app.test(.router) { client in
            for (uri, words) in [
                ("/relations?a=SYR&b=RUS&by=month&lang=ar", ["العلاقات بين", "الأحداث حسب الفئة", "ميزان غولدستين", "يناير ٢٠٢٤"]),
                ("/events?lang=ar", ["الأحداث", "التاريخ", "المصدر", "الهدف"]),
                ("/events/\(event.id)?lang=ar", ["الرموز", "الجذر", "التغطية", "مداخل المعجم المطابقة"]),
                ("/documents/\(event.documentID)?lang=ar", ["المستند", "التنبيهات"]),
                ("/flags?lang=ar", ["أخبار تناقض نفسها", "منصب خارج ولاية صاحبه"]),
                ("/search?q=%D8%AF%D9%85%D8%B4%D9%82&lang=ar", ["البحث", "من الأحداث"]),
                ("/events/999999?lang=ar", ["خطأ", "غير موجود"]),
            ] {
                let html = try await Self.get(client, uri).text
                #expect(html.contains("<html lang=\"ar\" dir=\"rtl\">"), "\(uri)")
                for w in words { #expect(html.contains(w), "\(uri) lacks \(w)") }
                // The navigation, and the way back to English on the same page.
                #expect(html.contains(">الأحداث</a>") && html.contains(">التنبيهات</a>"), "\(uri)")
                #expect(html.contains("hreflang=\"en\""), "\(uri)")
                #expect(!html.contains(">Events</a>") && !html.contains("Relations ") && !html.contains(">None.<"), "\(uri)")
            }
            // Counts in Arabic-Indic digits; ISO dates stay in links and form fields.
            let relations = try await Self.get(client, "/relations?a=SYR&b=RUS&by=month&lang=ar").text
            #expect(relations.contains("<td>١</td>"), "no Arabic-Indic count")
            #expect(relations.contains("from=2024-01-01"))
        }
    }

    @Test func theLanguageSwitchKeepsThePageAndItsQuery() async throws {
        let (app, _) = try await makeApp()
        try await app.test(.router) { client in
            let html = try await Self.get(client, "/relations?a=SYR&b=RUS&by=month").text
            #expect(html.contains("href=\"/relations?a=SYR&amp;b=RUS&amp;by=month&amp;lang=ar\" hreflang=\"ar\""), "\(html.prefix(3000))")
        }
    }

    /// The x of each axis label (the period names under the bars) of the first chart, in document order.
    static func axisLabelXs(_ html: String) -> [Double] {
        let svg = html.components(separatedBy: "<svg class=\"chart counts\"").dropFirst().first?.components(separatedBy: "</svg>").first ?? ""
        let pattern = #/<text x="([0-9.]+)" y="[0-9.]+" font-size="11" text-anchor="middle">/#
        return svg.matches(of: pattern).compactMap { Double($0.1) }
    }

    @Test func chartsAreMirroredInArabic() async throws {
        let (app, _) = try await makeApp()
        try await app.test(.router) { client in
            let en = try await Self.get(client, "/relations?a=SYR&b=RUS&by=month&lang=en").text
            let ar = try await Self.get(client, "/relations?a=SYR&b=RUS&by=month&lang=ar").text
            let xe = Self.axisLabelXs(en)
            let xa = Self.axisLabelXs(ar)
            try #require(xe.count >= 2 && xe.count == xa.count, "\(xe) \(xa)")
            #expect(xe == xe.sorted(), "English: time runs left to right")
            #expect(xa == xa.sorted(by: >), "Arabic: time runs right to left")
            for (a, b) in zip(xe, xa) { #expect(abs(a + b - RelationsChart.width) < 0.2, "\(a) mirrors to \(b)") }
            // The value axis stands on the right in Arabic: its labels start there.
            #expect(ar.contains("text-anchor=\"start\">٠</text>"))
            #expect(en.contains("text-anchor=\"end\">0</text>"))
        }
    }

    @Test func arabicInsideEnglishTextIsIsolated() async throws {
        let (app, _) = try await makeApp()
        try await app.test(.router) { client in
            let en = try await Self.get(client, "/flags?lang=en").text
            #expect(en.contains("role-outside-term"))
            // In each English explanation, every «…» around Arabic holds an isolate, never bare
            // Arabic next to the guillemets.
            let explanations = en.matches(of: #/<p class="explanation">(.*?)</p>/#).map { String($0.1) }
            try #require(!explanations.isEmpty)
            for x in explanations {
                #expect(x.contains("«<bdi lang=\"ar\" dir=\"rtl\">"), "\(x)")
                #expect(x.firstMatch(of: try Regex("«[\(Self.arabicLetters)]")) == nil, "bare Arabic after «: \(x)")
                #expect(x.firstMatch(of: try Regex("[\(Self.arabicLetters)]»")) == nil, "bare Arabic before »: \(x)")
            }
            // The Arabic page shows the Arabic explanation first and isolates the Latin in it.
            let ar = try await Self.get(client, "/flags?lang=ar").text
            let explanation = try #require(ar.firstMatch(of: #/<p class="explanation">(.*?)</p>/#)?.1)
            #expect(explanation.firstMatch(of: try Regex("[\(Self.arabicLetters)]")) != nil, "\(explanation)")
        }
    }

    @Test(arguments: [
        ("so «أمس الأحد» cannot be resolved", Lang.en, "so «<bdi lang=\"ar\" dir=\"rtl\">أمس الأحد</bdi>» cannot be resolved"),
        ("«في 26 مارس 1979»: past", .en, "«<bdi lang=\"ar\" dir=\"rtl\">في 26 مارس 1979</bdi>»: past"),
        ("x «a<b» y", .en, "x «a&lt;b» y"),
        (
            "المنصب SYRGOV (people.lex:12) حتى 2024-12-08.", .ar,
            "المنصب <bdi dir=\"ltr\">SYRGOV</bdi> (<bdi dir=\"ltr\">people.lex:12</bdi>) حتى <bdi dir=\"ltr\">2024-12-08</bdi>."
        ),
        ("ahmed-al-sharaa", .ar, "<bdi dir=\"ltr\">ahmed-al-sharaa</bdi>"),
        ("نص عربي فقط", .ar, "نص عربي فقط"),
    ])
    func isolation(_ text: String, _ lang: Lang, _ expected: String) {
        #expect(HTML.text(text, lang) == expected)
    }

    @Test func numbersAndDates() {
        #expect(Lang.ar.number(1_234_567) == "١٬٢٣٤٬٥٦٧")
        #expect(Lang.en.number(1_234_567) == "1,234,567")
        #expect(Lang.ar.number(-3.26, places: 1) == "\u{2212}٣٫٣")
        #expect(Lang.ar.date(CalendarDay(iso: "2024-03-10")!) == "١٠ مارس ٢٠٢٤")
        #expect(Lang.en.date(CalendarDay(iso: "2024-03-10")!) == "10 March 2024")
        #expect(Lang.ar.period("2024-03", by: .month) == "مارس ٢٠٢٤")
        #expect(Lang.en.axisPeriod("2024-03", by: .month) == "Mar 2024")
    }
}
