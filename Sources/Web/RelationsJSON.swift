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
        lit(#"{"by":"#, &b)
        string(r.by, &b)
        if let from = r.from {
            lit(#","from":"#, &b)
            string(from.iso, &b)
        }
        lit(#","rows":["#, &b)
        for (i, row) in r.rows.enumerated() {
            if i > 0 { b.append(UInt8(ascii: ",")) }
            lit(#"{"events":"#, &b)
            int(row.events, &b)
            lit(#","goldstein_mean":"#, &b)
            double(row.goldsteinMean, &b)
            lit(#","goldstein_sum":"#, &b)
            double(row.goldsteinSum, &b)
            lit(#","period":"#, &b)
            string(row.period, &b)
            lit(#","quad":["#, &b)
            for (k, q) in row.quad.enumerated() {
                if k > 0 { b.append(UInt8(ascii: ",")) }
                int(q, &b)
            }
            lit(#"],"source":"#, &b)
            string(row.source, &b)
            lit(#","target":"#, &b)
            string(row.target, &b)
            lit(#","top":["#, &b)
            for (k, t) in row.top.enumerated() {
                if k > 0 { b.append(UInt8(ascii: ",")) }
                lit(#"{"cameo":"#, &b)
                string(t.cameo, &b)
                lit(#","count":"#, &b)
                int(t.count, &b)
                b.append(UInt8(ascii: "}"))
            }
            lit("]}", &b)
        }
        lit(#"],"source":"#, &b)
        string(r.source, &b)
        lit(#","target":"#, &b)
        string(r.target, &b)
        if let to = r.to {
            lit(#","to":"#, &b)
            string(to.iso, &b)
        }
        b.append(UInt8(ascii: "}"))
        return Data(b)
    }

    /// Appends a literal (a memory copy, not a walk over a string's view).
    @inline(__always) static func lit(_ s: StaticString, _ b: inout [UInt8]) {
        s.withUTF8Buffer { b.append(contentsOf: $0) }
    }

    /// A JSON string as the encoder writes it (slashes and non-ASCII left as they are).
    static func string(_ s: String, _ b: inout [UInt8]) {
        b.append(UInt8(ascii: "\""))
        var s = s
        // Most strings (periods, codes) need no escape: copied whole.
        if s.withUTF8({ u in
            guard !u.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) else { return false }
            b.append(contentsOf: u)
            return true
        }) {
            b.append(UInt8(ascii: "\""))
            return
        }
        for u in s.utf8 {
            switch u {
            case UInt8(ascii: "\""): lit(#"\""#, &b)
            case UInt8(ascii: "\\"): lit(#"\\"#, &b)
            case 0x0A: lit(#"\n"#, &b)
            case 0x0D: lit(#"\r"#, &b)
            case 0x09: lit(#"\t"#, &b)
            case 0x08: lit(#"\b"#, &b)
            case 0x0C: lit(#"\f"#, &b)
            case 0..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                lit(#"\u00"#, &b)
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
        // Thousandths (every Goldstein sum and mean): below 1e12 the shortest form of k/1000 is
        // k/1000 written out (a double's neighbours are closer than 0.001 there), so it is
        // written from the integer, without formatting the double.
        if abs(v) < 1e12, abs(v) >= 1e-3 {
            let k = Int((v * 1000).rounded())
            if Double(k) / 1000 == v {
                if k < 0 { b.append(UInt8(ascii: "-")) }
                let m = k.magnitude
                int(Int(m / 1000), &b)
                var frac = m % 1000
                var digits = 3
                while frac % 10 == 0 { frac /= 10; digits -= 1 }
                b.append(UInt8(ascii: "."))
                var div: UInt = 1
                for _ in 1..<digits { div *= 10 }
                while div > 0 {
                    b.append(UInt8(ascii: "0") + UInt8(frac / div % 10))
                    div /= 10
                }
                return
            }
        }
        b += v.description.utf8
    }
}
