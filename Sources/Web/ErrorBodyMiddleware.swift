import Hummingbird

/// Gives the router's own errors (no such route, a method the route does not take) a body like
/// every other error: the API's JSON error under /api, /code, /documents (POST) and
/// /openapi.json, an HTML page elsewhere. Without it they were an empty body.
struct ErrorBodyMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let e as HTTPError {
            let message: String
            switch e.status {
            case .notFound: message = "no such page or API route: \(request.method.rawValue) \(request.uri.path)"
            case .methodNotAllowed: message = "\(request.method.rawValue) is not allowed on \(request.uri.path)"
            default: message = e.body ?? e.status.reasonPhrase
            }
            let error = WebError(status: e.status.code, message: message)
            let lang = (try? Lang.of(request).lang) ?? .en
            var r =
                ErrorBodyMiddleware.isAPI(request)
                ? Reply.jsonError(error) : Reply.htmlError(error, lang: lang, req: request)
            for field in e.headers where r.headers[field.name] == nil { r.headers.append(field) }
            return r
        }
    }

    /// Whether a request is for the JSON API rather than a page.
    static func isAPI(_ request: Request) -> Bool {
        let path = request.uri.path
        return path.hasPrefix("/api/") || path == "/api" || path == "/openapi.json" || (request.method != .get && request.method != .head)
            || request.headers[.accept]?.contains("application/json") == true
    }
}
