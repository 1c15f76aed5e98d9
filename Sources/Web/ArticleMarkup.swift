/// Arabic text with spans marked: `<mark class="trigger|source|target">` at Unicode scalar
/// offsets, inside an optional evidence span; everything escaped.
struct ArticleMarkup {
    struct Span {
        var start: Int
        var end: Int
        var className: String
    }

    /// `text` with `marks` (overlapping ones after the first are dropped) and the evidence
    /// stretch wrapped in `<span class="evidence">`.
    static func render(_ text: String, marks: [Span], evidence: Range<Int>? = nil) -> String {
        let scalars = Array(text.unicodeScalars)
        let n = scalars.count
        var kept: [Span] = []
        for m in marks.sorted(by: { $0.start < $1.start }) {
            let s = max(0, min(n, m.start))
            let e = max(0, min(n, m.end))
            guard s < e, !kept.contains(where: { s < $0.end && $0.start < e }) else { continue }
            kept.append(Span(start: s, end: e, className: m.className))
        }
        let ev = evidence.map { max(0, min(n, $0.lowerBound))..<max(0, min(n, $0.upperBound)) }
        // Marks crossing the evidence boundary would break nesting: widen the evidence instead.
        var evLo = ev?.lowerBound
        var evHi = ev?.upperBound
        if evLo != nil {
            for m in kept {
                if m.start < evLo! && m.end > evLo! { evLo = m.start }
                if m.start < evHi! && m.end > evHi! { evHi = m.end }
            }
        }
        func slice(_ a: Int, _ b: Int) -> String {
            var s = String.UnicodeScalarView()
            s.append(contentsOf: scalars[a..<b])
            return HTML.escape(String(s))
        }
        var out = ""
        var i = 0
        var opened = false
        var marksIter = kept.makeIterator()
        var next = marksIter.next()
        while i < n {
            if let lo = evLo, i == lo, !opened {
                out += "<span class=\"evidence\">"
                opened = true
            }
            if let m = next, m.start == i {
                out += "<mark class=\"\(m.className)\">" + slice(m.start, m.end) + "</mark>"
                i = m.end
                next = marksIter.next()
                if let hi = evHi, opened, i == hi {
                    out += "</span>"
                    opened = false
                    evHi = nil
                }
                continue
            }
            var stop = n
            if let m = next { stop = min(stop, m.start) }
            if let lo = evLo, !opened, lo > i { stop = min(stop, lo) }
            if let hi = evHi, opened { stop = min(stop, hi) }
            out += slice(i, stop)
            i = stop
            if let hi = evHi, opened, i == hi {
                out += "</span>"
                opened = false
                evHi = nil
            }
        }
        if opened { out += "</span>" }
        return out
    }
}
