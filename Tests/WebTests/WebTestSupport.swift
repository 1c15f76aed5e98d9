import ArabicText
import EventCoding
import Foundation
import Hummingbird
import HummingbirdTesting
import Lexicon
import SQLiteStore
import Store
import Testing

@testable import Web

/// One coder for every test (loading the lexicon is the slow part).
let documentCoder = DocumentCoder(coder: EventCoder(lexicon: Lexicon.load().lexicon))

/// Invented articles: Syria–Russia over three months, one with a president out of his term.
let testArticles: [Document] = [
    Document(
        id: "t1", title: "وزير الخارجية الروسي يزور دمشق",
        text: "استقبل الرئيس السوري في دمشق وزير الخارجية الروسي، وبحث الجانبان تعزيز التعاون بين البلدين.",
        date: CalendarDay(iso: "2024-01-15"), source: "test-a", url: "https://example.org/t1"),
    Document(
        id: "t2", title: "روسيا تعلن تقديم مساعدات لسوريا",
        text: "أعلنت روسيا تقديم مساعدات إنسانية إلى سوريا، وأشادت الحكومة السورية بالدعم الروسي.",
        date: CalendarDay(iso: "2024-02-20"), source: "test-b"),
    Document(
        id: "t3", title: "اتصال هاتفي بين الرئيسين السوري والروسي",
        text: "أجرى الرئيس السوري اتصالاً هاتفياً بالرئيس الروسي، بحثا خلاله العلاقات الثنائية.",
        date: CalendarDay(iso: "2024-03-05"), source: "test-a"),
    Document(
        id: "t4", title: "الرئيس السوري بشار الأسد يستقبل وفداً روسياً",
        text: "استقبل الرئيس السوري بشار الأسد في دمشق وفداً روسياً، وبحث معه التعاون الاقتصادي.",
        date: CalendarDay(iso: "2025-06-01"), source: "test-b"),
]

/// A fresh SQLite store in a temporary directory, filled with `testArticles` through the Ingestor.
func makeStore() async throws -> SQLiteStore {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("tawthiq-web-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    let store = try SQLiteStore(path: dir.appendingPathComponent("store.sqlite").path)
    _ = try await Ingestor(store: store, coder: documentCoder, workers: 1).ingest(testArticles)
    return store
}

func makeApp(token: String? = nil, maxBodyBytes: Int = 64 * 1024) async throws -> (some ApplicationProtocol, SQLiteStore) {
    let store = try await makeStore()
    let app = buildApplication(WebSettings(store: store, coder: documentCoder, token: token, maxBodyBytes: maxBodyBytes, relationsCacheSeconds: 0))
    return (app, store)
}

extension TestResponse {
    var text: String { String(buffer: body) }
    func json() throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }
}

/// The `parameter` a 400 names.
func badParameter(_ r: TestResponse) throws -> String? {
    let err = try #require(try r.json()["error"] as? [String: Any])
    return err["parameter"] as? String
}

func jsonBody(_ object: [String: Any]) throws -> ByteBuffer {
    ByteBuffer(bytes: try JSONSerialization.data(withJSONObject: object))
}

func percent(_ s: String) -> String { HTML.percent(s) }

/// The item ids of a page and its `next` cursor.
func pageIDs(_ client: any TestClientProtocol, _ uri: String) async throws -> ([Int], Int?) {
    let r = try await client.execute(uri: uri, method: .get)
    let j = try r.json()
    let ids = (j["items"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? Int }
    return (ids, j["next"] as? Int)
}

/// A field of every item of a page (the event's own fields with `event.`).
func pageField(_ client: any TestClientProtocol, _ uri: String, _ key: String) async throws -> [String] {
    let j = try await client.execute(uri: uri, method: .get).json()
    return (j["items"] as? [[String: Any]] ?? []).map { item in
        if key.hasPrefix("event.") {
            let v = (item["event"] as? [String: Any])?[String(key.dropFirst(6))]
            if let a = v as? [String] { return a.joined(separator: ",") }
            return "\(v ?? "")"
        }
        return "\(item[key] ?? "")"
    }
}

/// The `parameter` of the 400 a GET answers (nil when it is not a 400).
func badParameterOf(_ client: any TestClientProtocol, _ uri: String) async throws -> String? {
    let r = try await client.execute(uri: uri, method: .get)
    guard r.status == .badRequest else { return nil }
    return try badParameter(r)
}
