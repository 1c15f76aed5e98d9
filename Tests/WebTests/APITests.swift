import ArabicText
import EventCoding
import Foundation
import Hummingbird
import HummingbirdTesting
import SQLiteStore
import Store
import Testing

@testable import Web

@Suite struct APITests {
    @Test func openAPIDescribesEveryRoute() async throws {
        let (app, _) = try await makeApp()
        try await app.test(.router) { client in
            let r = try await client.execute(uri: "/openapi.json", method: .get)
            #expect(r.status == .ok)
            let doc = try r.json()
            #expect(doc["openapi"] as? String == "3.0.3")
            let paths = try #require(doc["paths"] as? [String: Any])
            for p in ["/api/documents", "/api/documents/{id}", "/api/events", "/api/relations", "/api/flags", "/api/actors", "/code", "/documents"] {
                #expect(paths[p] != nil, "\(p) missing")
            }
        }
    }

    @Test func documentsArePagedByCursor() async throws {
        let (app, _) = try await makeApp()
        try await app.test(.router) { client in
            let first = try await client.execute(uri: "/api/documents?limit=3", method: .get).json()
            let items = try #require(first["items"] as? [[String: Any]])
            #expect(items.count == 3)
            let next = try #require(first["next"] as? Int)
            #expect(next == items.last?["id"] as? Int)
            let second = try await client.execute(uri: "/api/documents?limit=3&after=\(next)", method: .get).json()
            let rest = try #require(second["items"] as? [[String: Any]])
            #expect(rest.count == 1)
            #expect(second["next"] is NSNull || second["next"] == nil)
            #expect(items[0]["external_id"] as? String == "t1")
            for bad in ["limit=0", "limit=abc", "limit=501", "after=-1", "after=x"] {
                let r = try await client.execute(uri: "/api/documents?\(bad)", method: .get)
                #expect(r.status == .badRequest, "\(bad)")
                #expect(try badParameter(r) == String(bad.prefix { $0 != "=" }))
            }
            let unknown = try await client.execute(uri: "/api/documents?colour=red", method: .get)
            #expect(unknown.status == .badRequest)
            #expect(try badParameter(unknown) == "colour")
            let twice = try await client.execute(uri: "/api/documents?limit=1&limit=2", method: .get)
            #expect(try badParameter(twice) == "limit")
        }
    }

    @Test func documentHasTextSentencesEventsAndFlags() async throws {
        let (app, store) = try await makeApp()
        let flagged = try #require(try await store.flags(after: nil, limit: 10).first)
        try await app.test(.router) { client in
            let r = try await client.execute(uri: "/api/documents/1", method: .get)
            #expect(r.status == .ok)
            let d = try r.json()
            #expect((d["text"] as? String)?.hasPrefix("استقبل الرئيس السوري") == true)
            let sentences = try #require(d["sentences"] as? [[String: Any]])
            #expect(sentences.first?["part"] as? String == "title")
            #expect(sentences.first?["text"] as? String == "وزير الخارجية الروسي يزور دمشق")
            let events = try #require(d["events"] as? [[String: Any]])
            #expect(!events.isEmpty)
            #expect((events[0]["event"] as? [String: Any])?["cameo"] is String)
            let f = try await client.execute(uri: "/api/documents/\(flagged.documentID)", method: .get).json()
            #expect((f["flags"] as? [[String: Any]])?.isEmpty == false)
            #expect(try await client.execute(uri: "/api/documents/999", method: .get).status == .notFound)
            let bad = try await client.execute(uri: "/api/documents/abc", method: .get)
            #expect(bad.status == .badRequest)
            #expect(try badParameter(bad) == "id")
        }
    }

