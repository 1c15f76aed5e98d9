import Foundation
import Hummingbird
import Store

/// The relations series as the API sends it, written by hand into bytes: exactly what
/// `Reply.encoder` (sorted snake_case keys, nil left out) makes of `API.Relations`, at a fraction
/// of the cost — a series of a few hundred rows is encoded for every uncached request, and the
/// generic encoder's key conversion and string building were most of the server's time.
///
/// Each row is written through a raw pointer into room reserved for it (its longest possible
/// form), straight into the `ByteBuffer` the response sends and the cache keeps: no growth checks
/// per fragment, no copy afterwards.
enum RelationsJSON {
    static func encode(_ r: API.Relations) -> Data {
        Data(buffer(r).readableBytesView)
    }

    static func buffer(_ r: API.Relations) -> ByteBuffer {
        var buf = ByteBufferAllocator().buffer(capacity: 128 + r.rows.count * 160)
        write(&buf, bound: 64 + 6 * r.by.utf8.count) { w in
            w.lit(#"{"by":"#)
            w.string(r.by)
            if let from = r.from {
                w.lit(#","from":"#)
                w.string(from.iso)
            }
            w.lit(#","rows":["#)
        }
        for (i, row) in r.rows.enumerated() {
            write(&buf, bound: bound(row)) { w in
                if i > 0 { w.byte(UInt8(ascii: ",")) }
                w.lit(#"{"events":"#)
                w.int(row.events)
                w.lit(#","goldstein_mean":"#)
                w.double(row.goldsteinMean)
                w.lit(#","goldstein_sum":"#)
                w.double(row.goldsteinSum)
                w.lit(#","period":"#)
                w.string(row.period)
                w.lit(#","quad":["#)
                for (k, q) in row.quad.enumerated() {
                    if k > 0 { w.byte(UInt8(ascii: ",")) }
                    w.int(q)
                }
                w.lit(#"],"source":"#)
                w.string(row.source)
                w.lit(#","target":"#)
                w.string(row.target)
                w.lit(#","top":["#)
                for (k, t) in row.top.enumerated() {
                    if k > 0 { w.byte(UInt8(ascii: ",")) }
                    w.lit(#"{"cameo":"#)
                    w.string(t.cameo)
                    w.lit(#","count":"#)
                    w.int(t.count)
                    w.byte(UInt8(ascii: "}"))
                }
                w.lit("]}")
            }
        }
        write(&buf, bound: 96 + 6 * (r.source.utf8.count + r.target.utf8.count)) { w in
            w.lit(#"],"source":"#)
            w.string(r.source)
            w.lit(#","target":"#)
            w.string(r.target)
            if let to = r.to {
                w.lit(#","to":"#)
                w.string(to.iso)
            }
            w.byte(UInt8(ascii: "}"))
        }
        return buf
    }

    /// The most bytes a row can take: its literals, 24 a number, 6 a byte of a string (`\u00XX`).
    static func bound(_ row: RelationRow) -> Int {
        var n = 160 + 24 * (3 + row.quad.count) + 6 * (row.period.utf8.count + row.source.utf8.count + row.target.utf8.count)
        for t in row.top { n += 48 + 6 * t.cameo.utf8.count }
        return n
    }

    static func write(_ buf: inout ByteBuffer, bound: Int, _ body: (inout Writer) -> Void) {
        buf.writeWithUnsafeMutableBytes(minimumWritableBytes: bound) { raw in
            var w = Writer(base: raw.baseAddress!.assumingMemoryBound(to: UInt8.self))
            body(&w)
            precondition(w.count <= bound, "a relations row overran its bound")
            return w.count
        }
    }

    /// Writes at a raw pointer into room the caller reserved.
    struct Writer {
        let base: UnsafeMutablePointer<UInt8>
        var count = 0

        @inline(__always) mutating func byte(_ b: UInt8) {
            base[count] = b
            count += 1
        }

        @inline(__always) mutating func bytes(_ p: UnsafeBufferPointer<UInt8>) {
            guard let a = p.baseAddress, !p.isEmpty else { return }
            (base + count).update(from: a, count: p.count)
            count += p.count
        }

        @inline(__always) mutating func lit(_ s: StaticString) {
            s.withUTF8Buffer { bytes($0) }
        }

        /// A JSON string as the encoder writes it (slashes and non-ASCII left as they are).
        mutating func string(_ s: String) {
            byte(UInt8(ascii: "\""))
            var s = s
            s.withUTF8 { u in
                // Most strings (periods, codes) need no escape: copied whole.
                guard u.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) else { return bytes(u) }
                for c in u {
                    switch c {
                    case UInt8(ascii: "\""): lit(#"\""#)
                    case UInt8(ascii: "\\"): lit(#"\\"#)
                    case 0x0A: lit(#"\n"#)
                    case 0x0D: lit(#"\r"#)
                    case 0x09: lit(#"\t"#)
                    case 0x08: lit(#"\b"#)
                    case 0x0C: lit(#"\f"#)
                    case 0..<0x20:
                        let hex: StaticString = "0123456789abcdef"
                        lit(#"\u00"#)
                        byte(hex.utf8Start[Int(c >> 4)])
                        byte(hex.utf8Start[Int(c & 0xF)])
                    default: byte(c)
                    }
                }
            }
            byte(UInt8(ascii: "\""))
        }

        mutating func int(_ n: Int) {
            if n < 0 { byte(UInt8(ascii: "-")) }
            var m = n.magnitude
            let first = count
            repeat {  // digits written backwards, then turned round in place
                byte(UInt8(ascii: "0") + UInt8(m % 10))
                m /= 10
            } while m > 0
            var i = first
            var j = count - 1
            while i < j {
                (base[i], base[j]) = (base[j], base[i])
                i += 1
                j -= 1
            }
        }

        /// The shortest representation that reads back as the same number, without a trailing ".0".
        mutating func double(_ v: Double) {
            if v == v.rounded(), abs(v) < 1e15 {
                if v == 0, v.sign == .minus { byte(UInt8(ascii: "-")) }  // -0, as the encoder writes it
                int(Int(v))
                return
            }
            // Thousandths (every Goldstein sum and mean): below 1e12 the shortest form of k/1000 is
            // k/1000 written out (a double's neighbours are closer than 0.001 there), so it is
            // written from the integer, without formatting the double.
            if abs(v) < 1e12, abs(v) >= 1e-3 {
                let k = Int((v * 1000).rounded())
                if Double(k) / 1000 == v {
                    if k < 0 { byte(UInt8(ascii: "-")) }
                    let m = k.magnitude
                    int(Int(m / 1000))
                    var frac = m % 1000
                    var digits = 3
                    while frac % 10 == 0 {
                        frac /= 10
                        digits -= 1
                    }
                    byte(UInt8(ascii: "."))
                    var div: UInt = 1
                    for _ in 1..<digits { div *= 10 }
                    while div > 0 {
                        byte(UInt8(ascii: "0") + UInt8(frac / div % 10))
                        div /= 10
                    }
                    return
                }
            }
            var d = v.description
            d.withUTF8 { bytes($0) }
        }
    }

    /// One number as `double` writes it (for tests).
    static func double(_ v: Double, _ out: inout [UInt8]) {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 64) { buf in
            var w = Writer(base: buf.baseAddress!)
            w.double(v)
            out += UnsafeBufferPointer(start: buf.baseAddress, count: w.count)
        }
    }
}
