import ArabicText
import EventCoding
import Foundation
import Hummingbird
import Store

/// The web app: JSON API, OpenAPI document and the server-rendered dashboard, over one store.
/// Built apart from running it, so tests drive it without a socket
/// (`app.test(.router) { client in … }`).
public func buildApplication(
    _ settings: WebSettings, host: String = "127.0.0.1", port: Int = 8080,
    onServerRunning: @escaping @Sendable (Int) async -> Void = { _ in }
) -> some ApplicationProtocol {
    let router = Router(context: BasicRequestContext.self)
    router.add(middleware: ErrorBodyMiddleware())
    let web = WebRoutes(settings: settings)
    web.register(on: router)
    return Application(
        router: router, server: .http1(configuration: .init(additionalChannelHandlers: [ParserErrorResponder()])),
        configuration: .init(address: .hostname(host, port: port), serverName: "tawthiq"),
        onServerRunning: { channel in await onServerRunning(channel.localAddress?.port ?? port) })
}

typealias Handler = @Sendable (Request, BasicRequestContext) async throws -> Response

/// The routes and what they share.
struct WebRoutes: Sendable {
    let settings: WebSettings
    let cache: RelationsCache
    var store: any BrowsableStore { settings.store }

    init(settings: WebSettings) {
        self.settings = settings
        cache = RelationsCache(seconds: settings.relationsCacheSeconds)
    }

    func register(on router: Router<BasicRequestContext>) {
        router.get("/openapi.json", use: api { _, _ in Reply.raw(Data(OpenAPI.document.utf8), type: "application/json; charset=utf-8") })
        router.get("/api/documents", use: api(listDocuments))
        router.get("/api/documents/:id", use: api(getDocument))
        router.get("/api/events", use: api(listEvents))
        router.get("/api/relations", use: api(relations))
        router.get("/api/flags", use: api(listFlags))
        router.get("/api/actors", use: api(actors))
        router.post("/code", use: api(code))
        router.post("/documents", use: api(ingest))
        let pages = Pages(routes: self)
        router.get("/", use: page(pages.relations))
        router.get("/relations", use: page(pages.relations))
        router.get("/events", use: page(pages.events))
        router.get("/map", use: page(pages.map))
        router.get("/events/:id", use: page(pages.event))
        router.get("/documents/:id", use: page(pages.document))
        router.get("/flags", use: page(pages.flags))
        router.get("/search", use: page(pages.search))
    }

    func api(_ h: @escaping Handler) -> Handler {
        { req, ctx in
            do { return try await h(req, ctx) } catch { return Reply.jsonError(Reply.webError(error)) }
        }
    }

    /// A dashboard page in the request's language (`Lang.of`); `?lang=` is remembered in a cookie,
    /// and the reply varies with the headers that choose the language.
    func page(_ h: @escaping Pages.Handler) -> Handler {
        { req, ctx in
            var lang = Lang.en
            var chosen = false
            var response: Response
            do {
                (lang, chosen) = try Lang.of(req)
                response = try await h(req, ctx, lang)
            } catch {
                response = Reply.htmlError(Reply.webError(error), lang: lang, req: req)
            }
            if chosen { response.headers[.setCookie] = lang.setCookie }
            response.headers[.vary] = "Accept-Language, Cookie"
            return response
        }
    }

    static func pathID(_ ctx: BasicRequestContext, _ what: String) throws -> Int64 {
        guard let s = ctx.parameters.get("id"), let id = Int64(s), id > 0 else {
            throw WebError.badParameter("id", "must be a positive whole number (the \(what) id)")
        }
        return id
    }

    // MARK: API

    func listDocuments(_ req: Request, _ ctx: BasicRequestContext) async throws -> Response {
        let q = Query(req.uri.query)
        try q.allow(["after", "limit"])
        let limit = try q.int("limit", range: 1...500) ?? 50
        let items = try await store.documents(after: try q.id("after"), limit: limit)
        return try Reply.json(API.Page(items: items, next: items.count == limit ? items.last?.id : nil))
    }

