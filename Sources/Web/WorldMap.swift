import EventCoding
import Foundation
import Store

/// Events drawn as points on the world outline (`Resources/world-outline.svg`, Natural Earth,
/// docs/places.md), server-rendered like the charts: one circle a place, its area by the number of
/// events there, its colour the quad class most of them have, a tooltip and a link to the events
/// that happened in its state. The projection is the outline's: x = (lon + 180) × 10,
/// y = (90 − lat) × 10.
struct WorldMap {
    /// One point: a place and the events there.
    struct Point {
        var lat: Double
        var lon: Double
        /// The place in English (GDELT's FullName) and as the first report wrote it in Arabic.
        var english: String
        var arabic: String
        var country: String
        /// Events per quad class (1…4).
        var quads: [Int] = [0, 0, 0, 0]
        var count: Int { quads.reduce(0, +) }
    }

    /// The country shapes (`<g>…</g>` of the outline), read once.
    static let outline: String = {
        guard let url = Bundle.module.url(forResource: "world-outline", withExtension: "svg"),
            let text = try? String(contentsOf: url, encoding: .utf8),
            let start = text.range(of: "<g "), let end = text.range(of: "</g>", options: .backwards)
        else { return "" }
        return String(text[start.lowerBound..<end.upperBound])
    }()

    let points: [Point]
    let lang: Lang

    /// The places of the groups, one point a gazetteer point (events at one place merge).
    init(groups: [EventGroup], lang: Lang) {
        var byKey: [String: Point] = [:]
        var order: [String] = []
        for g in groups {
            guard let p = g.place else { continue }
            let key = EventJSON.coordinate(p.lat) + "," + EventJSON.coordinate(p.lon)
            if byKey[key] == nil {
                byKey[key] = Point(lat: p.lat, lon: p.lon, english: p.fullName.isEmpty ? p.name : p.fullName, arabic: p.name, country: p.country)
                order.append(key)
            }
            if (1...4).contains(g.quad) { byKey[key]!.quads[g.quad - 1] += 1 }
        }
        points = order.map { byKey[$0]! }.sorted { $0.count > $1.count }
        self.lang = lang
    }

    static func x(_ lon: Double) -> Double { (lon + 180) * 10 }
    static func y(_ lat: Double) -> Double { (90 - lat) * 10 }

    /// The part of the world shown: the points' extent with a margin of 10°, at least 60° wide,
    /// widened to the outline's proportions and kept inside its frame; the whole frame when the
    /// points are spread over most of it (or there are none).
    var frame: (x: Double, y: Double, w: Double, h: Double) {
        let full = (x: 0.0, y: 50.0, w: 3600.0, h: 1450.0)
        guard !points.isEmpty else { return full }
        let xs = points.map { WorldMap.x($0.lon) }
        let ys = points.map { WorldMap.y($0.lat) }
        var w = max(xs.max()! - xs.min()! + 200, 600)
        var h = ys.max()! - ys.min()! + 200
        let ratio = full.w / full.h
        if w / h > ratio { h = w / ratio } else { w = h * ratio }
        guard w < full.w * 0.8 else { return full }
        let cx = (xs.max()! + xs.min()!) / 2
        let cy = (ys.max()! + ys.min()!) / 2
        let x = min(max(cx - w / 2, full.x), full.x + full.w - w)
        let y = min(max(cy - h / 2, full.y), full.y + full.h - h)
        return (x, y, w, h)
    }

    /// The map: the outline, then the points (largest first, so small ones stay on top). Circles
    /// keep their size on screen whatever the part of the world shown.
    func svg() -> String {
        let title = lang("Where the events happened", "أماكن وقوع الأحداث")
        let f = frame
        let box = [f.x, f.y, f.w, f.h].map(WorldMap.fmt).joined(separator: " ")
        let unit = f.w / 3600
        var s =
            "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"\(box)\" class=\"map\" role=\"img\" direction=\"ltr\" aria-label=\"\(HTML.escape(title))\">"
        s += WorldMap.outline
        s += "<g class=\"points\" stroke=\"#fff\" stroke-width=\"\(WorldMap.fmt1(3 * unit))\">"
        for p in points {
            let q = p.quads.indices.max(by: { p.quads[$0] < p.quads[$1] }) ?? 0
            let r = unit * (18 + 12 * (Double(p.count).squareRoot() - 1))
            let tip = lang("\(p.english): \(p.count) event\(p.count == 1 ? "" : "s")", "\(p.arabic) (\(p.country)): \(lang.number(p.count)) من الأحداث")
            let link = "/events" + HTML.query([("where", p.country)])
            s +=
                "<a href=\"\(HTML.escape(link))\"><circle cx=\"\(WorldMap.fmt(WorldMap.x(p.lon)))\" cy=\"\(WorldMap.fmt(WorldMap.y(p.lat)))\" r=\"\(WorldMap.fmt1(r))\" "
            s +=
                "fill=\"\(RelationsChart.quadColours[q])\" fill-opacity=\"0.8\" data-country=\"\(HTML.escape(p.country))\"><title>\(HTML.escape(tip))</title></circle></a>"
        }
        s += "</g></svg>"
        return s
    }

    /// What the colours and sizes mean.
    func legend() -> String {
        var s = "<p class=\"legend\">"
        for q in 0..<4 {
            s +=
                "<span><span class=\"swatch\" style=\"background:\(RelationsChart.quadColours[q])\"></span>\(lang("q", "ف"))\(lang.number(q + 1)) \(Vocabulary.quadName(q + 1, lang))</span>"
        }
        s +=
            "<span>"
            + lang(
                "a circle's area: the events at that place; its colour: their commonest quad class", "مساحة الدائرة: عدد الأحداث في المكان؛ لونها: أكثر فئاتها")
            + "</span></p>"
        return s
    }

    static func fmt(_ v: Double) -> String { String(Int(v.rounded())) }

    /// One decimal.
    static func fmt1(_ v: Double) -> String {
        let t = Int((v * 10).rounded())
        return "\(t / 10).\(t % 10)"
    }
}
