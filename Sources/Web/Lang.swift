import Foundation
import Hummingbird

/// The dashboard's language: Arabic (right to left) or English. Chosen per request by `?lang=`
/// (then remembered in the `lang` cookie), else the cookie, else the browser's Accept-Language
/// (Arabic when it ranks Arabic above English), else English. See docs/web.md.
enum Lang: String, Sendable, CaseIterable {
    case en, ar

    static let cookieName = "lang"

    /// The language of a request, and whether `?lang=` chose it (the reply then sets the cookie).
    static func of(_ req: Request) throws -> (lang: Lang, chosen: Bool) {
        if let v = Query(req.uri.query).values["lang"], !v.isEmpty {
            guard let l = Lang(rawValue: v.lowercased()) else { throw WebError.badParameter("lang", "must be ar or en, got '\(v)'") }
            return (l, true)
        }
        if let l = cookie(req.headers[values: .cookie]) { return (l, false) }
        return (preferred(req.headers[.acceptLanguage]), false)
    }

    /// The `lang` cookie among the Cookie headers, when it names a known language.
    static func cookie(_ headers: [String]) -> Lang? {
        for header in headers {
            for pair in header.split(separator: ";") {
                let kv = pair.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
                if kv.count == 2, kv[0] == cookieName, let l = Lang(rawValue: kv[1].lowercased()) { return l }
            }
        }
        return nil
    }

    /// Arabic when Accept-Language gives Arabic (`ar`, `ar-EG`, …) a higher weight than English;
    /// English otherwise (also when neither is named).
    static func preferred(_ acceptLanguage: String?) -> Lang {
        guard let acceptLanguage else { return .en }
        var best: (lang: Lang, q: Double)?
        for (i, item) in acceptLanguage.split(separator: ",").enumerated() {
            let parts = item.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
            guard let tag = parts.first?.lowercased() else { continue }
            let primary = tag.split(separator: "-").first.map(String.init) ?? tag
            guard let l = Lang(rawValue: primary) else { continue }
            var q = 1.0
            for p in parts.dropFirst() where p.hasPrefix("q=") { q = Double(p.dropFirst(2)) ?? 0 }
            // Equal weights: the one listed first wins (the list is in the user's order).
            let weight = q - Double(i) * 1e-6
            if q > 0, best == nil || weight > best!.q { best = (l, weight) }
        }
        return best?.lang ?? .en
    }

    /// The `Set-Cookie` value that remembers this language for a year.
    var setCookie: String { "\(Lang.cookieName)=\(rawValue); Path=/; Max-Age=31536000; SameSite=Lax" }

    var dir: String { self == .ar ? "rtl" : "ltr" }

    /// The English or the Arabic wording, whichever this language is.
    func callAsFunction(_ en: String, _ ar: String) -> String { self == .ar ? ar : en }

    /// The arrow from a source to a target in running text: it points in the reading direction.
    var arrow: String { self == .ar ? "←" : "→" }

    var other: Lang { self == .ar ? .en : .ar }

    /// The name of the language in itself, for the switch in the header.
    var endonym: String { self == .ar ? "العربية" : "English" }
}
