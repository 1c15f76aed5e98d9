import ArabicText
import Foundation
import Store

/// The relations charts as inline SVG, drawn here so pages need no script and no network:
/// per period, one stacked bar per direction (quad classes 1–4), and the Goldstein sum per
/// direction as two lines. Every bar links to the list of its events.
struct RelationsChart {
    let rows: [RelationRow]
    let a: String
    let b: String
    let by: PeriodUnit
    var lang: Lang = .en

    static let quadColours = ["var(--q1)", "var(--q2)", "var(--q3)", "var(--q4)"]
    static let lineColours = ["#1c7ed6", "#ae3ec9"]

    /// Every period from the first to the last with events, empty ones included, so the time
    /// axis is even (a quiet month shows as a gap, not as a neighbour of the next busy one).
    /// Past 2,000 periods (day by day over years) only the periods with events are drawn.
    var periods: [String] {
        let seen = Array(Set(rows.map(\.period))).sorted()
        guard let first = seen.first, let last = seen.last else { return [] }
        var out: [String] = []
        var p = first
        while out.count < 2_000 {
            out.append(p)
            if p >= last { return out }
            guard let r = RelationsChart.range(of: p, by: by) else { return seen }
            p = by.period(of: r.1.adding(days: 1))
        }
        return seen
    }

    /// The first and last day of a period label ("2024-03", "2024", a week's Monday, a day).
    static func range(of period: String, by: PeriodUnit) -> (CalendarDay, CalendarDay)? {
        switch by {
        case .day:
            guard let d = CalendarDay(iso: period) else { return nil }
            return (d, d)
        case .week:
            guard let d = CalendarDay(iso: period) else { return nil }
            return (d, d.adding(days: 6))
        case .month:
            let p = period.split(separator: "-")
            guard p.count == 2, let y = Int(p[0]), let m = Int(p[1]), let first = CalendarDay(year: y, month: m, day: 1),
                let last = CalendarDay(year: y, month: m, day: CalendarDay.daysIn(month: m, year: y))
            else { return nil }
            return (first, last)
        case .year:
            guard let y = Int(period), let first = CalendarDay(year: y, month: 1, day: 1), let last = CalendarDay(year: y, month: 12, day: 31) else {
                return nil
            }
            return (first, last)
        }
    }

    static func eventsLink(source: String, target: String, period: String, by: PeriodUnit) -> String {
        let r = range(of: period, by: by)
        return "/events" + HTML.query([("source", source), ("target", target), ("from", r?.0.iso), ("to", r?.1.iso)])
    }

    private func fmt(_ x: Double) -> String { String(format: "%.1f", x) }

    /// The charts' width in viewBox units.
    static let width = 800.0

    /// An x coordinate as drawn: mirrored in Arabic, so time runs from right to left and the
    /// value axis stands on the right, where an Arabic reader starts.
    private func mx(_ x: Double) -> Double { lang == .ar ? RelationsChart.width - x : x }

    /// The anchor of a label that ends (`end`) or starts (`start`) at its x in an English chart.
    private func anchor(_ a: String) -> String {
        guard lang == .ar else { return a }
        return a == "end" ? "start" : a == "start" ? "end" : a
    }

    private func dyadText(_ src: String, _ tgt: String) -> String { "\(src)\(lang.arrow)\(tgt)" }