    func getDocument(_ req: Request, _ ctx: BasicRequestContext) async throws -> Response {
        try Query(req.uri.query).allow([])
        let id = try WebRoutes.pathID(ctx, "document")
        guard let d = try await store.document(id: id) else { throw WebError.notFound("document \(id)") }
        let events = try await store.events(EventFilter(document: id))
        let parts: [DocumentPart: [Unicode.Scalar]] = [.title: Array((d.summary.title ?? "").unicodeScalars), .text: Array(d.text.unicodeScalars)]
        let sentences = d.sentences.map { s -> API.SentenceItem in
            let sc = parts[s.part] ?? []
            let lo = max(0, min(sc.count, s.start))
            let hi = max(lo, min(sc.count, s.end))
            var v = String.UnicodeScalarView()
            v.append(contentsOf: sc[lo..<hi])
            return API.SentenceItem(part: s.part, index: s.index, start: s.start, end: s.end, text: String(v))
        }
        return try Reply.json(
            API.DocumentDetail(
                document: d.summary, text: d.text, dateSource: d.dateSource, lexiconVersion: d.lexiconVersion, sentences: sentences,
                events: events.map(API.EventItem.init), flags: d.flags, notes: d.notes))
    }

    func listEvents(_ req: Request, _ ctx: BasicRequestContext) async throws -> Response {
        let q = Query(req.uri.query)
        try q.allow(Query.filterNames)
        let f = try q.eventFilter(defaultLimit: 100, maxLimit: 1000)
        let items = try await store.events(f)
        return try Reply.json(API.Page(items: items.map(API.EventItem.init), next: items.count == f.limit ? items.last?.id : nil))
    }

    static func relationsQuery(_ q: Query, a: String, b: String, required: Bool) throws -> RelationsQuery? {
        guard let sa = try q.actor(a) else {
            if required { throw WebError.badParameter(a, "is required (a country code such as SYR, or an actor code)") }
            return nil
        }
        guard let sb = try q.actor(b) else {
            if required { throw WebError.badParameter(b, "is required (a country code such as RUS, or an actor code)") }
            return nil
        }
        let from = try q.day("from")
        let to = try q.day("to")
        if let from, let to, to < from { throw WebError.badParameter("to", "is before from") }
        return RelationsQuery(
            a: sa, b: sb, from: from, to: to, by: try q.period("by") ?? .month, top: try q.int("top", range: 0...20) ?? 3, place: try q.country("where"))
    }

    func relations(_ req: Request, _ ctx: BasicRequestContext) async throws -> Response {
        let q = Query(req.uri.query)
        try q.allow(["source", "target", "by", "from", "to", "top", "where"])
        let rq = try WebRoutes.relationsQuery(q, a: "source", b: "target", required: true)!
        return Reply.raw(try await cache.series(rq, store: store).json, type: "application/json; charset=utf-8")
    }

    func listFlags(_ req: Request, _ ctx: BasicRequestContext) async throws -> Response {
        let q = Query(req.uri.query)
        try q.allow(["after", "limit"])
        let limit = try q.int("limit", range: 1...500) ?? 50
        let items = try await store.flags(after: try q.id("after"), limit: limit)
        return try Reply.json(API.Page(items: items.map(API.FlagItem.init), next: items.count == limit ? items.last?.id : nil))
    }

    func actors(_ req: Request, _ ctx: BasicRequestContext) async throws -> Response {
        let q = Query(req.uri.query)
        try q.allow(["q", "date", "limit"])
        let text = try q.string("q", maxLength: 200)
        let date = try q.day("date")
        let limit = try q.int("limit", range: 1...500) ?? 50
        let lexicon = settings.lexicon
        let needle = text.map { ArabicNormalizer.normalize($0).trimmingCharacters(in: .whitespaces) }
        var people: [API.Person] = []
        for p in lexicon.people {
            if let needle, !needle.isEmpty {
                let hit =
                    p.id.lowercased().contains(needle.lowercased())
                    || (p.names + p.shorts).contains { ArabicNormalizer.normalize($0).contains(needle) }
                    || p.roles.contains { $0.code.lowercased() == needle.lowercased() }
                guard hit else { continue }
            }
            let roles = p.roles.map { API.Role(code: $0.code, country: $0.country, office: $0.office, start: $0.start, end: $0.end, location: $0.location) }
            let on = p.role(on: date).map { API.RoleOnDate(code: $0.role.code, reason: $0.reason) }
            people.append(API.Person(id: p.id, names: p.names, roles: roles, role: on))
            if people.count >= limit { break }
        }
        let resolution = text.flatMap { ActorResolver(lexicon: lexicon).resolve($0, date: date) }
        return try Reply.json(API.Actors(q: text, date: date, resolution: resolution, people: people))
    }

