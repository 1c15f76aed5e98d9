import ArabicText
import Foundation
import Store

/// The query string of a request, parsed once (`+` is a space, then percent-decoding, as HTML
/// forms send it) and validated: every accessor throws a 400 naming the parameter.
struct Query: Sendable {
    private(set) var values: [String: String] = [:]
    private var repeated: Set<String> = []

    init(_ raw: String?) {
        guard let raw, !raw.isEmpty else { return }
        for pair in raw.split(separator: "&", omittingEmptySubsequences: true) {
            let kv = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            func decode(_ s: Substring) -> String {
                guard s.utf8.contains(where: { $0 == UInt8(ascii: "+") || $0 == UInt8(ascii: "%") }) else { return String(s) }
                let plus = String(s).split(separator: "+", omittingEmptySubsequences: false).joined(separator: " ")
                return plus.removingPercentEncoding ?? plus
            }
            let k = decode(kv[0])
            let v = kv.count > 1 ? decode(kv[1]) : ""
            if values[k] != nil { repeated.insert(k) }
            values[k] = v
        }
    }

    /// Rejects parameters the route does not know, and parameters given twice.
    func allow(_ names: Set<String>) throws {
        for k in values.keys.sorted() where !names.contains(k) {
            throw WebError.badParameter(k, "unknown parameter (this route takes: \(names.sorted().joined(separator: ", ")))")
        }
        if let k = repeated.sorted().first { throw WebError.badParameter(k, "given more than once") }
    }

    /// `allow` for a dashboard page, which also takes `lang` (ar or en; read by `Lang.of`).
    func allowPage(_ names: Set<String>) throws { try allow(names.union(["lang"])) }

    /// The value, nil when absent or empty (an empty form field means "not set").
    func string(_ k: String, maxLength: Int = 500) throws -> String? {
        guard let v = values[k], !v.isEmpty else { return nil }
        if v.count > maxLength { throw WebError.badParameter(k, "longer than \(maxLength) characters") }
        return v
    }

    func actor(_ k: String) throws -> ActorSelector? {
        guard let v = try string(k) else { return nil }
        guard let s = ActorSelector(v) else { throw WebError.badParameter(k, "must be a country code (SYR) or an actor code (SYRGOV), got '\(v)'") }
        return s
    }

    func day(_ k: String) throws -> CalendarDay? {
        guard let v = try string(k) else { return nil }
        guard let d = CalendarDay(iso: v) else { throw WebError.badParameter(k, "must be a date YYYY-MM-DD, got '\(v)'") }
        return d
    }

    func int(_ k: String, range: ClosedRange<Int>) throws -> Int? {
        guard let v = try string(k) else { return nil }
        guard let n = Int(v), range.contains(n) else {
            throw WebError.badParameter(k, "must be a whole number from \(range.lowerBound) to \(range.upperBound), got '\(v)'")
        }
        return n
    }

    func id(_ k: String) throws -> Int64? {
        guard let v = try string(k) else { return nil }
        guard let n = Int64(v), n >= 0 else { throw WebError.badParameter(k, "must be an id (a whole number, 0 or more), got '\(v)'") }
        return n
    }

    func bool(_ k: String) throws -> Bool {
        guard let v = try string(k) else { return false }
        switch v.lowercased() {
        case "1", "true", "yes", "on": return true
        case "0", "false", "no", "off": return false
        default: throw WebError.badParameter(k, "must be true or false, got '\(v)'")
        }
    }

    func period(_ k: String) throws -> PeriodUnit? {
        guard let v = try string(k) else { return nil }
        guard let p = PeriodUnit(rawValue: v.lowercased()) else {
            throw WebError.badParameter(k, "must be one of \(PeriodUnit.allCases.map(\.rawValue).joined(separator: ", ")), got '\(v)'")
        }
        return p
    }

    func cameo(_ k: String) throws -> String? {
        guard let c = try string(k) else { return nil }
        guard (2...4).contains(c.count), c.allSatisfy({ $0.isASCII && $0.isNumber }) else {
            throw WebError.badParameter(k, "must be a CAMEO code or prefix of 2 to 4 digits, got '\(c)'")
        }
        return c
    }

    func plover(_ k: String) throws -> String? {
        guard let p = try string(k) else { return nil }
        guard p.count <= 30, p.allSatisfy({ $0.isASCII && ($0.isLetter || $0 == "_" || $0 == "-") }) else {
            throw WebError.badParameter(k, "must be a PLOVER event type (CONSULT, ASSAULT…), got '\(p)'")
        }
        return p.uppercased()
    }

    /// The event filter `tawthiq events` takes, from the same names.
    static let filterNames: Set<String> = ["actor", "source", "target", "cameo", "plover", "from", "to", "outlet", "where", "flagged", "limit", "after"]

    /// A country code of three letters (`where`: the place's country), upper-cased.
    func country(_ k: String) throws -> String? {
        guard let v = try string(k) else { return nil }
        let c = v.uppercased()
        guard c.count == 3, c.unicodeScalars.allSatisfy({ ("A"..."Z").contains($0) }) else {
            throw WebError.badParameter(k, "must be a country code of three letters (SYR), got '\(v)'")
        }
        return c
    }

    func eventFilter(defaultLimit: Int, maxLimit: Int) throws -> EventFilter {
        let from = try day("from")
        let to = try day("to")
        if let from, let to, to < from { throw WebError.badParameter("to", "is before from") }
        return EventFilter(
            actor: try actor("actor"), source: try actor("source"), target: try actor("target"), cameo: try cameo("cameo"),
            plover: try plover("plover"), from: from, to: to, outlet: try string("outlet"), place: try country("where"), flaggedOnly: try bool("flagged"),
            after: try id("after"), limit: try int("limit", range: 1...maxLimit) ?? defaultLimit)
    }
}