    /// Events per quad class: for each period the A→B bar, then the B→A bar (lighter).
    func countsSVG() -> String {
        let ps = periods
        let w = RelationsChart.width
        let h = 260.0
        let left = 44.0
        let right = 10.0
        let top = 14.0
        let bottom = 26.0
        let plotW = w - left - right
        let plotH = h - top - bottom
        var byKey: [String: RelationRow] = [:]
        for r in rows { byKey[r.period + "|" + r.source] = r }
        let maxCount = max(1, rows.map(\.events).max() ?? 1)
        let slot = plotW / Double(max(1, ps.count))
        let barW = max(1.0, min(28.0, slot * 0.4))
        let title = lang("Events per quad class between \(a) and \(b), per \(by.rawValue)", "الأحداث حسب الفئة بين \(a) و\(b)")
        var s = """
            <svg class="chart counts" viewBox="0 0 \(Int(w)) \(Int(h))" xmlns="http://www.w3.org/2000/svg" direction="ltr" style="direction:ltr" role="img" aria-label="\(HTML.escape(title))">
            <title>\(HTML.escape(title))</title>
            """
        for t in axisTicks(maxCount) {
            let y = top + plotH - Double(t) / Double(maxCount) * plotH
            s += "<line x1=\"\(fmt(mx(left)))\" y1=\"\(fmt(y))\" x2=\"\(fmt(mx(w - right)))\" y2=\"\(fmt(y))\" stroke=\"#e9ecef\"/>"
            s += "<text x=\"\(fmt(mx(left - 4)))\" y=\"\(fmt(y + 4))\" font-size=\"11\" text-anchor=\"\(anchor("end"))\">\(lang.number(t))</text>"
        }
        let labelEvery = max(1, Int((Double(ps.count) / 12).rounded(.up)))
        for (i, p) in ps.enumerated() {
            let cx = left + slot * (Double(i) + 0.5)
            for (k, (src, tgt)) in [(a, b), (b, a)].enumerated() {
                guard let r = byKey[p + "|" + src] else { continue }
                let x = k == 0 ? cx - barW - 1 : cx + 1
                var y = top + plotH
                let tip = lang(
                    "\(p) \(src)→\(tgt): \(r.events) events (q1 \(r.quad[0]), q2 \(r.quad[1]), q3 \(r.quad[2]), q4 \(r.quad[3]))",
                    "\(lang.period(p, by: by)) \(dyadText(src, tgt)): \(lang.number(r.events)) من الأحداث (ف١ \(lang.number(r.quad[0]))، ف٢ \(lang.number(r.quad[1]))، ف٣ \(lang.number(r.quad[2]))، ف٤ \(lang.number(r.quad[3])))"
                )
                s += "<a href=\"\(HTML.escape(RelationsChart.eventsLink(source: src, target: tgt, period: p, by: by)))\">"
                s += "<title>\(HTML.escape(tip))</title>"
                for q in 0..<4 where r.quad[q] > 0 {
                    let hq = Double(r.quad[q]) / Double(maxCount) * plotH
                    y -= hq
                    s +=
                        "<rect x=\"\(fmt(lang == .ar ? mx(x + barW) : x))\" y=\"\(fmt(y))\" width=\"\(fmt(barW))\" height=\"\(fmt(hq))\" fill=\"\(RelationsChart.quadColours[q])\" fill-opacity=\"\(k == 0 ? "1" : "0.55")\"/>"
                }
                s += "</a>"
            }
            if i % labelEvery == 0 {
                s +=
                    "<text x=\"\(fmt(mx(cx)))\" y=\"\(fmt(h - bottom + 16))\" font-size=\"11\" text-anchor=\"middle\">\(HTML.escape(lang.axisPeriod(p, by: by)))</text>"
            }
        }
        s += "<line x1=\"\(fmt(mx(left)))\" y1=\"\(fmt(top + plotH))\" x2=\"\(fmt(mx(w - right)))\" y2=\"\(fmt(top + plotH))\" stroke=\"#495057\"/>"
        s += "</svg>"
        return s
    }

