import Foundation
import Store

/// The relations series as the API sends it, written by hand into bytes: exactly what
/// `Reply.encoder` (sorted snake_case keys, nil left out) makes of `API.Relations`, at a fraction
/// of the cost — a series of a few hundred rows is encoded for every uncached request, and the
/// generic encoder's key conversion and string building were most of the server's time.
enum RelationsJSON {
    static func encode(_ r: API.Relations) -> Data {
        var b: [UInt8] = []
        b.reserveCapacity(96 + r.rows.count * 200)
        b += #"{"by":"#.utf8
        string(r.by, &b)
        if let from = r.from {
            b += #","from":"#.utf8
            string(from.iso, &b)
        }
        b += #","rows":["#.utf8
        for (i, row) in r.rows.enumerated() {
            if i > 0 { b.append(UInt8(ascii: ",")) }
            b += #"{"events":"#.utf8
            int(row.events, &b)
            b += #","goldstein_mean":"#.utf8
            double(row.goldsteinMean, &b)
            b += #","goldstein_sum":"#.utf8
            double(row.goldsteinSum, &b)
            b += #","period":"#.utf8
            string(row.period, &b)
            b += #","quad":["#.utf8
            for (k, q) in row.quad.enumerated() {
                if k > 0 { b.append(UInt8(ascii: ",")) }
                int(q, &b)
            }
            b += #"],"source":"#.utf8
            string(row.source, &b)
            b += #","target":"#.utf8
            string(row.target, &b)
            b += #","top":["#.utf8
            for (k, t) in row.top.enumerated() {
                if k > 0 { b.append(UInt8(ascii: ",")) }
                b += #"{"cameo":"#.utf8
                string(t.cameo, &b)
                b += #","count":"#.utf8
                int(t.count, &b)
                b.append(UInt8(ascii: "}"))
            }
            b += "]}".utf8
        }
        b += #"],"source":"#.utf8
        string(r.source, &b)
        b += #","target":"#.utf8
        string(r.target, &b)
        if let to = r.to {
            b += #","to":"#.utf8
            string(to.iso, &b)
        }
        b.append(UInt8(ascii: "}"))
        return Data(b)
    }

    /// A JSON string as the encoder writes it (slashes and non-ASCII left as they are).
    static func string(_ s: String, _ b: inout [UInt8]) {
        b.append(UInt8(ascii: "\""))
        for u in s.utf8 {
            switch u {
            case UInt8(ascii: "\""): b += #"\""#.utf8
            case UInt8(ascii: "\\"): b += #"\\"#.utf8
            case 0x0A: b += #"\n"#.utf8
            case 0x0D: b += #"\r"#.utf8
            case 0x09: b += #"\t"#.utf8
            case 0x08: b += #"\b"#.utf8
            case 0x0C: b += #"\f"#.utf8
            case 0..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                b += #"\u00"#.utf8
                b.append(hex[Int(u >> 4)])
                b.append(hex[Int(u & 0xF)])
            default: b.append(u)
            }
        }
        b.append(UInt8(ascii: "\""))
    }

    static func int(_ n: Int, _ b: inout [UInt8]) {
        if n < 0 { b.append(UInt8(ascii: "-")) }
        var m = n.magnitude
        let first = b.count
        repeat {  // digits written backwards, then turned round in place (no buffer a number)
            b.append(UInt8(ascii: "0") + UInt8(m % 10))
            m /= 10
        } while m > 0
        b[first...].reverse()
    }

    /// The shortest representation that reads back as the same number, without a trailing ".0".
    static func double(_ v: Double, _ b: inout [UInt8]) {
        if v == v.rounded(), abs(v) < 1e15 {
            if v == 0, v.sign == .minus { b.append(UInt8(ascii: "-")) }  // -0, as the encoder writes it
            int(Int(v), &b)
            return
        }
        b += v.description.utf8
    }
}
