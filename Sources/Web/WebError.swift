/// An error a route answers with: a status and a message (a JSON object on the API, a page on the
/// dashboard).
struct WebError: Error, Sendable {
    var status: Int
    var message: String
    var parameter: String?

    static func badParameter(_ name: String, _ why: String) -> WebError {
        WebError(status: 400, message: "parameter '\(name)' \(why)", parameter: name)
    }
    static func notFound(_ what: String) -> WebError { WebError(status: 404, message: "\(what) not found") }
    static func badBody(_ why: String) -> WebError { WebError(status: 400, message: "request body: \(why)") }
}