    /// Goldstein sum per period and direction: cooperation above zero, conflict below.
    func goldsteinSVG() -> String {
        let ps = periods
        let w = RelationsChart.width
        let h = 240.0
        let left = 44.0
        let right = 10.0
        let top = 14.0
        let bottom = 40.0
        let plotW = w - left - right
        let plotH = h - top - bottom
        let extent = max(1.0, rows.map { abs($0.goldsteinSum) }.max() ?? 1)
        let slot = plotW / Double(max(1, ps.count))
        func y(_ v: Double) -> Double { top + plotH / 2 - v / extent * (plotH / 2) }
        let title = lang("Goldstein sum per \(by.rawValue), each direction", "مجموع غولدستين في كل فترة، لكل اتجاه")
        var s = """
            <svg class="chart goldstein" viewBox="0 0 \(Int(w)) \(Int(h))" xmlns="http://www.w3.org/2000/svg" direction="ltr" style="direction:ltr" role="img" aria-label="\(HTML.escape(lang("Goldstein balance per direction", "ميزان غولدستين لكل اتجاه")))">
            <title>\(HTML.escape(title))</title>
            """
        for v in [extent, extent / 2, 0, -extent / 2, -extent] {
            s +=
                "<line x1=\"\(fmt(mx(left)))\" y1=\"\(fmt(y(v)))\" x2=\"\(fmt(mx(w - right)))\" y2=\"\(fmt(y(v)))\" stroke=\"\(v == 0 ? "#495057" : "#e9ecef")\"/>"
            s += "<text x=\"\(fmt(mx(left - 4)))\" y=\"\(fmt(y(v) + 4))\" font-size=\"11\" text-anchor=\"\(anchor("end"))\">\(lang.number(v, places: 1))</text>"
        }
        for (k, (src, tgt)) in [(a, b), (b, a)].enumerated() {
            // A period without events in this direction has a balance of zero: the line passes
            // through it, and only periods with events get a point to click.
            var line: [(Double, Double)] = []
            var pts: [(Double, Double, RelationRow)] = []
            var bySource: [String: RelationRow] = [:]
            for r in rows where r.source == src { bySource[r.period] = r }
            for (i, p) in ps.enumerated() {
                let x = mx(left + slot * (Double(i) + 0.5))
                if let r = bySource[p] {
                    pts.append((x, y(r.goldsteinSum), r))
                    line.append((x, y(r.goldsteinSum)))
                } else {
                    line.append((x, y(0)))
                }
            }
            let colour = RelationsChart.lineColours[k]
            if line.count > 1 && !pts.isEmpty {
                s +=
                    "<polyline fill=\"none\" stroke=\"\(colour)\" stroke-width=\"2\" points=\"\(line.map { "\(fmt($0.0)),\(fmt($0.1))" }.joined(separator: " "))\"/>"
            }
            for (x, yy, r) in pts {
                let tip = lang(
                    "\(r.period) \(src)→\(tgt): Goldstein sum \(r.goldsteinSum), mean \(r.goldsteinMean), \(r.events) events",
                    "\(lang.period(r.period, by: by)) \(dyadText(src, tgt)): مجموع غولدستين \(lang.number(r.goldsteinSum, places: 1))، متوسطه \(lang.number(r.goldsteinMean, places: 2))، \(lang.number(r.events)) من الأحداث"
                )
                s += "<a href=\"\(HTML.escape(RelationsChart.eventsLink(source: src, target: tgt, period: r.period, by: by)))\">"
                s += "<circle cx=\"\(fmt(x))\" cy=\"\(fmt(yy))\" r=\"4\" fill=\"\(colour)\"><title>\(HTML.escape(tip))</title></circle></a>"
            }
        }
        let labelEvery = max(1, Int((Double(ps.count) / 12).rounded(.up)))
        for (i, p) in ps.enumerated() where i % labelEvery == 0 {
            s +=
                "<text x=\"\(fmt(mx(left + slot * (Double(i) + 0.5))))\" y=\"\(fmt(h - bottom + 16))\" font-size=\"11\" text-anchor=\"middle\">\(HTML.escape(lang.axisPeriod(p, by: by)))</text>"
        }
        s += "</svg>"
        return s
    }

    /// The colours of both charts, and which bar is which direction.
    func legend() -> String {
        let d1 = "<bdi dir=\"ltr\">\(HTML.escape(a))</bdi>\(lang.arrow)<bdi dir=\"ltr\">\(HTML.escape(b))</bdi>"
        let d2 = "<bdi dir=\"ltr\">\(HTML.escape(b))</bdi>\(lang.arrow)<bdi dir=\"ltr\">\(HTML.escape(a))</bdi>"
        var s = "<p class=\"legend\">"
        for q in 0..<4 {
            s +=
                "<span><span class=\"swatch\" style=\"background:\(RelationsChart.quadColours[q])\"></span>\(lang("q", "ف"))\(lang.number(q + 1)) \(Vocabulary.quadName(q + 1, lang))</span>"
        }
        s += "<span><span class=\"swatch\" style=\"background:\(RelationsChart.lineColours[0])\"></span>\(lang("Goldstein", "غولدستين")) \(d1)</span>"
        s += "<span><span class=\"swatch\" style=\"background:\(RelationsChart.lineColours[1])\"></span>\(lang("Goldstein", "غولدستين")) \(d2)</span>"
        s += "<span>" + lang("left bar \(d1), right bar (lighter) \(d2)", "العمود الأيمن \(d1)، والأيسر (الأفتح) \(d2)") + "</span></p>"
        return s
    }

    private func axisTicks(_ maxCount: Int) -> [Int] {
        let step = max(1, Int((Double(maxCount) / 4).rounded(.up)))
        return Array(stride(from: 0, through: maxCount, by: step))
    }
}
