/// A small JSON writer that keeps key order (the output contract fixes it) and writes nulls.
public struct JSONWriter: Sendable {
    public private(set) var out = ""
    private var needComma: [Bool] = [false]

    public init() {}

    public static func quote(_ s: String) -> String {
        var r = "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": r += "\\\""
            case "\\": r += "\\\\"
            case "\n": r += "\\n"
            case "\r": r += "\\r"
            case "\t": r += "\\t"
            default:
                if u.value < 0x20 || u.value == 0x2028 || u.value == 0x2029 {
                    let h = String(u.value, radix: 16)
                    r += "\\u" + String(repeating: "0", count: 4 - h.count) + h
                } else {
                    r.unicodeScalars.append(u)
                }
            }
        }
        return r + "\""
    }

    private mutating func sep() {
        if needComma[needComma.count - 1] { out += "," }
        needComma[needComma.count - 1] = true
    }

    public mutating func beginObject(_ key: String? = nil) {
        sep()
        if let key { out += JSONWriter.quote(key) + ":" }
        out += "{"
        needComma.append(false)
    }

    public mutating func endObject() {
        out += "}"
        needComma.removeLast()
    }

    public mutating func beginArray(_ key: String? = nil) {
        sep()
        if let key { out += JSONWriter.quote(key) + ":" }
        out += "["
        needComma.append(false)
    }

    public mutating func endArray() {
        out += "]"
        needComma.removeLast()
    }

    public mutating func raw(_ key: String?, _ json: String) {
        sep()
        if let key { out += JSONWriter.quote(key) + ":" }
        out += json
    }

    public mutating func string(_ key: String?, _ v: String?) { raw(key, v.map(JSONWriter.quote) ?? "null") }
    public mutating func int(_ key: String?, _ v: Int?) { raw(key, v.map(String.init) ?? "null") }
    public mutating func double(_ key: String?, _ v: Double) {
        var s = String(v)
        if s.hasSuffix(".0") { s.removeLast(2) }
        raw(key, s)
    }
}