    @Test func eventsTakeTheFiltersOfTheEventsCommand() async throws {
        let (app, store) = try await makeApp()
        let all = try await store.events(EventFilter())
        let fromSyria = try await store.events(EventFilter(source: ActorSelector("SYR")))
        #expect(!fromSyria.isEmpty)
        try await app.test(.router) { client in
            let (ids, _) = try await pageIDs(client, "/api/events?source=syr")
            #expect(ids == fromSyria.map { Int($0.id) })
            // Paging through everything two at a time gives every report once.
            var seen: [Int] = []
            var after: Int? = nil
            while true {
                let (page, next) = try await pageIDs(client, "/api/events?limit=2" + (after.map { "&after=\($0)" } ?? ""))
                seen += page
                guard let next else { break }
                after = next
            }
            #expect(seen == all.map { Int($0.id) })
            let outlets = try await pageField(client, "/api/events?from=2024-02-01&to=2024-02-29&outlet=test-b", "outlet")
            #expect(!outlets.isEmpty)
            #expect(outlets.allSatisfy { $0 == "test-b" })
            let cases: [(String, String)] = [
                ("cameo=4a", "cameo"), ("from=2024-13-01", "from"), ("to=yesterday", "to"), ("actor=S", "actor"),
                ("source=SY-R", "source"), ("target=x", "target"), ("flagged=maybe", "flagged"), ("limit=100000", "limit"),
                ("plover=CON%3BSULT", "plover"), ("from=2024-03-01&to=2024-01-01", "to"), ("sort=id", "sort"),
            ]
            for (q, p) in cases {
                #expect(try await badParameterOf(client, "/api/events?\(q)") == p, "\(q)")
            }
            let flags = try await pageField(client, "/api/events?flagged=true", "event.flags")
            #expect(flags.allSatisfy { !$0.isEmpty })
        }
    }

    /// Every event the API returns carries its place (where the act happened) as the store keeps
    /// it; `where=` keeps the events that happened in a state.
    @Test func eventsReturnTheirPlace() async throws {
        let (app, store) = try await makeApp()
        let inSyria = try await store.events(EventFilter(place: "SYR"))
        #expect(!inSyria.isEmpty)
        try await app.test(.router) { client in
            let page = try await client.execute(uri: "/api/events?where=syr", method: .get).json()
            let items = try #require(page["items"] as? [[String: Any]])
            #expect(items.count == inSyria.count)
            for item in items {
                let place = try #require((item["event"] as? [String: Any])?["place"] as? [String: Any], "\(item)")
                #expect(place["country"] as? String == "SYR" && place["name"] as? String == "دمشق", "\(place)")
                #expect(place["lat"] is NSNumber && place["lon"] is NSNumber && place["geonameid"] as? Int == 170654, "\(place)")
                #expect(place["full_name"] as? String == "Damascus, Syria" && place["fips"] as? String == "SY", "\(place)")
            }
            #expect(try await badParameterOf(client, "/api/events?where=Syria") == "where")
            let rel = try await client.execute(uri: "/api/relations?source=SYR&target=RUS&where=EGY", method: .get).json()
            #expect((rel["rows"] as? [Any])?.isEmpty ?? false, "\(rel)")
        }
    }