    /// The request body, at most `maxBodyBytes` (413 beyond), as JSON of type T (400 if not).
    func body<T: Decodable>(_ req: Request, as: T.Type) async throws -> T {
        let limit = settings.maxBodyBytes
        if let len = req.headers[.contentLength].flatMap({ Int($0) }), len > limit {
            throw WebError(status: 413, message: "request body too large: \(len) bytes, the limit is \(limit)")
        }
        let buffer: ByteBuffer
        do { buffer = try await req.body.collect(upTo: limit) } catch let h as any HTTPResponseError where h.status == .contentTooLarge {
            throw WebError(status: 413, message: "request body too large: the limit is \(limit) bytes")
        }
        do {
            return try JSONDecoder().decode(T.self, from: Data(buffer.readableBytesView))
        } catch let DecodingError.keyNotFound(k, _) {
            throw WebError.badBody("'\(k.stringValue)' is required")
        } catch let DecodingError.typeMismatch(_, c) {
            throw WebError.badBody("'\(c.codingPath.map(\.stringValue).joined(separator: "."))' has the wrong type")
        } catch {
            throw WebError.badBody("not a JSON object of the expected shape")
        }
    }

    static func day(_ s: String?, _ name: String) throws -> CalendarDay? {
        guard let s, !s.isEmpty else { return nil }
        guard let d = CalendarDay(iso: s) else { throw WebError.badBody("'\(name)' must be a date YYYY-MM-DD, got '\(s)'") }
        return d
    }

    func code(_ req: Request, _ ctx: BasicRequestContext) async throws -> Response {
        try Query(req.uri.query).allow([])
        let r = try await body(req, as: API.CodeRequest.self)
        guard !r.text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { throw WebError.badBody("'text' is empty") }
        let doc = Document(id: "posted", title: r.title, text: r.text, date: try WebRoutes.day(r.date, "date"))
        let coded = settings.coder.code(doc)
        return try Reply.json(
            API.CodeResult(
                date: coded.document.date, dateSource: coded.dateSource.rawValue, sentences: coded.sentences, events: coded.events, flags: coded.flags,
                notes: coded.notes))
    }

    /// Constant-time comparison of the presented token with the configured one.
    static func tokenMatches(_ presented: String, _ expected: String) -> Bool {
        let a = Array(presented.utf8)
        let b = Array(expected.utf8)
        var diff = UInt8(a.count == b.count ? 0 : 1)
        for i in 0..<b.count { diff |= (i < a.count ? a[i] : 0) ^ b[i] }
        return diff == 0
    }

    func ingest(_ req: Request, _ ctx: BasicRequestContext) async throws -> Response {
        guard let token = settings.token else {
            throw WebError(status: 403, message: "ingesting over HTTP is disabled: start the server with --token or TAWTHIQ_TOKEN")
        }
        let auth = req.headers[.authorization] ?? ""
        // The scheme is case-insensitive (RFC 9110 §11.1): "bearer" and "BEARER" are "Bearer".
        guard auth.prefix(7).lowercased() == "bearer ", WebRoutes.tokenMatches(String(auth.dropFirst(7)), token) else {
            var r = Reply.jsonError(WebError(status: 401, message: "missing or wrong token: send 'Authorization: Bearer <token>'"))
            r.headers[.wwwAuthenticate] = "Bearer"
            return r
        }
        try Query(req.uri.query).allow([])
        let r = try await body(req, as: API.IngestRequest.self)
        guard !r.text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { throw WebError.badBody("'text' is empty") }
        let date = try WebRoutes.day(r.date, "date")
        let id = r.id.flatMap { $0.isEmpty ? nil : $0 } ?? "http-" + String(CodedDocument.hash(of: Document(id: "", title: r.title, text: r.text)).prefix(16))
        let doc = Document(id: id, title: r.title, text: r.text, date: date, source: r.source, url: r.url)
        let summary = try await Ingestor(store: store, coder: settings.coder, workers: 1).ingest([doc])
        cache.clear()
        let docID = try await store.documentID(contentHash: CodedDocument.hash(of: doc))
        return try Reply.json(
            API.IngestResult(
                documentId: docID, inserted: summary.inserted, replaced: summary.replaced, unchanged: summary.unchanged, events: summary.events,
                flags: summary.flags, notes: summary.notes), status: summary.inserted > 0 ? .created : .ok)
    }
}
