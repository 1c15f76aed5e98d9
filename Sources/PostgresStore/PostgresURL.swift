import Foundation
import Store

/// `postgres://user[:password]@host[:port]/database` (or `postgresql://`), parsed. User and password
/// may be percent-encoded. Messages name the store by `redacted`: the URL without its password.
public struct PostgresURL: Sendable, Equatable {
    public var user: String
    public var password: String?
    public var host: String
    public var port: Int
    public var database: String

    public init(user: String, password: String? = nil, host: String, port: Int = 5432, database: String) {
        self.user = user
        self.password = password
        self.host = host
        self.port = port
        self.database = database
    }

    /// The URL as the user wrote it, minus the password.
    public var redacted: String {
        let u = user.addingPercentEncoding(withAllowedCharacters: .urlUserAllowed) ?? user
        return "postgres://\(u)@\(host):\(port)/\(database)"
    }

    /// Parses a URL; an error names it without its password.
    public init(parsing url: String) throws {
        func fail(_ why: String) -> StoreError {
            StoreError(store: PostgresURL.redact(url), message: "not a PostgreSQL URL (postgres://user[:password]@host[:port]/database): \(why)")
        }
        var rest: Substring
        if url.hasPrefix("postgres://") {
            rest = url.dropFirst("postgres://".count)
        } else if url.hasPrefix("postgresql://") {
            rest = url.dropFirst("postgresql://".count)
        } else {
            throw fail("it must start with postgres://")
        }
        if rest.contains("?") || rest.contains("#") { throw fail("query parameters are not supported") }
        guard let at = rest.lastIndex(of: "@") else { throw fail("no user (user@host)") }
        let userInfo = rest[..<at]
        rest = rest[rest.index(after: at)...]
        let userPart: Substring
        var password: String?
        if let colon = userInfo.firstIndex(of: ":") {
            userPart = userInfo[..<colon]
            password = String(userInfo[userInfo.index(after: colon)...]).removingPercentEncoding
            if password == nil { throw fail("bad percent-encoding in the password") }
        } else {
            userPart = userInfo
        }
        guard let user = String(userPart).removingPercentEncoding, !user.isEmpty else { throw fail("no user") }
        guard let slash = rest.firstIndex(of: "/") else { throw fail("no database (host/database)") }
        let hostPort = rest[..<slash]
        guard let database = String(rest[rest.index(after: slash)...]).removingPercentEncoding, !database.isEmpty, !database.contains("/") else {
            throw fail("no database name")
        }
        var host = String(hostPort)
        var port = 5432
        if let colon = hostPort.lastIndex(of: ":") {
            guard let p = Int(hostPort[hostPort.index(after: colon)...]), (1...65535).contains(p) else { throw fail("bad port") }
            port = p
            host = String(hostPort[..<colon])
        }
        guard !host.isEmpty else { throw fail("no host") }
        self.init(user: user, password: password, host: host, port: port, database: database)
    }

    /// The URL with any password cut out, for messages about a URL that may not parse.
    public static func redact(_ url: String) -> String {
        guard let scheme = url.range(of: "://") else { return url }
        let afterScheme = url[scheme.upperBound...]
        guard let at = afterScheme.lastIndex(of: "@") else { return url }
        let userInfo = afterScheme[..<at]
        guard let colon = userInfo.firstIndex(of: ":") else { return url }
        return String(url[..<scheme.upperBound]) + userInfo[..<colon] + String(afterScheme[at...])
    }
}