    @Test func relationsAreTheSeriesOfTheRelationsCommand() async throws {
        let (app, store) = try await makeApp()
        let expected = try await store.relations(RelationsQuery(a: ActorSelector("SYR")!, b: ActorSelector("RUS")!, by: .month))
        #expect(!expected.isEmpty)
        try await app.test(.router) { client in
            let r = try await client.execute(uri: "/api/relations?source=SYR&target=RUS&by=month", method: .get)
            #expect(r.status == .ok)
            struct Body: Decodable { var rows: [RelationRow] }
            let dec = JSONDecoder()
            dec.keyDecodingStrategy = .convertFromSnakeCase
            #expect(try dec.decode(Body.self, from: Data(r.text.utf8)).rows == expected)
            // Every period unit and a date range: the same rows as the relations command's series.
            for unit in PeriodUnit.allCases {
                for (from, to) in [(nil, nil), ("2024-01-20", "2024-03-31")] as [(String?, String?)] {
                    let q = RelationsQuery(
                        a: ActorSelector("RUS")!, b: ActorSelector("SYRGOV")!, from: from.flatMap(CalendarDay.init(iso:)),
                        to: to.flatMap(CalendarDay.init(iso:)), by: unit)
                    let want = try await store.relations(q)
                    let uri = "/api/relations?source=RUS&target=SYRGOV&by=\(unit.rawValue)" + (from.map { "&from=\($0)&to=\(to!)" } ?? "")
                    let got = try dec.decode(Body.self, from: Data(try await client.execute(uri: uri, method: .get).text.utf8)).rows
                    #expect(got == want, "\(uri)")
                }
            }
            let narrowed = try await client.execute(uri: "/api/relations?source=SYR&target=RUS&by=day&from=2024-02-01&to=2024-02-29", method: .get).json()
            for row in narrowed["rows"] as? [[String: Any]] ?? [] { #expect((row["period"] as? String)?.hasPrefix("2024-02") == true) }
            for (q, p) in [
                ("target=RUS", "source"), ("source=SYR", "target"), ("source=SYR&target=RUS&by=decade", "by"),
                ("source=SYR&target=RUS&from=2024-1-1", "from"), ("source=SYR&target=RUS&top=99", "top"),
            ] {
                let b = try await client.execute(uri: "/api/relations?\(q)", method: .get)
                #expect(b.status == .badRequest, "\(q)")
                #expect(try badParameter(b) == p, "\(q)")
            }
        }
    }

    @Test func flagsAreListed() async throws {
        let (app, store) = try await makeApp()
        let stored = try await store.flags(after: nil, limit: 100)
        #expect(!stored.isEmpty)
        try await app.test(.router) { client in
            let r = try await client.execute(uri: "/api/flags", method: .get).json()
            let items = try #require(r["items"] as? [[String: Any]])
            #expect(items.count == stored.count)
            let flag = try #require(items.first?["flag"] as? [String: Any])
            #expect(flag["kind"] as? String == stored[0].flag.kind.rawValue)
            #expect((flag["explanation_arabic"] as? String)?.isEmpty == false)
            let b = try await client.execute(uri: "/api/flags?after=abc", method: .get)
            #expect(try badParameter(b) == "after")
        }
    }

    @Test func actorsHaveDatedRoles() async throws {
        let (app, _) = try await makeApp()
        try await app.test(.router) { client in
            let r = try await client.execute(uri: "/api/actors?q=\(percent("الأسد"))&date=2012-01-01", method: .get)
            #expect(r.status == .ok)
            let j = try r.json()
            let people = try #require(j["people"] as? [[String: Any]])
            #expect(!people.isEmpty)
            let roles = try #require(people[0]["roles"] as? [[String: Any]])
            #expect(!roles.isEmpty)
            #expect((people[0]["role"] as? [String: Any])?["code"] is String)
            #expect((j["resolution"] as? [String: Any])?["code"] is String)
            // Tashkeel in the query does not matter.
            let voweled = try await client.execute(uri: "/api/actors?q=\(percent("الأَسَد"))", method: .get).json()
            #expect((voweled["people"] as? [[String: Any]])?.count == people.count)
            let b = try await client.execute(uri: "/api/actors?q=x&date=2012-02-30", method: .get)
            #expect(try badParameter(b) == "date")
        }
    }

    @Test func codeCodesWithoutStoring() async throws {
        let (app, store) = try await makeApp(maxBodyBytes: 4096)
        let before = try await store.counts()
        try await app.test(.router) { client in
            let body = try jsonBody([
                "title": "رئيس الوزراء العراقي يزور أنقرة", "text": "زار رئيس الوزراء العراقي أنقرة واستقبله الرئيس التركي، وبحث الجانبان ملف المياه.",
                "date": "2024-03-12",
            ])
            let r = try await client.execute(uri: "/code", method: .post, headers: [.contentType: "application/json"], body: body)
            #expect(r.status == .ok)
            let j = try r.json()
            #expect(j["date"] as? String == "2024-03-12")
            let events = try #require(j["events"] as? [[String: Any]])
            #expect(!events.isEmpty)
            #expect(j["flags"] is [Any])
            let noText = try await client.execute(uri: "/code", method: .post, body: try jsonBody(["title": "x"]))
            #expect(noText.status == .badRequest)
            let notJSON = try await client.execute(uri: "/code", method: .post, body: ByteBuffer(string: "text=hello"))
            #expect(notJSON.status == .badRequest)
            let badDate = try await client.execute(uri: "/code", method: .post, body: try jsonBody(["text": "نص", "date": "soon"]))
            #expect(badDate.status == .badRequest)
            let big = try await client.execute(uri: "/code", method: .post, body: try jsonBody(["text": String(repeating: "ا", count: 5000)]))
            #expect(big.status == .contentTooLarge)
        }
        #expect(try await store.counts() == before)
    }

    @Test func ingestNeedsAToken() async throws {
        let article = try jsonBody([
            "title": "الأردن ومصر يبحثان الربط الكهربائي", "text": "استقبل وزير الخارجية الأردني نظيره المصري في عمّان.", "date": "2024-02-04", "source": "api",
        ])
        let (closed, _) = try await makeApp()
        try await closed.test(.router) { client in
            let r = try await client.execute(uri: "/documents", method: .post, headers: [.authorization: "Bearer anything"], body: article)
            #expect(r.status == .forbidden)
        }
        let (app, store) = try await makeApp(token: "s3cret", maxBodyBytes: 2048)
        let before = try await store.counts().documents
        try await app.test(.router) { client in
            #expect(try await client.execute(uri: "/documents", method: .post, body: article).status == .unauthorized)
            let wrong = try await client.execute(uri: "/documents", method: .post, headers: [.authorization: "Bearer s3cres"], body: article)
            #expect(wrong.status == .unauthorized)
            #expect(wrong.headers[.wwwAuthenticate] == "Bearer")
            #expect(
                try await client.execute(uri: "/documents", method: .post, headers: [.authorization: "Basic s3cret"], body: article).status == .unauthorized)
            let ok = try await client.execute(uri: "/documents", method: .post, headers: [.authorization: "Bearer s3cret"], body: article)
            #expect(ok.status == .created)
            let j = try ok.json()
            #expect(j["inserted"] as? Int == 1)
            let id = try #require(j["document_id"] as? Int)
            let again = try await client.execute(uri: "/documents", method: .post, headers: [.authorization: "Bearer s3cret"], body: article)
            #expect(again.status == .ok)
            #expect(try again.json()["unchanged"] as? Int == 1)
            let doc = try await client.execute(uri: "/api/documents/\(id)", method: .get).json()
            #expect((doc["document"] as? [String: Any])?["source"] as? String == "api")
            let big = try await client.execute(
                uri: "/documents", method: .post, headers: [.authorization: "Bearer s3cret"], body: try jsonBody(["text": String(repeating: "ب", count: 3000)]))
            #expect(big.status == .contentTooLarge)
        }
        #expect(try await store.counts().documents == before + 1)
    }
}

@Suite struct CacheTests {
    /// With the cache on, a write through the app shows in the relations series at once.
    @Test func ingestClearsTheRelationsCache() async throws {
        let store = try await makeStore()
        let app = buildApplication(WebSettings(store: store, coder: documentCoder, token: "t", relationsCacheSeconds: 60))
        try await app.test(.router) { client in
            let uri = "/api/relations?source=IRQ&target=TUR"
            let before = try await client.execute(uri: uri, method: .get).json()
            #expect((before["rows"] as? [Any])?.isEmpty == true)
            let article = try jsonBody([
                "title": "رئيس الوزراء العراقي يزور أنقرة", "text": "زار رئيس الوزراء العراقي أنقرة واستقبله الرئيس التركي.", "date": "2024-03-12",
            ])
            #expect(try await client.execute(uri: "/documents", method: .post, headers: [.authorization: "Bearer t"], body: article).status == .created)
            let after = try await client.execute(uri: uri, method: .get).json()
            #expect((after["rows"] as? [Any])?.isEmpty == false)
        }
    }
}
