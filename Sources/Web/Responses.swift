import Foundation
import Hummingbird

/// Response helpers: JSON with sorted keys, HTML, and errors in either.
enum Reply {
    static let encoder: JSONEncoder = {
        let e = JSONEncoder()
        e.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        e.keyEncodingStrategy = .convertToSnakeCase
        return e
    }()

    static func json(_ value: some Encodable, status: HTTPResponse.Status = .ok) throws -> Response {
        raw(try encoder.encode(value), type: "application/json; charset=utf-8", status: status)
    }

    static func raw(_ data: Data, type: String, status: HTTPResponse.Status = .ok) -> Response {
        raw(ByteBuffer(bytes: data), type: type, status: status)
    }

    static func raw(_ buffer: ByteBuffer, type: String, status: HTTPResponse.Status = .ok) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = type
        headers[.cacheControl] = "no-store"
        headers[.init("X-Content-Type-Options")!] = "nosniff"
        return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: buffer))
    }

    static func html(_ s: String, status: HTTPResponse.Status = .ok) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = "text/html; charset=utf-8"
        headers[.contentSecurityPolicy] = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; form-action 'self'"
        headers[.init("X-Content-Type-Options")!] = "nosniff"
        return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(string: s)))
    }

    struct ErrorBody: Encodable {
        struct Inner: Encodable {
            var status: Int
            var message: String
            var parameter: String?
        }
        var error: Inner
    }

    static func jsonError(_ e: WebError) -> Response {
        (try? json(ErrorBody(error: .init(status: e.status, message: e.message, parameter: e.parameter)), status: .init(code: e.status)))
            ?? Response(status: .init(code: e.status))
    }

    /// An error page: what happened in the page's language, then the message itself (English,
    /// as the API gives it), isolated.
    static func htmlError(_ e: WebError, lang: Lang, req: Request) -> Response {
        let what: String
        switch e.status {
        case 400: what = lang("The request is not valid.", "الطلب غير صالح.")
        case 404: what = lang("Not found.", "غير موجود.")
        case 413: what = lang("The request is too large.", "الطلب أكبر من المسموح.")
        case 500...: what = lang("The server could not answer.", "تعذّر على الخادم الإجابة.")
        default: what = lang("The request failed.", "تعذّر تنفيذ الطلب.")
        }
        let body =
            "<h1>\(lang("Error", "خطأ")) \(lang.number(e.status))</h1><p>\(what)</p>"
            + "<p dir=\"ltr\" lang=\"en\">\(HTML.text(e.message, .en))</p><p><a href=\"/\">\(lang("Relations", "العلاقات"))</a></p>"
        return html(Page.layout(title: lang("Error \(e.status)", "خطأ \(e.status)"), body: body, lang: lang, req: req), status: .init(code: e.status))
    }

    /// Any error as a WebError: a store failure is a 500 with its message.
    static func webError(_ error: any Error) -> WebError {
        if let w = error as? WebError { return w }
        if let h = error as? any HTTPResponseError, h.status == .contentTooLarge { return WebError(status: 413, message: "request body too large") }
        return WebError(status: 500, message: "\(error)")
    }
}
