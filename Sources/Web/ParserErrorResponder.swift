import Foundation
import Hummingbird
import HummingbirdCore
import NIOCore
import NIOHTTP1
import NIOHTTPTypes

/// Answers a request the HTTP parser cannot read with the API's JSON error: a request line or
/// header block past the 80 KB limit (an over-long query string) is 431, any other malformed
/// head 400. Hummingbird's own answer to these is a 400 with an empty body. The connection is
/// closed after the answer, as the parser cannot find where the next request starts.
final class ParserErrorResponder: ChannelInboundHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPRequestPart
    typealias InboundOut = HTTPRequestPart
    typealias OutboundOut = HTTPResponsePart

    private var answered = false

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        guard let parse = error as? HTTPParserError else {
            context.fireErrorCaught(error)
            return
        }
        if answered { return }
        answered = true
        let error =
            parse == .headerOverflow
            ? WebError(status: 431, message: "the request line or headers are longer than 80 KB; no route takes a query string that long")
            : WebError(status: 400, message: "malformed HTTP request (\(parse))")
        let body = (try? Reply.encoder.encode(Reply.ErrorBody(error: .init(status: error.status, message: error.message)))) ?? Data()
        var fields = HTTPFields()
        fields[.contentType] = "application/json; charset=utf-8"
        fields[.contentLength] = "\(body.count)"
        fields[.connection] = "close"
        fields[.cacheControl] = "no-store"
        fields[.init("X-Content-Type-Options")!] = "nosniff"
        context.write(wrapOutboundOut(.head(HTTPResponse(status: .init(code: error.status), headerFields: fields))), promise: nil)
        context.write(wrapOutboundOut(.body(ByteBuffer(bytes: body))), promise: nil)
        let channel = context.channel
        context.writeAndFlush(wrapOutboundOut(.end(nil))).whenComplete { _ in channel.close(promise: nil) }
    }
}
