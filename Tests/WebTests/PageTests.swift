import EventCoding
import Foundation
import Hummingbird
import HummingbirdTesting
import Store
import Testing

@testable import Web

@Suite struct PageTests {
    @Test func relationsPageDrawsChartsAndLinksPeriods() async throws {
        let (app, _) = try await makeApp()
        try await app.test(.router) { client in
            let r = try await client.execute(uri: "/relations?a=SYR&b=RUS&by=month", method: .get)
            #expect(r.status == .ok)
            #expect(r.headers[.contentType]?.hasPrefix("text/html") == true)
            let html = r.text
            #expect(html.contains("<meta name=\"viewport\""))
            #expect(html.contains("<svg class=\"chart counts\""))
            #expect(html.contains("<svg class=\"chart goldstein\""))
            #expect(
                html.contains("/events?source=SYR&amp;target=RUS&amp;from=2024-01-01&amp;to=2024-01-31")
                    || html.contains("/events?source=RUS&amp;target=SYR&amp;from=2024-01-01&amp;to=2024-01-31"))
            #expect(!html.contains("<script"))
            // The home page picks the busiest pair.
            let home = try await client.execute(uri: "/", method: .get)
            #expect(home.status == .ok)
            #expect(home.text.contains("<svg"))
            let bad = try await client.execute(uri: "/relations?a=SYR&b=RUS&by=decade", method: .get)
            #expect(bad.status == .badRequest)
            #expect(bad.text.contains("parameter &#39;by&#39;"))
        }
    }

    /// The map draws each place with events as a point of the outline's projection, linked to the
    /// events of its state, in both languages.
    @Test func mapDrawsEventsAsPointsOnTheOutline() async throws {
        let (app, _) = try await makeApp()
        try await app.test(.router) { client in
            let r = try await client.execute(uri: "/map?lang=en", method: .get)
            #expect(r.status == .ok)
            let html = String(buffer: r.body)
            #expect(html.contains("class=\"map\"") && html.contains("<path id=\"SYR\""), "no outline")
            // Damascus (33.5102 N, 36.2913 E): x = (lon + 180) × 10, y = (90 − lat) × 10.
            #expect(html.contains("<circle cx=\"2163\" cy=\"565\""), "no point at Damascus")
            #expect(html.contains("Damascus, Syria: "), "no tooltip")
            #expect(html.contains("href=\"/events?where=SYR\""), "no link to the state's events")
            let ar = String(buffer: try await client.execute(uri: "/map?lang=ar", method: .get).body)
            #expect(ar.contains("<html lang=\"ar\" dir=\"rtl\">") && ar.contains("الخريطة") && ar.contains("دمشق (SYR)"), "arabic map")
            let none = String(buffer: try await client.execute(uri: "/map?where=EGY", method: .get).body)
            #expect(!none.contains("<circle"), "a point outside the filter")
        }
    }

    @Test func eventPageHighlightsTheArticle() async throws {
        let (app, store) = try await makeApp()
        let e = try #require(try await store.events(EventFilter(source: ActorSelector("SYR"))).first(where: { $0.event.target != nil }))
        try await app.test(.router) { client in
            let r = try await client.execute(uri: "/events/\(e.id)", method: .get)
            #expect(r.status == .ok)
            let html = r.text
            #expect(html.contains("<mark class=\"trigger\">\(HTML.escape(e.event.trigger.text))</mark>"))
            #expect(html.contains("<mark class=\"source\">\(HTML.escape(e.event.source!.text))</mark>"))
            #expect(html.contains("<mark class=\"target\">\(HTML.escape(e.event.target!.text))</mark>"))
            #expect(html.contains("dir=\"rtl\" lang=\"ar\""))
            #expect(html.contains("Mentions"))
            if let name = Ontology.shared.entry(e.event.cameo)?.name { #expect(html.contains(HTML.escape(name))) }
            #expect(try await client.execute(uri: "/events/424242", method: .get).status == .notFound)
            #expect(try await client.execute(uri: "/events/x", method: .get).status == .badRequest)
            let list = try await client.execute(uri: "/events?source=SYR&target=RUS&from=2024-01-01&to=2024-01-31", method: .get)
            #expect(list.status == .ok)
            #expect(list.text.contains("/events/"))
            let doc = try await client.execute(uri: "/documents/\(e.documentID)", method: .get)
            #expect(doc.text.contains("<mark class=\"trigger\">"))
        }
    }

    @Test func flagsPageExplainsNewestFirst() async throws {
        let (app, store) = try await makeApp()
        let f = try #require(try await store.recentFlags(offset: 0, limit: 1).first)
        try await app.test(.router) { client in
            let html = try await client.execute(uri: "/flags", method: .get).text
            // Both explanations, each with the other direction's runs isolated.
            #expect(html.contains(HTML.text(f.flag.explanation, .en)))
            #expect(html.contains(HTML.text(f.flag.explanationArabic, .ar)))
            #expect(try await client.execute(uri: "/flags?page=0", method: .get).status == .badRequest)
        }
    }

    @Test func searchIgnoresTashkeelAndTatweelAndEscapes() async throws {
        let (app, _) = try await makeApp()
        try await app.test(.router) { client in
            // "مُسَاعَدَات" with tashkeel and "مساعـــدات" with tatweel both find the aid story.
            for q in ["مُسَاعَدَات", "مساعـــدات", "إنسانية مساعدات"] {
                let html = try await client.execute(uri: "/search?q=\(percent(q))", method: .get).text
                #expect(html.contains("روسيا تعلن تقديم مساعدات لسوريا"), "\(q)")
                #expect(html.contains("<mark class=\"hit\">"), "\(q)")
            }
            let none = try await client.execute(uri: "/search?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E", method: .get).text
            #expect(!none.contains("<script>"))
            #expect(none.contains("&lt;script&gt;"))
            let spaces = try await client.execute(uri: "/search?q=%D8%AF%D9%85%D8%B4%D9%82+%D8%A7%D9%84%D8%B1%D9%88%D8%B3%D9%8A", method: .get).text
            #expect(spaces.contains("document "))
        }
    }

    @Test func markupKeepsOffsetsInUnicodeScalars() {
        // "مُحَمَّد" has tashkeel: scalar offsets, not Character offsets.
        let text = "قال مُحَمَّد إن <وزير> زار دمشق"
        let n = Array(text.unicodeScalars)
        let start = 4
        let end = start + Array("مُحَمَّد".unicodeScalars).count
        let html = ArticleMarkup.render(
            text, marks: [.init(start: start, end: end, className: "source"), .init(start: n.count - 4, end: n.count, className: "target")],
            evidence: 0..<n.count)
        #expect(html == "<span class=\"evidence\">قال <mark class=\"source\">مُحَمَّد</mark> إن &lt;وزير&gt; زار <mark class=\"target\">دمشق</mark></span>")
    }
}
