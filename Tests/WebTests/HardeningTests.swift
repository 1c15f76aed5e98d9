import ArabicText
import EventCoding
import Foundation
import Hummingbird
import HummingbirdTesting
import Store
import Testing

@testable import Web

/// Small faults found by probing the server (issue 16, item 8); each test failed before its fix.
@Suite struct HardeningTests {
    @Test func aJavascriptURLIsNotALink() async throws {
        let (app, store) = try await makeApp()
        let evil = Document(
            id: "js", text: "استقبل الرئيس السوري في دمشق وزير الخارجية الروسي.", date: CalendarDay(iso: "2024-04-02"), source: "x",
            url: "javascript:alert(document.cookie)")
        _ = try await Ingestor(store: store, coder: documentCoder, workers: 1).ingest([evil])
        let e = try #require(try await store.events(EventFilter()).first { $0.event.doc == "js" })
        let good = try #require(try await store.events(EventFilter()).first { $0.event.doc == "t1" })
        try await app.test(.router) { client in
            let page = try await client.execute(uri: "/events/\(e.id)", method: .get).text
            #expect(!page.lowercased().contains("href=\"javascript:"), "\(page)")
            #expect(page.contains("javascript:alert(document.cookie)"))
            let web = try await client.execute(uri: "/events/\(good.id)", method: .get).text
            #expect(web.contains("<a href=\"https://example.org/t1\""))
        }
    }

    @Test func anUnknownRouteAnswersWithTheAPIsJSONError() async throws {
        let (app, _) = try await makeApp()
        try await app.test(.router) { client in
            let r = try await client.execute(uri: "/api/nothing-here", method: .get)
            #expect(r.status == .notFound)
            #expect(r.headers[.contentType]?.hasPrefix("application/json") == true)
            let err = try #require(try r.json()["error"] as? [String: Any])
            #expect(err["status"] as? Int == 404)
            #expect((err["message"] as? String)?.contains("/api/nothing-here") == true)
            let page = try await client.execute(uri: "/no-such-page", method: .get)
            #expect(page.status == .notFound)
            #expect(page.headers[.contentType]?.hasPrefix("text/html") == true)
            #expect(page.text.contains("Error 404"))
        }
    }

    @Test func jsonResponsesAreNotSniffed() async throws {
        let (app, _) = try await makeApp()
        try await app.test(.router) { client in
            for uri in ["/api/documents", "/openapi.json", "/api/events?limit=0"] {
                let r = try await client.execute(uri: uri, method: .get)
                #expect(r.headers[.init("X-Content-Type-Options")!] == "nosniff", "\(uri)")
            }
        }
    }

    @Test func theBearerSchemeIsCaseInsensitive() async throws {
        let (app, _) = try await makeApp(token: "s3cret")
        let article = try JSONSerialization.data(withJSONObject: ["text": "استقبل وزير الخارجية الأردني نظيره المصري في عمّان.", "date": "2024-02-04"])
        try await app.test(.router) { client in
            for scheme in ["bearer", "BEARER", "Bearer"] {
                let r = try await client.execute(
                    uri: "/documents", method: .post, headers: [.authorization: "\(scheme) s3cret"], body: ByteBuffer(bytes: article))
                #expect(r.status == .created || r.status == .ok, "\(scheme): \(r.status)")
            }
        }
    }

    /// Past the HTTP parser's 80 KB the server still answers with the API's JSON error (over a
    /// real socket: the router test client does not parse HTTP).
    @Test func anOverlongQueryStringAnswersWithTheJSONError() async throws {
        let (app, _) = try await makeApp()
        try await app.test(.live) { client in
            let long = String(repeating: "a", count: 100_000)
            let r = try await client.execute(uri: "/api/events?source=\(long)", method: .get)
            #expect(r.status.code == 431)
            #expect(r.headers[.contentType]?.hasPrefix("application/json") == true)
            let err = try #require(try r.json()["error"] as? [String: Any])
            #expect(err["status"] as? Int == 431)
            #expect((err["message"] as? String)?.contains("80 KB") == true)
        }
    }
}
